/**
 * What the comparison charts draw: stacked bars by service per scenario and 36-month cumulative cost lines
 * with break-even markers. Values are decimal strings in the shown currency, rounded as on screen and in the
 * CSV (compare-money.ts); a chart library converts them to numbers for plotting only.
 */
import type Decimal from 'decimal.js';
import type { Service } from '../scenario/schema';
import type { Comparison } from './compare';
import { shownAmount, USD_MONEY, type CompareMoney } from './compare-money';
import type { Metric } from './metrics';

export interface StackedServiceBar {
  readonly scenario: number;
  readonly name: string;
  /** the scenario's amount per service (services it does not use are absent) */
  readonly values: Readonly<Partial<Record<Service, string>>>;
  readonly total: string;
}

export interface CumulativePoint {
  readonly month: number;
  /** per scenario, in comparison order */
  readonly values: readonly string[];
}

export interface BreakEvenMarker {
  readonly scenario: number;
  /** from this month on, the scenario's cumulative cost stays at or below the baseline's */
  readonly month: number;
  readonly value: string;
}

export interface ComparisonChartData {
  readonly services: readonly Service[];
  readonly byService: readonly StackedServiceBar[];
  readonly cumulative: readonly CumulativePoint[];
  /** only for scenarios other than the baseline that become (and stay) cheaper after month 1 */
  readonly breakEvenMarkers: readonly BreakEvenMarker[];
}

export function comparisonChartData(
  comparison: Comparison,
  metric: Metric = 'monthly',
  money: CompareMoney = USD_MONEY,
): ComparisonChartData {
  const usd = (value: Decimal) => shownAmount(value, money);
  const services = comparison.services.map((s) => s.service);
  const byService = comparison.scenarios.map((s) => {
    const values: Partial<Record<Service, string>> = {};
    for (const row of comparison.services) {
      const t = row.totals[s.index];
      if (t && !t[metric].isZero()) values[row.service] = usd(t[metric]);
    }
    return { scenario: s.index, name: s.name, values, total: usd(s.totals[metric]) };
  });
  const months = Math.max(0, ...comparison.scenarios.map((s) => s.cumulative.length));
  const cumulative = Array.from({ length: months }, (_, i) => ({
    month: i + 1,
    values: comparison.scenarios.map((s) => {
      const v = s.cumulative[i];
      return v === undefined ? '' : usd(v);
    }),
  }));
  const breakEvenMarkers = comparison.scenarios.flatMap((s) => {
    const month = s.cheaperFromMonth;
    const value = month === null ? undefined : s.cumulative[month - 1];
    if (s.index === 0 || month === null || month <= 1 || value === undefined) return [];
    return [{ scenario: s.index, month, value: usd(value) }];
  });
  return { services, byService, cumulative, breakEvenMarkers };
}
