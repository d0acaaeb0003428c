/**
 * What an answer (type × count × purchase option) costs over the exercise's horizon. On-demand and Spot
 * bill the hours the workload runs; a Reserved Instance or Savings Plan bills every hour of its whole term,
 * so a horizon shorter than the term still pays the full term, and a longer one renews it (⌈horizon ÷ term⌉
 * terms). T types above their baseline pay the Unlimited surplus (T2, Standard by default, is throttled).
 */
import type Decimal from 'decimal.js';
import type { InstanceType, Region } from '../../pricing-data/schema';
import type { Prices } from '../estimate/prices';
import { dec, ZERO } from '../money/decimal';
import { unavailableMessage } from '../prices/quotes';
import { purchaseKey } from '../rightsizing';
import type { Purchase } from '../scenario/schema';
import { breakEvenMonth, tUnlimitedSurplus } from '../services/ec2/formulas';
import { purchaseCodeTerm } from '../trace/terms';
import type { Message } from '../trace/types';
import type { WorkloadNeeds } from './workload-needs';

export const HOURS_PER_MONTH = 730;

export interface AnswerCost {
  status: 'priced';
  purchase: Purchase;
  label: string;
  basis: 'exact' | 'derived-rule' | 'estimate';
  count: number;
  /** everything paid because of this answer over the horizon (whole terms for commitments) */
  total: Decimal;
  /** total ÷ horizon months */
  monthlyAverage: Decimal;
  upfront: Decimal;
  termMonths: 12 | 36 | null;
  terms: number;
  /** the same instances at on-demand over the horizon, for comparison and break-even */
  onDemandTotal: Decimal | null;
  /** first month the commitment's cumulative cost is at or below on-demand's; null = never in the term */
  breakEvenMonth: number | null;
  /** share of the month a commitment must be used to beat on-demand (1 − discount); null for OD/Spot */
  breakEvenUtilization: Decimal | null;
  surplusMonthly: Decimal;
  /** T2 (Standard by default) whose average CPU is above its baseline: throttled, not charged */
  throttled: boolean;
}

/** `reason` in English; `message` says it in either language (formatMessage). */
export type AnswerCostResult = AnswerCost | { status: 'unavailable'; reason: string; message: Message };

const unavailable = (quote: { reason: string; message?: Message }) =>
  ({ status: 'unavailable', reason: quote.reason, message: unavailableMessage(quote) }) as const;

export interface CostQuery {
  prices: Prices;
  region: Region;
  os: 'linux' | 'windows';
  horizonMonths: number;
  allowEstimates: boolean;
}

/** Average CPU of one instance in vCPUs: the whole load on each (single) or shared by `count` (horizontal). */
function averageVcpuPerInstance(needs: WorkloadNeeds, count: number): number {
  const days = needs.req.dailyAvgVcpu;
  const avg = days.length > 0 ? days.reduce((a, b) => a + b, 0) / days.length : 0;
  return needs.workload.scaling === 'horizontal' ? avg / count : avg;
}

export function answerCost(
  q: CostQuery,
  needs: WorkloadNeeds,
  type: InstanceType,
  count: number,
  purchase: Purchase,
): AnswerCostResult {
  const { prices, region, os, horizonMonths: H } = q;
  const hours = needs.workload.hoursPerMonth;
  const n = dec(count);
  const od = prices.onDemand(region, type.type, os);
  const odMonthly = od.status === 'priced' ? od.hourly.times(hours).times(n) : null;
  const onDemandTotal = odMonthly ? odMonthly.times(H) : null;

  let surplusMonthly = ZERO;
  let throttled = false;
  if (type.burstable && type.credits) {
    const baseline = dec(type.credits.baselinePctPerVcpu);
    const avgPct = (averageVcpuPerInstance(needs, count) / type.vcpu) * 100;
    const average = dec(avgPct.toFixed(4));
    if (average.greaterThan(baseline)) {
      if (type.credits.defaultMode === 'standard') throttled = true;
      else {
        const rate = prices.tSurplusRate(os);
        if (rate.status !== 'priced') return unavailable(rate);
        surplusMonthly = tUnlimitedSurplus({
          averagePercent: average,
          baselinePercent: baseline,
          vcpu: type.vcpu,
          instanceHours: dec(hours),
          ratePerVcpuHour: rate.price,
        }).amount.times(n);
      }
    }
  }
  const base = {
    status: 'priced' as const,
    purchase,
    label: purchaseKey(purchase),
    count,
    surplusMonthly,
    throttled,
    onDemandTotal: onDemandTotal?.plus(surplusMonthly.times(H)) ?? null,
  };
  const surplusTotal = surplusMonthly.times(H);

  switch (purchase.option) {
    case 'on-demand':
    case 'spot': {
      const quote = purchase.option === 'spot' ? prices.spot(region, type.type, os) : od;
      if (quote.status !== 'priced') return unavailable(quote);
      const total = quote.hourly.times(hours).times(n).times(H).plus(surplusTotal);
      return {
        ...base,
        basis: quote.basis,
        total,
        monthlyAverage: total.dividedBy(H),
        upfront: ZERO,
        termMonths: null,
        terms: 0,
        breakEvenMonth: null,
        breakEvenUtilization: null,
      };
    }
    case 'reserved':
    case 'savings-plan': {
      const termMonths = purchase.term === '1yr' ? 12 : 36;
      const quote =
        purchase.option === 'reserved'
          ? prices.reserved({ region, type: type.type, os, ...purchase })
          : prices.savingsPlan({ region, type: type.type, os, ...purchase });
      if (quote.status !== 'priced') return unavailable(quote);
      const upfront = quote.upfront.times(n);
      const monthly = quote.hourly.times(HOURS_PER_MONTH).times(n);
      const effectiveHourly = quote.effectiveHourly;
      const basis = quote.basis;
      if (basis === 'estimate' && !q.allowEstimates) {
        return {
          status: 'unavailable',
          reason: `${purchaseKey(purchase)} for ${type.type}: only an estimate exists and this exercise does not allow estimates`,
          message: {
            key: 'reason.exerciseNoEstimates',
            params: { option: purchaseCodeTerm(purchase), type: type.type },
          },
        };
      }
      const terms = Math.ceil(H / termMonths);
      const perTerm = upfront.plus(monthly.times(termMonths));
      const total = perTerm.times(terms).plus(surplusTotal);
      const odHourly = od.status === 'priced' ? od.hourly : null;
      return {
        ...base,
        basis,
        total,
        monthlyAverage: total.dividedBy(H),
        upfront,
        termMonths,
        terms,
        breakEvenMonth: odMonthly ? breakEvenMonth(upfront, monthly, odMonthly, termMonths) : null,
        breakEvenUtilization: odHourly && !odHourly.isZero() ? effectiveHourly.dividedBy(odHourly) : null,
      };
    }
  }
}
