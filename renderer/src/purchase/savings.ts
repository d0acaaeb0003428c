import Decimal from 'decimal.js';
import type { RoundingPolicy } from '../../../engine/money/rounding';

/** Percent saved by `cost` against `baseline`: (baseline − cost) ÷ baseline × 100; null when the baseline is 0. */
export function savingsPercent(baseline: Decimal, cost: Decimal): Decimal | null {
  if (baseline.isZero()) return null;
  return baseline.minus(cost).dividedBy(baseline).times(100);
}

/** Savings percentages on screen: one decimal, half-up ("37.5"). */
export const PERCENT_DISPLAY: RoundingPolicy = {
  name: 'percent-display',
  decimals: 1,
  mode: Decimal.ROUND_HALF_UP,
};
