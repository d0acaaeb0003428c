/** The four compared amounts and percentage differences. */
import type Decimal from 'decimal.js';
import { addTotals, scaleTotals } from '../estimate/summaries';
import type { Totals } from '../estimate/types';
import { dec } from '../money/decimal';
import { percent } from '../money/rounding';

export const METRICS = [
  'monthly',
  'upfront',
  'first12Months',
  'months36',
] as const satisfies readonly (keyof Totals)[];
export type Metric = (typeof METRICS)[number];

export type PercentTotals = Readonly<Record<Metric, Decimal | null>>;

/** delta ÷ base × 100 per metric; null where the base is 0 (a percentage of nothing means nothing). */
export function deltaPercent(delta: Totals, base: Totals): PercentTotals {
  const out = {} as Record<Metric, Decimal | null>;
  for (const m of METRICS) out[m] = base[m].isZero() ? null : delta[m].dividedBy(base[m]).times(100);
  return out;
}

/** "-12.5" (one decimal, half-up), for screen and CSV. */
export function percentString(value: Decimal): string {
  return percent(value);
}

const MINUS_ONE = dec(-1);
/** a − b per metric */
export const minus = (a: Totals, b: Totals): Totals => addTotals(a, scaleTotals(b, MINUS_ONE));
