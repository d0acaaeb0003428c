/**
 * Reads exercise and submission files from text or unknown values: JSON syntax errors with line and
 * column, schema problems with their JSON path, and cross-checks zod cannot express (unique workload ids,
 * one answer per workload). A file from a newer CloudSizer says so instead of failing obscurely.
 */
import { notValidJsonKo, type FileIssue } from '../text/file-issue';
import { withJosa } from '../text/josa';
import { zodFileIssues } from '../text/zod-korean';
import {
  EXERCISE_FORMAT_VERSION,
  exerciseSchema,
  submissionSchema,
  type Exercise,
  type Submission,
} from './schema';

export type { FileIssue };

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FileIssue[] };

export function readJson(text: string): Parsed<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      where = ` at line ${before.split('\n').length}, column ${Number(position) - before.lastIndexOf('\n')}`;
    }
    return {
      ok: false,
      issues: [
        { path: '$', message: `not valid JSON${where}: ${message}`, ko: notValidJsonKo(body, message) },
      ],
    };
  }
}

const WHAT_KO = { exercise: '문제', submission: '제출' } as const;

function checkVersion(value: unknown, what: 'exercise' | 'submission'): FileIssue[] {
  if (typeof value !== 'object' || value === null)
    return [
      {
        path: '$',
        message: `a ${what} file is a JSON object`,
        ko: `${WHAT_KO[what]} 파일은 JSON 객체({ … })여야 합니다`,
      },
    ];
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > EXERCISE_FORMAT_VERSION) {
    return [
      {
        path: '$.formatVersion',
        message: `this ${what} uses format ${version}, made by a newer CloudSizer; this version reads format ${EXERCISE_FORMAT_VERSION}`,
        ko: `더 새로운 CloudSizer에서 만든 ${WHAT_KO[what]} 파일입니다 (formatVersion ${version}): 이 버전은 formatVersion ${EXERCISE_FORMAT_VERSION}까지 읽을 수 있으니 CloudSizer를 업데이트하세요`,
      },
    ];
  }
  return [];
}

export function parseExercise(value: unknown): Parsed<Exercise> {
  const versionIssues = checkVersion(value, 'exercise');
  if (versionIssues.length > 0) return { ok: false, issues: versionIssues };
  const parsed = exerciseSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: zodFileIssues(exerciseSchema, value, parsed.error) };
  const issues: FileIssue[] = [];
  const seen = new Set<string>();
  parsed.data.workloads.forEach((w, i) => {
    if (seen.has(w.id))
      issues.push({
        path: `$.workloads[${i}].id`,
        message: `workload id "${w.id}" is used twice`,
        ko: `${withJosa(`워크로드 ID "${w.id}"`, '이')} 두 번 쓰였습니다`,
      });
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
  if (!parsed.success) return { ok: false, issues: zodFileIssues(submissionSchema, value, parsed.error) };
  const s = parsed.data;
  const issues: FileIssue[] = [];
  if (s.exerciseId !== exercise.id) {
    issues.push({
      path: '$.exerciseId',
      message: `answers exercise "${s.exerciseId}", not "${exercise.id}"`,
      ko: `문제 "${s.exerciseId}"의 답안입니다: 이 문제("${exercise.id}")의 답안이 아닙니다`,
    });
  }
  const workloadIds = new Set(exercise.workloads.map((w) => w.id));
  const answered = new Set<string>();
  s.answers.forEach((a, i) => {
    if (!workloadIds.has(a.workloadId)) {
      issues.push({
        path: `$.answers[${i}].workloadId`,
        message: `no workload "${a.workloadId}" in the exercise (it has ${[...workloadIds].join(', ')})`,
        ko: `이 문제에는 ${withJosa(`워크로드 "${a.workloadId}"`, '이')} 없습니다 (있는 워크로드: ${[...workloadIds].join(', ')})`,
      });
    } else if (answered.has(a.workloadId)) {
      issues.push({
        path: `$.answers[${i}].workloadId`,
        message: `workload "${a.workloadId}" is answered twice`,
        ko: `워크로드 "${a.workloadId}"에 대한 답이 두 번 있습니다`,
      });
    }
    answered.add(a.workloadId);
  });
  for (const w of exercise.workloads) {
    if (!answered.has(w.id))
      issues.push({
        path: '$.answers',
        message: `no answer for workload "${w.id}"`,
        ko: `워크로드 "${w.id}"에 대한 답이 없습니다`,
      });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: s };
}

export function parseSubmissionText(text: string, exercise: Exercise): Parsed<Submission> {
  const json = readJson(text);
  return json.ok ? parseSubmission(json.value, exercise) : json;
}
