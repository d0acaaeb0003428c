/**
 * Grading a class's handed-in files, shared by `cli grade` and the app's class grading: a file that cannot be
 * read is an invalid result with the reason, and invalid results name their file in their problems so the CSV
 * row says which file to fix.
 */
import { issueWithPrefix, type FileIssue } from '../text/file-issue';
import type { GradeResult } from './grade';
import type { PreparedExercise } from './prepare';

export type GradedFile = { file: string; result: GradeResult };

export function unreadableSubmission(prepared: PreparedExercise, problem: FileIssue): GradeResult {
  return {
    status: 'invalid',
    exerciseId: prepared.exercise.id,
    student: null,
    issues: [problem],
    score: 0,
    maxScore: prepared.exercise.rubric.points,
  };
}

export function withFileNames(graded: readonly GradedFile[]): GradeResult[] {
  return graded.map(({ file, result }) =>
    result.status === 'invalid'
      ? { ...result, issues: result.issues.map((i) => issueWithPrefix(`${file}: `, i)) }
      : result,
  );
}
