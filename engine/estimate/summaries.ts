/** Sums over priced lines: totals, breakdowns, cumulative cash flow, break-even, VAT and KRW views. */
import Decimal from 'decimal.js';
import { ZERO } from '../money/decimal';
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

export function sumTotals(lines: readonly LineResult[]): Totals {
  return pricedLines(lines).reduce<Totals>((acc, l) => addTotals(acc, l.costs), ZERO_TOTALS);
}

export function groupTotals(
  lines: readonly LineResult[],
  keysOf: (line: LineResult) => readonly string[],
): Record<string, Totals> {
  const out: Record<string, Totals> = {};
  for (const line of pricedLines(lines))
    for (const key of keysOf(line)) out[key] = addTotals(out[key] ?? ZERO_TOTALS, line.costs);
  return out;
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

/** Sums upfronts by term length and monthly amounts once, then builds the 36 cumulative months. */
function series(
  option: string,
  lines: readonly Priced[],
  costsOf: (l: Priced) => Pick<LineCosts, 'upfront' | 'monthly' | 'termMonths'>,
): CashFlowSeries {
  const upfrontByTerm = new Map<LineCosts['termMonths'], Decimal>();
  let monthly = ZERO;
  for (const line of lines) {
    const c = costsOf(line);
    monthly = monthly.plus(c.monthly);
    if (!c.upfront.isZero())
      upfrontByTerm.set(c.termMonths, (upfrontByTerm.get(c.termMonths) ?? ZERO).plus(c.upfront));
  }
  const cumulative = Array.from({ length: CASH_FLOW_MONTHS }, (_, i) => {
    let paid = monthly.times(i + 1);
    for (const [termMonths, upfront] of upfrontByTerm)
      paid = paid.plus(cumulativeAt({ upfront, monthly: ZERO, termMonths }, i + 1));
    return paid;
  });
  return { option, lineIds: lines.map((l) => l.id), cumulative };
}

/** One series per purchase option used, plus "total" and "all on-demand" (RI/SP lines at on-demand). */
export function cashFlows(lines: readonly LineResult[]): CashFlowSeries[] {
  const priced = pricedLines(lines);
  const options = [...new Set(priced.map((l) => l.optionLabel))];
  const onDemandCosts = (l: Priced) =>
    l.costs.onDemandMonthly === null
      ? l.costs
      : { upfront: ZERO, monthly: l.costs.onDemandMonthly, termMonths: null };
  return [
    ...options.map((option) =>
      series(
        option,
        priced.filter((l) => l.optionLabel === option),
        (l) => l.costs,
      ),
    ),
    series('total', priced, (l) => l.costs),
    series('all on-demand', priced, onDemandCosts),
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
