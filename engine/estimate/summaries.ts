/**
 * Sums over priced lines: totals, breakdowns, cumulative cash flow, break-even, VAT and KRW views.
 * Every sum adds the lines in file order starting from zero, so a sum over the same lines is the same
 * Decimal however it is reached: a breakdown or series that covers every priced line reuses the totals
 * instead of adding them again (decimal.js rounds to 20 significant digits, so the order is kept).
 */
import Decimal from 'decimal.js';
import { ZERO } from '../money/decimal';
import { plusUnlessZero } from '../services/amounts';
import { breakEvenMonth } from '../services/ec2/formulas';
import type { BreakEven, CashFlowSeries, LineCosts, LineResult, Totals } from './types';

export const VAT_RATE = new Decimal('0.1');
export const CASH_FLOW_MONTHS = 36;

export const ZERO_TOTALS: Totals = { monthly: ZERO, upfront: ZERO, first12Months: ZERO, months36: ZERO };

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    monthly: a.monthly.plus(b.monthly),
    upfront: a.upfront.plus(b.upfront),
    first12Months: a.first12Months.plus(b.first12Months),
    months36: a.months36.plus(b.months36),
  };
}

export function scaleTotals(t: Totals, factor: Decimal): Totals {
  return {
    monthly: t.monthly.times(factor),
    upfront: t.upfront.times(factor),
    first12Months: t.first12Months.times(factor),
    months36: t.months36.times(factor),
  };
}

type Priced = Extract<LineResult, { status: 'priced' }>;
export const pricedLines = (lines: readonly LineResult[]): Priced[] =>
  lines.filter((l): l is Priced => l.status === 'priced');

/**
 * A running sum of Totals, added in place (no intermediate objects). Adding zero leaves a Decimal sum
 * as it is (every sum is already rounded to the precision), so zero parts (most upfronts) are skipped.
 */
class TotalsSum {
  monthly = ZERO;
  upfront = ZERO;
  first12Months = ZERO;
  months36 = ZERO;
  add(t: Totals): void {
    this.monthly = plusUnlessZero(this.monthly, t.monthly);
    this.upfront = plusUnlessZero(this.upfront, t.upfront);
    this.first12Months = plusUnlessZero(this.first12Months, t.first12Months);
    this.months36 = plusUnlessZero(this.months36, t.months36);
  }
  totals(): Totals {
    return {
      monthly: this.monthly,
      upfront: this.upfront,
      first12Months: this.first12Months,
      months36: this.months36,
    };
  }
}

export function sumTotals(lines: readonly LineResult[]): Totals {
  const sum = new TotalsSum();
  for (const line of lines) if (line.status === 'priced') sum.add(line.costs);
  return sum.totals();
}

/**
 * Totals per key in order of first appearance, a line counting once under each of its keys.
 * `allTotals` (the sum of every priced line) is reused for a key that every priced line has exactly
 * once, e.g. "(untagged)".
 */
export function groupTotals(
  lines: readonly LineResult[],
  keysOf: (line: LineResult) => readonly string[],
  allTotals?: Totals,
): Record<string, Totals> {
  const priced = pricedLines(lines);
  const keysByLine = priced.map(keysOf);
  const covering = allTotals ? keysCoveringEveryLine(keysByLine) : new Set<string>();
  /** null: a covering key */
  const sums = new Map<string, TotalsSum | null>();
  priced.forEach((line, i) => {
    for (const key of keysByLine[i] ?? []) {
      if (covering.has(key)) {
        if (!sums.has(key)) sums.set(key, null);
        continue;
      }
      let sum = sums.get(key);
      if (!sum) {
        sum = new TotalsSum();
        sums.set(key, sum);
      }
      sum.add(line.costs);
    }
  });
  // fromEntries: any tag is an own key, even "constructor" or "__proto__"
  return Object.fromEntries(
    [...sums].map(([key, sum]) => [key, sum ? sum.totals() : (allTotals ?? ZERO_TOTALS)]),
  );
}

/** Keys that every line has exactly once. */
function keysCoveringEveryLine(keysByLine: readonly (readonly string[])[]): Set<string> {
  const seen = new Map<string, { lines: number; lastLine: number; repeated: boolean }>();
  keysByLine.forEach((keys, i) => {
    for (const key of keys) {
      const s = seen.get(key);
      if (!s) seen.set(key, { lines: 1, lastLine: i, repeated: false });
      else if (s.lastLine === i) s.repeated = true;
      else {
        s.lines++;
        s.lastLine = i;
      }
    }
  });
  const covering = new Set<string>();
  for (const [key, s] of seen) if (!s.repeated && s.lines === keysByLine.length) covering.add(key);
  return covering;
}

