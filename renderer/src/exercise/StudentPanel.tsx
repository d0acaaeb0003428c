import { InstanceTypeInput } from '../fields/InstanceTypeInput';
import { instanceTypeHint } from '../fields/instance-type-hint';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  gradeSubmission,
  optionText,
  resultsCsv,
  type GradeResult,
  type PreparedExercise,
} from '../../../engine/exercise';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Region } from '../../../pricing-data/schema';
import { FieldFrame } from '../fields/Field';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { browserDownload } from './browser-download';
import { useLang } from '../instances/use-lang';
import {
  draftProblems,
  emptyAnswers,
  resultsFileName,
  submissionFileName,
  submissionOf,
  submissionText,
  type AnswerDraft,
  type DraftProblem,
  type StudentDraft,
} from './exercise-view';
import { GradeReport } from './GradeReport';
import { TypePickerDialog } from './TypePickerDialog';

type Props = {
  snapshot: PriceSnapshot;
  prepared: PreparedExercise;
  /** results CSV download; defaults to a browser download (Blob + <a download>) */
  download?: (text: string, fileName: string) => void;
};

/** Student mode: answer every workload, submit, read the grade and why; export the result as CSV. */
export function StudentPanel({ snapshot, prepared, download = browserDownload }: Props) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  const { exercise } = prepared;
  const listId = useId();
  const [student, setStudent] = useState<StudentDraft>({ id: '', name: '' });
  const [answers, setAnswers] = useState<AnswerDraft[]>(() => emptyAnswers(exercise));
  const [shown, setShown] = useState<Map<string, DraftProblem>>(new Map());
  const [result, setResult] = useState<GradeResult | null>(null);
  const [picking, setPicking] = useState<number | null>(null);

  const problemText = (key: string) => {
    const problem = shown.get(key);
    return problem === 'required'
      ? t('answer.required')
      : problem === 'count'
        ? t('answer.countRange')
        : undefined;
  };
  const setAnswer = (index: number, patch: Partial<AnswerDraft>) => {
    setAnswers((all) => all.map((a, i) => (i === index ? { ...a, ...patch } : a)));
    setShown((all) => {
      const next = new Map(all);
      for (const key of Object.keys(patch)) next.delete(`answers.${index}.${key}`);
      return next;
    });
  };

  /** Shows what is missing; true when the answers can be graded or handed in. */
  const complete = () => {
    const problems = draftProblems(student, answers);
    setShown(problems);
    return problems.size === 0;
  };
  const submit = () => {
    if (!complete()) {
      setResult(null);
      return;
    }
    setResult(gradeSubmission(prepared, submissionOf(exercise, student, answers)));
  };
  const saveSubmission = () => {
    if (!complete()) return;
    download(submissionText(exercise, student, answers), submissionFileName(exercise.id, student.id.trim()));
  };

  const pickingWorkload = picking === null ? undefined : exercise.workloads[picking];
  return (
    <>
      <form
        className="card ex-answer"
        aria-labelledby="ex-answer-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h3 className="card__title" id="ex-answer-title">
          {t('answer.legend')}
        </h3>
        <div className="field-row">
          <TextField
            label={t('answer.studentId')}
            value={student.id}
            maxLength={64}
            error={problemText('student.id')}
            onValue={(id) => {
              setStudent((s) => ({ ...s, id }));
              setShown((all) => {
                const next = new Map(all);
                next.delete('student.id');
                return next;
              });
            }}
          />
          <TextField
            label={t('answer.studentName')}
            value={student.name}
            maxLength={100}
            onValue={(name) => setStudent((s) => ({ ...s, name }))}
          />
        </div>
        {exercise.workloads.map((w, i) => {
          const a = answers[i] as AnswerDraft;
          return (
            <fieldset key={w.id} className="field-row field-row--group">
              <legend>{t('answer.workload', { name: w.name[lang] })}</legend>
              <FieldFrame
                label={t('answer.instanceType')}
                hint={instanceTypeHint(snapshot, a.instanceType, t, t('answer.instanceTypeHint'))}
                error={problemText(`answers.${i}.instanceType`)}
                className="field--type"
              >
                {(control) => (
                  <InstanceTypeInput
                    {...control}
                    listId={listId}
                    value={a.instanceType}
                    onChange={(instanceType) => setAnswer(i, { instanceType })}
                    browseLabel={t('answer.browse')}
                    onBrowse={() => setPicking(i)}
                  />
                )}
              </FieldFrame>
              <TextField
                label={t('answer.count')}
                value={a.count}
                error={problemText(`answers.${i}.count`)}
                className="field--compact"
                onValue={(count) => setAnswer(i, { count })}
              />
              <SelectField
                label={t('answer.purchase')}
                value={String(a.purchaseIndex)}
                className="field--wide"
                options={exercise.purchaseOptions.map((purchase, index) => ({
                  value: String(index),
                  label: optionText({ purchase })[lang],
                }))}
                onValue={(value) => setAnswer(i, { purchaseIndex: Number(value) })}
              />
            </fieldset>
          );
        })}
        <div className="ex-actions">
          <button type="button" className="button" onClick={saveSubmission}>
            {t('answer.saveSubmission')}
          </button>
          <button type="submit" className="button button--primary">
            {t('answer.submit')}
          </button>
        </div>
        <datalist id={listId}>
          {snapshot.catalogue.types.map((type) => (
            <option key={type.type} value={type.type} />
          ))}
        </datalist>
      </form>
      {result && (
        <GradeReport
          exercise={exercise}
          result={result}
          onExport={() =>
            download(
              resultsCsv([result], lang),
              resultsFileName(exercise.id, result.student?.id ?? student.id),
            )
          }
        />
      )}
      {pickingWorkload && picking !== null && (
        <TypePickerDialog
          snapshot={snapshot}
          region={exercise.region as Region}
          os={exercise.os}
          title={t('answer.pickerTitle', { name: pickingWorkload.name[lang] })}
          value={answers[picking]?.instanceType || null}
          onSelect={(type) => setAnswer(picking, { instanceType: type })}
          onClose={() => setPicking(null)}
        />
      )}
    </>
  );
}
