/**
 * Grading one submission. Per workload: constraint checks; if all pass, the constraint points plus the
 * cost points by how far the answer's cost is above the best (within tolerance: all; then the partial
 * credit steps); if any fails, the constraint points in proportion to the checks met and no cost points.
 * The score is the mean over workloads, out of the rubric's points. An invalid submission scores 0 and
 * says why.
 */
import type Decimal from 'decimal.js';
import type { InstanceType } from '../../pricing-data/schema';
import { answerCost, type AnswerCost } from './answer-cost';
import type { RankedAnswer } from './best-answer';
import { checkAnswer, type Check } from './constraints';
import { explainWorkload, type Explanation } from './explain';
import { parseSubmission, readJson, type FileIssue } from './parse';
import type { PreparedExercise } from './prepare';
import type { Answer, Rubric, Submission } from './schema';
import { withJosa } from '../text/josa';
import { similarTypesSuffix } from '../catalogue/similar-types';

export interface WorkloadGrade {
  workloadId: string;
  answer: Answer;
  type: InstanceType | null;
  cost: AnswerCost | null;
  checks: Check[];
  best: RankedAnswer;
  /** (cost − best) ÷ best × 100; null when the answer has no price */
  diffPct: Decimal | null;
  points: number;
  maxPoints: number;
  explanation: Explanation;
}

export type GradeResult =
  | {
      status: 'graded';
      exerciseId: string;
      student: Submission['student'];
      workloads: WorkloadGrade[];
      score: number;
      maxScore: number;
      warnings: { en: string; ko: string }[];
    }
  | {
      status: 'invalid';
      exerciseId: string;
      student: { id: string; name?: string } | null;
      issues: FileIssue[];
      score: 0;
      maxScore: number;
    };

/** Cost points earned for an answer `diffPct` above the best. */
export function costFraction(rubric: Rubric, diffPct: Decimal): number {
  if (diffPct.lessThanOrEqualTo(rubric.tolerancePct)) return 1;
  const steps = [...rubric.partialCredit].sort((a, b) => a.withinPct - b.withinPct);
  return steps.find((s) => diffPct.lessThanOrEqualTo(s.withinPct))?.fraction ?? 0;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function gradeAnswer(prepared: PreparedExercise, answer: Answer): WorkloadGrade {
  const { exercise, prices } = prepared;
  const rubric = exercise.rubric;
  const w = prepared.workloads.get(answer.workloadId);
  if (!w) throw new Error(`grading: workload "${answer.workloadId}" was not prepared`);
  const type = prices.instance(answer.instanceType) ?? null;
  let cost: AnswerCost | null = null;
  let checks: Check[];
  if (!type) {
    const similar = similarTypesSuffix(answer.instanceType, prices.instanceTypes());
    checks = [
      {
        id: 'known-type',
        ok: false,
        en: `"${answer.instanceType}" is not an instance type in the catalogue${similar.en}`,
        ko: `${withJosa(`"${answer.instanceType}"`, '은')} 카탈로그에 없는 인스턴스 유형입니다${similar.ko}`,
      },
    ];
  } else {
    const priced = answerCost(prepared.query, w.needs, type, answer.count, answer.purchase);
    cost = priced.status === 'priced' ? priced : null;
    checks = checkAnswer(exercise, w.needs, type, answer.count, answer.purchase, priced);
  }
  const diffPct = cost ? cost.total.minus(w.best.cost.total).dividedBy(w.best.cost.total).times(100) : null;
  const allOk = checks.every((c) => c.ok);
  const costPoints = rubric.points - rubric.constraintPoints;
  const points = allOk
    ? rubric.constraintPoints + costPoints * (diffPct ? costFraction(rubric, diffPct) : 0)
    : rubric.constraintPoints * (checks.filter((c) => c.ok).length / checks.length);
  return {
    workloadId: answer.workloadId,
    answer,
    type,
    cost,
    checks,
    best: w.best,
    diffPct,
    points: round1(points),
    maxPoints: rubric.points,
    explanation: explainWorkload(w, prepared, {
      type: answer.instanceType,
      count: answer.count,
      cost,
      diffPct,
      checks,
    }),
  };
}

/** Grades an unknown value (a parsed JSON file) as a submission to the prepared exercise. */
export function gradeSubmission(prepared: PreparedExercise, value: unknown): GradeResult {
  const { exercise } = prepared;
  const parsed = parseSubmission(value, exercise);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      exerciseId: exercise.id,
      student: studentOf(value),
      issues: parsed.issues,
      score: 0,
      maxScore: exercise.rubric.points,
    };
  }
  const s = parsed.value;
  const byWorkload = new Map(s.answers.map((a) => [a.workloadId, a]));
  const workloads = exercise.workloads.map((w) => gradeAnswer(prepared, byWorkload.get(w.id) as Answer));
  const score = round1(workloads.reduce((acc, g) => acc + g.points, 0) / workloads.length);
  return {
    status: 'graded',
    exerciseId: exercise.id,
    student: s.student,
    workloads,
    score,
    maxScore: exercise.rubric.points,
    warnings: prepared.snapshotWarning ? [prepared.snapshotWarning] : [],
  };
}

/** The student of an invalid file, when it can still be read, so the result row names them. */
function studentOf(value: unknown): { id: string; name?: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const student = (value as { student?: unknown }).student;
  if (typeof student !== 'object' || student === null) return null;
  const { id, name } = student as { id?: unknown; name?: unknown };
  if (typeof id !== 'string') return null;
  return typeof name === 'string' ? { id, name } : { id };
}

/** Grades the text of a submission file; text that is not JSON is an invalid submission. */
export function gradeSubmissionText(prepared: PreparedExercise, text: string): GradeResult {
  const json = readJson(text);
  if (!json.ok) {
    return {
      status: 'invalid',
      exerciseId: prepared.exercise.id,
      student: null,
      issues: json.issues,
      score: 0,
      maxScore: prepared.exercise.rubric.points,
    };
  }
  return gradeSubmission(prepared, json.value);
}
