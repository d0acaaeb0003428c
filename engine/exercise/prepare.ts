/**
 * Everything grading needs once per exercise: each workload's needs and ranked valid answers. An exercise
 * with no valid answer for some workload is an authoring error and is reported as such.
 */
import type { InstanceType, Region } from '../../pricing-data/schema';
import type { Prices } from '../estimate/prices';
import type { CostQuery } from './answer-cost';
import { rankAnswers, type RankedAnswer } from './best-answer';
import type { Exercise } from './schema';
import { workloadNeeds, type WorkloadNeeds } from './workload-needs';
import { withJosa } from '../text/josa';

export interface PreparedWorkload {
  needs: WorkloadNeeds;
  /** valid answers, cheapest first; [0] is the best answer */
  ranked: RankedAnswer[];
  best: RankedAnswer;
}

export interface PreparedExercise {
  exercise: Exercise;
  prices: Prices;
  catalogue: readonly InstanceType[];
  query: CostQuery;
  workloads: Map<string, PreparedWorkload>;
  /** set when the exercise names another snapshot than the one grading uses */
  snapshotWarning: { en: string; ko: string } | null;
}

export type PrepareResult = { ok: true; prepared: PreparedExercise } | { ok: false; message: string };

export function prepareExercise(
  exercise: Exercise,
  prices: Prices,
  catalogue: readonly InstanceType[],
): PrepareResult {
  const query: CostQuery = {
    prices,
    region: exercise.region as Region,
    os: exercise.os,
    horizonMonths: exercise.horizonMonths,
    allowEstimates: exercise.allowEstimates,
  };
  const workloads = new Map<string, PreparedWorkload>();
  for (const workload of exercise.workloads) {
    const needs = workloadNeeds(exercise, workload, prices);
    if (!needs.ok) return { ok: false, message: needs.message };
    const ranked = rankAnswers(exercise, needs.needs, catalogue, query);
    const best = ranked[0];
    if (!best) {
      return {
        ok: false,
        message: `workload "${workload.id}": no instance type and purchase option meets the constraints with prices in ${exercise.region} (check the budget, families, architectures and allowEstimates)`,
      };
    }
    workloads.set(workload.id, { needs: needs.needs, ranked, best });
  }
  const snapshotWarning =
    exercise.snapshotId && exercise.snapshotId !== prices.snapshotId
      ? {
          en: `the exercise was written for price snapshot ${exercise.snapshotId}; graded with ${prices.snapshotId}`,
          ko: `이 문제는 가격 스냅샷 ${exercise.snapshotId} 기준으로 작성되었고 ${withJosa(prices.snapshotId, '으로')} 채점했습니다`,
        }
      : null;
  return { ok: true, prepared: { exercise, prices, catalogue, query, workloads, snapshotWarning } };
}
