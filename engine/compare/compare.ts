/**
 * Side-by-side comparison of estimates (e.g. "all on-demand" vs "3-yr RI" vs "Graviton + Spot"):
 * totals, differences against the first (the baseline), and the month from which each one's
 * cumulative cash flow stays at or below the baseline's.
 */
import type Decimal from 'decimal.js';
import { addTotals, scaleTotals } from '../estimate/summaries';
import type { EstimateResult, Totals } from '../estimate/types';
import { dec } from '../money/decimal';

export interface ComparedScenario {
  readonly name: string;
  readonly complete: boolean;
  readonly totals: Totals;
  /** this minus the baseline (negative = cheaper) */
  readonly deltaVsBaseline: Totals;
  /** cumulative cash by month 1…36 */
  readonly cumulative: readonly Decimal[];
  /** first month from which cumulative cost stays ≤ the baseline's through month 36; null if never */
  readonly cheaperFromMonth: number | null;
}

export interface Comparison {
  readonly baseline: string;
  readonly snapshots: readonly string[];
  readonly scenarios: readonly ComparedScenario[];
  /** the scenario with the lowest 36-month total among complete ones */
  readonly cheapest36Months: string | null;
}

function totalSeries(result: EstimateResult): readonly Decimal[] {
  return result.cashFlow.find((s) => s.option === 'total')?.cumulative ?? [];
}

export function cheaperFromMonth(candidate: readonly Decimal[], baseline: readonly Decimal[]): number | null {
  let from: number | null = null;
  for (let i = 0; i < Math.min(candidate.length, baseline.length); i++) {
    const ok = candidate[i]!.lessThanOrEqualTo(baseline[i]!);
    if (ok && from === null) from = i + 1;
    if (!ok) from = null;
  }
  return from;
}

export function compareEstimates(results: readonly EstimateResult[]): Comparison {
  const base = results[0];
  if (!base) throw new Error('compare needs at least one estimate');
  const baseSeries = totalSeries(base);
  const minusOne = dec(-1);
  const scenarios = results.map((r) => {
    const series = totalSeries(r);
    return {
      name: r.scenario.name,
      complete: r.complete,
      totals: r.totals,
      deltaVsBaseline: addTotals(r.totals, scaleTotals(base.totals, minusOne)),
      cumulative: series,
      cheaperFromMonth: cheaperFromMonth(series, baseSeries),
    };
  });
  const complete = scenarios.filter((s) => s.complete);
  const cheapest = complete.reduce<ComparedScenario | null>(
    (best, s) => (best === null || s.totals.months36.lessThan(best.totals.months36) ? s : best),
    null,
  );
  return {
    baseline: base.scenario.name,
    snapshots: [...new Set(results.map((r) => r.snapshot.id))],
    scenarios,
    cheapest36Months: cheapest?.name ?? null,
  };
}
