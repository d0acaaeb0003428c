/**
 * Reads exercise and submission files from text or unknown values: JSON syntax errors with line and
 * column, schema problems with their JSON path, and cross-checks zod cannot express (unique workload ids,
 * one answer per workload). A file from a newer CloudSizer says so instead of failing obscurely.
 */
import type { z } from 'zod';
import { jsonPath } from '../scenario/parse';
import {
  EXERCISE_FORMAT_VERSION,
  exerciseSchema,
  submissionSchema,
  type Exercise,
  type Submission,
} from './schema';

export interface FileIssue {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FileIssue[] };

function fromZod(error: z.ZodError): FileIssue[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

export function readJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      where = ` at line ${before.split('\n').length}, column ${Number(position) - before.lastIndexOf('\n')}`;
    }
    return { ok: false, issues: [{ path: '$', message: `not valid JSON${where}: ${message}` }] };
  }
}

function checkVersion(value: unknown, what: string): FileIssue[] {
  if (typeof value !== 'object' || value === null)
    return [{ path: '$', message: `a ${what} file is a JSON object` }];
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > EXERCISE_FORMAT_VERSION) {
    return [
      {
        path: '$.formatVersion',
        message: `this ${what} uses format ${version}, made by a newer CloudSizer; this version reads format ${EXERCISE_FORMAT_VERSION}`,
      },
    ];
  }
  return [];
}

export function parseExercise(value: unknown): Parsed<Exercise> {
  const versionIssues = checkVersion(value, 'exercise');
  if (versionIssues.length > 0) return { ok: false, issues: versionIssues };
  const parsed = exerciseSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) };
  const issues: FileIssue[] = [];
  const seen = new Set<string>();
  parsed.data.workloads.forEach((w, i) => {
    if (seen.has(w.id))
      issues.push({ path: `$.workloads[${i}].id`, message: `workload id "${w.id}" is used twice` });
    seen.add(w.id);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

export function parseExerciseText(text: string): Parsed<Exercise> {
  const json = readJson(text);
  return json.ok ? parseExercise(json.value) : json;
}

/** A submission, checked against its exercise: same id, exactly one answer per workload. */
export function parseSubmission(value: unknown, exercise: Exercise): Parsed<Submission> {
  const versionIssues = checkVersion(value, 'submission');
  if (versionIssues.length > 0) return { ok: false, issues: versionIssues };
  const parsed = submissionSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) };
  const s = parsed.data;
  const issues: FileIssue[] = [];
  if (s.exerciseId !== exercise.id) {
    issues.push({
      path: '$.exerciseId',
      message: `answers exercise "${s.exerciseId}", not "${exercise.id}"`,
    });
  }
  const workloadIds = new Set(exercise.workloads.map((w) => w.id));
  const answered = new Set<string>();
  s.answers.forEach((a, i) => {
    if (!workloadIds.has(a.workloadId)) {
      issues.push({
        path: `$.answers[${i}].workloadId`,
        message: `no workload "${a.workloadId}" in the exercise (it has ${[...workloadIds].join(', ')})`,
      });
    } else if (answered.has(a.workloadId)) {
      issues.push({
        path: `$.answers[${i}].workloadId`,
        message: `workload "${a.workloadId}" is answered twice`,
      });
    }
    answered.add(a.workloadId);
  });
  for (const w of exercise.workloads) {
    if (!answered.has(w.id)) issues.push({ path: '$.answers', message: `no answer for workload "${w.id}"` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: s };
}

export function parseSubmissionText(text: string, exercise: Exercise): Parsed<Submission> {
  const json = readJson(text);
  return json.ok ? parseSubmission(json.value, exercise) : json;
}
