import type Decimal from 'decimal.js';
import type { OptionOutcome } from './compare-options';

export interface ChartPoint {
  month: number;
  /** option id → cumulative USD as a number, for drawing only (labels use the Decimal) */
  [optionId: string]: number;
}

/** 36 points, one per month, with one value per shown option that has a cash flow. */
export function chartPoints(shown: readonly OptionOutcome[]): ChartPoint[] {
  const months = Math.max(0, ...shown.map((o) => o.cumulative?.length ?? 0));
  return Array.from({ length: months }, (_, i) => {
    const point: ChartPoint = { month: i + 1 };
    for (const o of shown) {
      const value = o.cumulative?.[i];
      if (value !== undefined) point[o.spec.id] = value.toNumber();
    }
    return point;
  });
}

/** The exact cumulative amount of one option at a month (1-based), for tooltips and break-even labels. */
export function cumulativeAtMonth(outcome: OptionOutcome, month: number): Decimal | undefined {
  return outcome.cumulative?.[month - 1];
}

/** On-demand plus the `cheapest` priced options by 36-month cost: the lines shown before the user toggles. */
export function defaultShownIds(outcomes: readonly OptionOutcome[], cheapest: number): string[] {
  const ranked = outcomes
    .filter((o) => o.spec.kind !== 'on-demand' && o.costs !== null)
    .sort((a, b) => (a.costs && b.costs ? a.costs.months36.comparedTo(b.costs.months36) : 0))
    .slice(0, cheapest)
    .map((o) => o.spec.id);
  const onDemand = outcomes.find((o) => o.spec.kind === 'on-demand' && o.costs !== null);
  return onDemand ? [onDemand.spec.id, ...ranked] : ranked;
}
