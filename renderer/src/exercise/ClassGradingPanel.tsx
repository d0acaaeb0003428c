import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  gradeSubmissionText,
  resultsCsv,
  type GradeResult,
  type PreparedExercise,
} from '../../../engine/exercise';
import { issueText, issueWithPrefix } from '../../../engine/text/file-issue';
import { useFilesDrop } from '../app/use-file-drop';
import { readFileText } from '../rightsizing/read-file-text';
import { useLang } from '../instances/use-lang';
import { browserDownload } from './browser-download';
import { classResultsFileName } from './exercise-view';

/** One handed-in file and its grade; a file that could not be read is graded as invalid with the reason. */
export type GradedFile = { file: string; result: GradeResult };

/** Grades every file against the exercise, in file-name order (as `cli grade` does a folder). */
export async function gradeFiles(prepared: PreparedExercise, files: readonly File[]): Promise<GradedFile[]> {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(
    sorted.map(async (file): Promise<GradedFile> => {
      try {
        return { file: file.name, result: gradeSubmissionText(prepared, await readFileText(file)) };
      } catch (error) {
        return {
          file: file.name,
          result: {
            status: 'invalid',
            exerciseId: prepared.exercise.id,
            student: null,
            issues: [{ path: '$', message: error instanceof Error ? error.message : String(error) }],
            score: 0,
            maxScore: prepared.exercise.rubric.points,
          },
        };
      }
    }),
  );
}

/** The class CSV: every file's rows, an invalid file's problems prefixed with its name (as `cli grade --csv`). */
export function classCsv(graded: readonly GradedFile[], lang: 'ko' | 'en'): string {
  return resultsCsv(
    graded.map(({ file, result }) =>
      result.status === 'invalid'
        ? { ...result, issues: result.issues.map((i) => issueWithPrefix(`${file}: `, i)) }
        : result,
    ),
    lang,
  );
}

type Props = {
  prepared: PreparedExercise;
  /** the class CSV; defaults to a browser download */
  download?: (text: string, fileName: string) => void;
};

/** Instructor: grade the submission files a class handed in, see every score, export the class CSV. */
export function ClassGradingPanel({ prepared, download = browserDownload }: Props) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const titleId = useId();
  const [graded, setGraded] = useState<GradedFile[] | null>(null);
  const { exercise } = prepared;
  const grade = (files: File[]) => void gradeFiles(prepared, files).then(setGraded);
  const drop = useFilesDrop(grade, { isolate: true });
  const valid = graded?.filter((g) => g.result.status === 'graded') ?? [];
  const average =
    valid.length === 0 ? null : valid.reduce((sum, g) => sum + g.result.score, 0) / valid.length;
  const ids = valid.map((g) => g.result.student?.id ?? '');
  const repeated = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));

  return (
    <section
      className={`card ex-class${drop.dragging ? ' ex-class--dragging' : ''}`}
      aria-labelledby={titleId}
      data-testid="class-grading"
      {...drop.handlers}
    >
      <h3 className="card__title" id={titleId}>
        {t('class.title')}
      </h3>
      <p className="field__hint">{t('class.intro', { id: exercise.id })}</p>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('class.fileInput')}
      </label>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,application/json"
        tabIndex={-1}
        data-testid="class-files-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) grade(files);
        }}
      />
      <div className="ex-actions">
        <button type="button" className="button" onClick={() => input.current?.click()}>
          {t('class.choose')}
        </button>
        {graded && graded.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => download(classCsv(graded, lang), classResultsFileName(exercise.id))}
          >
            {t('class.exportCsv')}
          </button>
        )}
      </div>
      {graded && (
        <>
          <p role="status" data-testid="class-summary">
            {t('class.summary', {
              count: valid.length,
              invalid: graded.length - valid.length,
              average: average === null ? '—' : average.toFixed(1),
              max: exercise.rubric.points,
            })}
          </p>
          <table className="ex-compare ex-class__table" data-testid="class-results">
            <thead>
              <tr>
                <th scope="col">{t('class.file')}</th>
                <th scope="col">{t('class.studentId')}</th>
                <th scope="col">{t('class.studentName')}</th>
                <th scope="col" className="num">
                  {t('class.score')}
                </th>
                <th scope="col">{t('class.status')}</th>
              </tr>
            </thead>
            <tbody>
              {graded.map(({ file, result }) => (
                <tr key={file}>
                  <td>
                    <code>{file}</code>
                  </td>
                  <td>{result.student?.id ?? '—'}</td>
                  <td>{result.student?.name ?? ''}</td>
                  <td className="num">
                    {result.status === 'graded' ? `${result.score} / ${result.maxScore}` : '—'}
                  </td>
                  <td>
                    {result.status === 'graded' ? (
                      <>
                        {t('class.graded')}
                        {repeated.has(result.student.id) && (
                          <span className="ex-class__flag ex-class__flag--warn">
                            {' '}
                            · {t('class.repeated')}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="ex-class__flag ex-class__flag--error">
                        {t('class.invalid', {
                          path: result.issues[0]?.path ?? '$',
                          message: result.issues[0] ? issueText(result.issues[0], lang) : '',
                        })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
