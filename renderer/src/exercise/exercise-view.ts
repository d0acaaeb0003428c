/**
 * The student's answer form as data, and the submission it becomes. Grading, prices and every check are the
 * engine's (gradeSubmission); the form only reads its boxes: an empty box or a count that is not a whole
 * number is reported here, everything else by the engine's submission schema.
 */
import { EXERCISE_FORMAT_VERSION, type Exercise } from '../../../engine/exercise';

export interface AnswerDraft {
  instanceType: string;
  count: string;
  /** index into exercise.purchaseOptions */
  purchaseIndex: number;
}

export interface StudentDraft {
  id: string;
  name: string;
}

export type DraftProblem = 'required' | 'count';

export function emptyAnswers(exercise: Exercise): AnswerDraft[] {
  return exercise.workloads.map(() => ({ instanceType: '', count: '1', purchaseIndex: 0 }));
}

/** Box-level problems keyed "student.id", "answers.0.instanceType", "answers.0.count". */
export function draftProblems(
  student: StudentDraft,
  answers: readonly AnswerDraft[],
): Map<string, DraftProblem> {
  const problems = new Map<string, DraftProblem>();
  if (student.id.trim() === '') problems.set('student.id', 'required');
  answers.forEach((a, i) => {
    if (a.instanceType.trim() === '') problems.set(`answers.${i}.instanceType`, 'required');
    const count = a.count.trim();
    if (count === '') problems.set(`answers.${i}.count`, 'required');
    else if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > 100)
      problems.set(`answers.${i}.count`, 'count');
  });
  return problems;
}

/** The submission file the form stands for (unknown until the engine parses it). */
export function submissionOf(
  exercise: Exercise,
  student: StudentDraft,
  answers: readonly AnswerDraft[],
): unknown {
  const name = student.name.trim();
  return {
    formatVersion: EXERCISE_FORMAT_VERSION,
    exerciseId: exercise.id,
    student: { id: student.id.trim(), ...(name ? { name } : {}) },
    answers: exercise.workloads.map((w, i) => {
      const a = answers[i];
      return {
        workloadId: w.id,
        instanceType: (a?.instanceType ?? '').trim().toLowerCase(),
        count: Number((a?.count ?? '').trim()),
        purchase: exercise.purchaseOptions[a?.purchaseIndex ?? 0] ?? exercise.purchaseOptions[0],
      };
    }),
  };
}

/** A student id as part of a file name: characters no file system accepts become "-". */
function fileSafe(studentId: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = studentId.replace(/[\u0000-\u001f<>:"/\\|?*\s]+/g, '-').slice(0, 64);
  return safe || 'student';
}

/** "web-nginx-rightsize-2026001-results.csv" */
export function resultsFileName(exerciseId: string, studentId: string): string {
  return `${exerciseId}-${fileSafe(studentId)}-results.csv`;
}

/** "web-nginx-rightsize-2026001.submission.json": what a student hands in for the instructor to grade. */
export function submissionFileName(exerciseId: string, studentId: string): string {
  return `${exerciseId}-${fileSafe(studentId)}.submission.json`;
}

/** The submission file's text: the answers as `cli grade` and the instructor's class grading read them. */
export function submissionText(
  exercise: Exercise,
  student: StudentDraft,
  answers: readonly AnswerDraft[],
): string {
  return `${JSON.stringify(submissionOf(exercise, student, answers), null, 2)}\n`;
}

/** The class results CSV of one exercise. */
export function classResultsFileName(exerciseId: string): string {
  return `${exerciseId}-class-results.csv`;
}