/** Cumulative payments by the end of month `m` (1-based): an upfront at the start of each term plus monthly. */
export function cumulativeAt(
  costs: Pick<LineCosts, 'upfront' | 'monthly' | 'termMonths'>,
  month: number,
): Decimal {
  const terms =
    costs.termMonths === null ? (costs.upfront.isZero() ? 0 : 1) : Math.ceil(month / costs.termMonths);
  return costs.upfront.times(terms).plus(costs.monthly.times(month));
}

type CashCosts = Pick<LineCosts, 'upfront' | 'monthly' | 'termMonths'>;

/** Monthly amounts summed once and upfronts summed by term length, in line order. */
class CashSum {
  monthly = ZERO;
  readonly upfrontByTerm = new Map<LineCosts['termMonths'], Decimal>();
  readonly lineIds: string[] = [];
  /** `knownMonthly`: the monthly sum is already known (the estimate's total), only upfronts are added */
  constructor(private readonly knownMonthly?: Decimal) {}
  add(id: string, c: CashCosts): void {
    this.lineIds.push(id);
    if (!this.knownMonthly) this.monthly = plusUnlessZero(this.monthly, c.monthly);
    if (!c.upfront.isZero())
      this.upfrontByTerm.set(c.termMonths, (this.upfrontByTerm.get(c.termMonths) ?? ZERO).plus(c.upfront));
  }
  series(option: string): CashFlowSeries {
    const monthly = this.knownMonthly ?? this.monthly;
    const cumulative = Array.from({ length: CASH_FLOW_MONTHS }, (_, i) => {
      let paid = monthly.times(i + 1);
      for (const [termMonths, upfront] of this.upfrontByTerm)
        paid = paid.plus(cumulativeAt({ upfront, monthly: ZERO, termMonths }, i + 1));
      return paid;
    });
    return { option, lineIds: this.lineIds, cumulative };
  }
}

/**
 * One series per purchase option used, plus "total" and "all on-demand" (RI/SP lines at on-demand).
 * `totalMonthly` (the sum of every priced line's monthly, i.e. the estimate's total) is reused when
 * given; a series over the same lines as "total" (one option only; no RI/SP line) is not summed again.
 */
export function cashFlows(lines: readonly LineResult[], totalMonthly?: Decimal): CashFlowSeries[] {
  const priced = pricedLines(lines);
  const options = [...new Set(priced.map((l) => l.optionLabel))];
  const anyCommitment = priced.some((l) => l.costs.onDemandMonthly !== null);
  const total = new CashSum(totalMonthly);
  const onDemand = anyCommitment ? new CashSum() : null;
  const byOption = new Map(options.length > 1 ? options.map((o) => [o, new CashSum()]) : []);
  for (const line of priced) {
    const c = line.costs;
    total.add(line.id, c);
    onDemand?.add(
      line.id,
      c.onDemandMonthly === null ? c : { upfront: ZERO, monthly: c.onDemandMonthly, termMonths: null },
    );
    byOption.get(line.optionLabel)?.add(line.id, c);
  }
  const totalSeries = total.series('total');
  const optionSeries =
    byOption.size > 0
      ? [...byOption].map(([option, sum]) => sum.series(option))
      : options.map((option) => ({ ...totalSeries, option }));
  return [
    ...optionSeries,
    totalSeries,
    onDemand ? onDemand.series('all on-demand') : { ...totalSeries, option: 'all on-demand' },
  ];
}

export function breakEvens(lines: readonly LineResult[]): BreakEven[] {
  const out: BreakEven[] = [];
  for (const line of pricedLines(lines)) {
    const { termMonths, onDemandMonthly, perTerm, upfront, monthly } = line.costs;
    if (termMonths === null || onDemandMonthly === null || perTerm === null) continue;
    const onDemandPerTerm = onDemandMonthly.times(termMonths);
    out.push({
      lineId: line.id,
      option: line.optionLabel,
      termMonths,
      month: breakEvenMonth(upfront, monthly, onDemandMonthly, termMonths),
      optionPerTerm: perTerm,
      onDemandPerTerm,
      savingsPerTerm: onDemandPerTerm.minus(perTerm),
    });
  }
  return out;
}
