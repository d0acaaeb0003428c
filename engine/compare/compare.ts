/**
 * Side-by-side comparison of estimates (e.g. "all on-demand" vs "3-yr RI" vs "Graviton + Spot"): totals,
 * differences (amount and %) against the first (the baseline) per scenario, per service and per line,
 * the cheapest scenario per metric, unpriced lines per scenario, and the month from which each one's
 * cumulative cash flow stays at or below the baseline's. All money full precision (Decimal, USD).
 */
import type Decimal from 'decimal.js';
import { ZERO_TOTALS } from '../estimate/summaries';
import type { BreakEven, EstimateResult, Totals } from '../estimate/types';
import { SERVICES, type Service } from '../scenario/schema';
import { matchLines, type ComparedLine } from './match-lines';
import { deltaPercent, METRICS, minus, type Metric, type PercentTotals } from './metrics';

export interface ComparedScenario {
  /** position in the comparison (names may repeat) */
  readonly index: number;
  readonly name: string;
  readonly snapshotId: string;
  readonly complete: boolean;
  readonly unpricedLineIds: readonly string[];
  readonly totals: Totals;
  /** this minus the baseline (negative = cheaper) */
  readonly deltaVsBaseline: Totals;
  /** the delta as a percentage of the baseline; null where the baseline is 0 */
  readonly deltaPercentVsBaseline: PercentTotals;
  /** metrics on which this scenario is the cheapest complete one (ties: all of them) */
  readonly cheapest: readonly Metric[];
  /** cumulative cash by month 1…36 */
  readonly cumulative: readonly Decimal[];
  /** first month from which cumulative cost stays ≤ the baseline's through month 36; null if never */
  readonly cheaperFromMonth: number | null;
  /** break-even of each RI / Savings Plan line against on-demand, within this scenario */
  readonly lineBreakEvens: readonly BreakEven[];
}

export interface ComparedService {
  readonly service: Service;
  /** per scenario, in comparison order (zero when the scenario has no priced line of this service) */
  readonly totals: readonly Totals[];
  readonly deltaVsBaseline: readonly Totals[];
  readonly deltaPercentVsBaseline: readonly PercentTotals[];
}

export interface Comparison {
  readonly baseline: string;
  readonly snapshots: readonly string[];
  readonly scenarios: readonly ComparedScenario[];
  /** the scenario with the lowest 36-month total among complete ones */
  readonly cheapest36Months: string | null;
  /** per metric, the indexes of the cheapest complete scenarios (empty when none is complete) */
  readonly cheapest: Readonly<Record<Metric, readonly number[]>>;
  readonly services: readonly ComparedService[];
  readonly lines: readonly ComparedLine[];
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

function cheapestIndexes(results: readonly EstimateResult[]): Record<Metric, number[]> {
  const out = {} as Record<Metric, number[]>;
  for (const metric of METRICS) {
    let best: Decimal | null = null;
    let indexes: number[] = [];
    results.forEach((r, i) => {
      if (!r.complete) return;
      const value = r.totals[metric];
      if (best === null || value.lessThan(best)) {
        best = value;
        indexes = [i];
      } else if (value.equals(best)) indexes.push(i);
    });
    out[metric] = indexes;
  }
  return out;
}

function compareServices(results: readonly EstimateResult[]): ComparedService[] {
  const used = SERVICES.filter((s) => results.some((r) => r.lines.some((l) => l.service === s)));
  return used.map((service) => {
    const totals = results.map((r) => r.byService[service] ?? ZERO_TOTALS);
    const base = totals[0]!;
    return {
      service,
      totals,
      deltaVsBaseline: totals.map((t) => minus(t, base)),
      deltaPercentVsBaseline: totals.map((t) => deltaPercent(minus(t, base), base)),
    };
  });
}

export function compareEstimates(results: readonly EstimateResult[]): Comparison {
  const base = results[0];
  if (!base) throw new Error('compare needs at least one estimate');
  const baseSeries = totalSeries(base);
  const cheapest = cheapestIndexes(results);
  const scenarios = results.map((r, index): ComparedScenario => {
    const series = totalSeries(r);
    const delta = minus(r.totals, base.totals);
    return {
      index,
      name: r.scenario.name,
      snapshotId: r.snapshot.id,
      complete: r.complete,
      unpricedLineIds: r.unpricedLineIds,
      totals: r.totals,
      deltaVsBaseline: delta,
      deltaPercentVsBaseline: deltaPercent(delta, base.totals),
      cheapest: METRICS.filter((m) => cheapest[m].includes(index)),
      cumulative: series,
      cheaperFromMonth: cheaperFromMonth(series, baseSeries),
      lineBreakEvens: r.breakEven,
    };
  });
  const first36 = cheapest.months36[0];
  return {
    baseline: base.scenario.name,
    snapshots: [...new Set(results.map((r) => r.snapshot.id))],
    scenarios,
    cheapest36Months: first36 === undefined ? null : (scenarios[first36]?.name ?? null),
    cheapest,
    services: compareServices(results),
    lines: matchLines(results),
  };
}
