import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  gradeSubmissionText,
  resultsCsv,
  unreadableSubmission,
  withFileNames,
  type GradedFile,
  type PreparedExercise,
} from '../../../engine/exercise';
import { issueText } from '../../../engine/text/file-issue';
import { useFilesDrop } from '../app/use-file-drop';
import { FileChooser } from '../fields/FileChooser';
import { fileReadIssue, readFileText } from '../files/read-file-text';
import { useLang } from '../instances/use-lang';
import { browserDownload } from './browser-download';
import { classResultsFileName } from './exercise-view';

/** Grades every file against the exercise, in file-name order (as `cli grade` does a folder). */
export async function gradeFiles(prepared: PreparedExercise, files: readonly File[]): Promise<GradedFile[]> {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(
    sorted.map(async (file): Promise<GradedFile> => {
      try {
        return { file: file.name, result: gradeSubmissionText(prepared, await readFileText(file)) };
      } catch (error) {
        return { file: file.name, result: unreadableSubmission(prepared, fileReadIssue(file.name, error)) };
      }
    }),
  );
}

/** The class CSV: every file's rows, an invalid file's problems prefixed with its name (as `cli grade --csv`). */
export function classCsv(graded: readonly GradedFile[], lang: 'ko' | 'en'): string {
  return resultsCsv(withFileNames(graded), lang);
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
      <div className="ex-actions">
        <FileChooser
          inputLabel={t('class.fileInput')}
          buttonText={t('class.choose')}
          accept=".json,application/json"
          multiple
          testId="class-files-input"
          onFiles={grade}
        />
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
