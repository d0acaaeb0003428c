import type Decimal from 'decimal.js';

/** Percent saved by `cost` against `baseline`: (baseline − cost) ÷ baseline × 100; null when the baseline is 0. */
export function savingsPercent(baseline: Decimal, cost: Decimal): Decimal | null {
  if (baseline.isZero()) return null;
  return baseline.minus(cost).dividedBy(baseline).times(100);
}
