/** EC2 formulas on resolved Decimal prices: no tables here, so worked examples test them directly. */
import type Decimal from 'decimal.js';
import { max, ZERO } from '../../money/decimal';
import type { LineCosts } from '../../estimate/types';
import { dividedByExact } from '../amounts';

/** Baseline % per vCPU = credits earned per hour ÷ vCPUs ÷ 60 × 100 (t3.micro: 12 ÷ 2 ÷ 60 = 10%). */
export function tBaselinePercent(creditsPerHour: Decimal, vcpu: number): Decimal {
  return creditsPerHour.dividedBy(vcpu).dividedBy(60).times(100);
}

/** T Unlimited surplus charge: (average − baseline)% × vCPUs × instance-hours × rate per vCPU-hour; never negative. */
export function tUnlimitedSurplus(args: {
  averagePercent: Decimal;
  baselinePercent: Decimal;
  vcpu: number;
  instanceHours: Decimal;
  ratePerVcpuHour: Decimal;
}): { surplusVcpuHours: Decimal; amount: Decimal } {
  const above = dividedByExact(max(ZERO, args.averagePercent.minus(args.baselinePercent)), 100);
  const surplusVcpuHours = above.times(args.vcpu).times(args.instanceHours);
  return { surplusVcpuHours, amount: surplusVcpuHours.times(args.ratePerVcpuHour) };
}

/**
 * Average CPU % at which a T type in Unlimited mode costs the same as a fixed-performance type:
 * baseline + (other hourly − T hourly) ÷ (vCPUs × surplus rate).
 */
export function tBreakEvenAveragePercent(args: {
  tHourly: Decimal;
  otherHourly: Decimal;
  baselinePercent: Decimal;
  vcpu: number;
  ratePerVcpuHour: Decimal;
}): Decimal {
  return args.baselinePercent.plus(
    args.otherHourly.minus(args.tHourly).dividedBy(args.ratePerVcpuHour.times(args.vcpu)).times(100),
  );
}

/** Upfront paid at the start of each term, `monthly` every month. */
export function termCosts(args: {
  upfront: Decimal;
  monthly: Decimal;
  termMonths: 12 | 36 | null;
  onDemandMonthly: Decimal | null;
}): LineCosts {
  const { upfront, monthly, termMonths } = args;
  const termsIn36 = termMonths === null ? 0 : 36 / termMonths;
  // adding a zero upfront would leave every sum as it is: skipped (most lines have none)
  const noUpfront = upfront.isZero() && !upfront.isNegative() && !monthly.isZero();
  return {
    monthly,
    upfront,
    first12Months: noUpfront ? monthly.times(12) : upfront.plus(monthly.times(12)),
    months36: noUpfront
      ? monthly.times(36)
      : upfront.times(termMonths === null ? 1 : termsIn36).plus(monthly.times(36)),
    termMonths,
    perTerm:
      termMonths === null
        ? null
        : noUpfront
          ? monthly.times(termMonths)
          : upfront.plus(monthly.times(termMonths)),
    onDemandMonthly: args.onDemandMonthly,
  };
}

/**
 * First month (1-based) within the term at which the cumulative cost of the commitment (upfront at
 * month 1, then monthly) is at or below the cumulative on-demand cost; null if it never is.
 */
export function breakEvenMonth(
  upfront: Decimal,
  monthly: Decimal,
  onDemandMonthly: Decimal,
  termMonths: number,
): number | null {
  for (let month = 1; month <= termMonths; month++) {
    if (upfront.plus(monthly.times(month)).lessThanOrEqualTo(onDemandMonthly.times(month))) return month;
  }
  return null;
}
