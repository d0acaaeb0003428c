/**
 * The best answer of a workload: over every catalogue type the constraints allow and every allowed purchase
 * option, the smallest count that meets the needs and the constraints, priced over the horizon; the
 * cheapest wins (ties: fewer instances, then the type name). Deterministic for a given snapshot.
 */
import type { InstanceType } from '../../pricing-data/schema';
import { answerCost, type AnswerCost, type CostQuery } from './answer-cost';
import { capacity, checkAnswer, minInstances, typeAllowed, type Check } from './constraints';
import type { Exercise } from './schema';
import type { WorkloadNeeds } from './workload-needs';

export interface RankedAnswer {
  type: InstanceType;
  count: number;
  cost: AnswerCost;
  checks: Check[];
}

/** Smallest count of `type` that covers the needs and the minimum instance count; null if over 100. */
export function countNeeded(exercise: Exercise, needs: WorkloadNeeds, type: InstanceType): number | null {
  const min = minInstances(exercise);
  if (needs.workload.scaling === 'single') {
    const cap = capacity(needs, type, 1);
    return cap.vcpu >= needs.req.vcpu && cap.memoryGiB >= needs.req.memoryGiB ? min : null;
  }
  const count = Math.max(
    min,
    Math.ceil(needs.req.vcpu / type.vcpu),
    Math.ceil(needs.req.memoryGiB / type.memoryGiB),
  );
  return count <= 100 ? count : null;
}

/** Every valid answer, cheapest first (the first is the best answer). */
export function rankAnswers(
  exercise: Exercise,
  needs: WorkloadNeeds,
  catalogue: readonly InstanceType[],
  query: CostQuery,
): RankedAnswer[] {
  const answers: RankedAnswer[] = [];
  const options = exercise.purchaseOptions.filter((p) => p.option !== 'spot' || needs.workload.interruptible);
  for (const type of catalogue) {
    if (!typeAllowed(exercise, needs, type)) continue;
    const count = countNeeded(exercise, needs, type);
    if (count === null) continue;
    for (const purchase of options) {
      const cost = answerCost(query, needs, type, count, purchase);
      if (cost.status !== 'priced') continue;
      const checks = checkAnswer(exercise, needs, type, count, purchase, cost);
      if (checks.every((c) => c.ok)) answers.push({ type, count, cost, checks });
    }
  }
  return answers.sort(
    (a, b) =>
      a.cost.total.comparedTo(b.cost.total) ||
      a.count - b.count ||
      compareText(a.type.type, b.type.type) ||
      compareText(a.cost.label, b.cost.label),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
