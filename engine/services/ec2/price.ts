/** Prices one EC2 line: resolves prices from the snapshot, applies the formulas, records the trace. */
import type Decimal from 'decimal.js';
import type { InstanceType } from '../../../pricing-data/schema';
import type { PricingContext } from '../../estimate/context';
import { LineBuilder } from '../../estimate/line-builder';
import type { LineResult } from '../../estimate/types';
import { dec, ZERO } from '../../money/decimal';
import type { Ec2Item, Purchase } from '../../scenario/schema';
import { operand as o } from '../../trace/steps';
import { OS_TERMS, purchaseCode, purchaseCodeTerm, purchaseLabelTerm } from '../../trace/terms';
import type { LocalizedText, Message, Param } from '../../trace/types';
import { aboveZero, decimalOf, plusUnlessZero } from '../amounts';
import { tBaselinePercent, termCosts, tUnlimitedSurplus } from './formulas';
import { instanceUsage, monthOf, type InstanceUsage } from './usage';
import { similarTypes } from '../../catalogue/similar-types';

export function optionLabel(purchase: Purchase): string {
  return purchaseCode(purchase);
}

const ALWAYS_ON: LocalizedText = { en: 'always on', ko: '상시 가동' };

/** The usage part of the generated description, as a message (English: usageText). */
function usageMessage(item: Ec2Item): Param {
  const u = item.usage;
  switch (u.pattern) {
    case 'always-on':
      return ALWAYS_ON;
    case 'hours':
      return { key: 'describe.hours', params: { hours: String(u.hoursPerMonth) } };
    case 'utilization':
      return { key: 'describe.utilization', params: { percent: String(u.percent) } };
    case 'weekly':
      return {
        key: 'describe.weekly',
        params: { days: String(u.days.length), start: String(u.startHour), end: String(u.endHour) },
      };
    case 'peak':
      return {
        key: 'describe.peak',
        params: { count: String(item.count), peak: String(u.peakCount), hours: String(u.peakHoursPerDay) },
      };
    case 'monthly-spike':
      return {
        key: 'describe.monthlySpike',
        params: { count: String(item.count), peak: String(u.peakCount), hours: String(u.spikeHoursPerMonth) },
      };
  }
}

function describeEc2(item: Ec2Item): Message {
  return {
    key: 'describe.ec2',
    params: {
      count: String(item.count),
      type: item.instanceType,
      os: item.os === 'linux' ? 'Linux' : 'Windows',
      usage: usageMessage(item),
      option: purchaseCodeTerm(item.purchase),
    },
  };
}

function usageText(item: Ec2Item): string {
  const u = item.usage;
  switch (u.pattern) {
    case 'always-on':
      return 'always on';
    case 'hours':
      return `${u.hoursPerMonth} h/month`;
    case 'utilization':
      return `${u.percent}% of the month`;
    case 'weekly':
      return `${u.days.length} days/week ${u.startHour}–${u.endHour} h`;
    case 'peak':
      return `${item.count} baseline, ${u.peakCount} for ${u.peakHoursPerDay} h/day`;
    case 'monthly-spike':
      return `${item.count} baseline, ${u.peakCount} for ${u.spikeHoursPerMonth} h/month`;
  }
}

/** Compute charge at an hourly rate, shown as "730 h × 2 × $0.096/h" when every instance runs the same hours. */
function hourlyCharge(
  b: LineBuilder,
  label: 'ec2.onDemand' | 'ec2.spot',
  params: Record<string, Param>,
  usage: InstanceUsage,
  count: number,
  rate: Decimal,
): Decimal {
  const amount = usage.instanceHours.times(rate);
  const operands =
    usage.perInstanceHours === null
      ? [o(usage.instanceHours, 'h'), o(rate, 'usd/h')]
      : [o(usage.perInstanceHours, 'h'), o(decimalOf(count), 'instances'), o(rate, 'usd/h')];
  return b.calc(label, params, operands, amount);
}

type BurstFacts = { baseline: Decimal; baselineText: string; vcpu: Decimal };
const burstFactsByType = new WeakMap<InstanceType, BurstFacts>();

/** A T type's baseline % per vCPU (and as shown, 2 decimals), worked out once per catalogue entry. */
function burstFacts(instance: InstanceType, creditsPerHour: string): BurstFacts {
  let facts = burstFactsByType.get(instance);
  if (!facts) {
    const baseline = tBaselinePercent(dec(creditsPerHour), instance.vcpu);
    facts = { baseline, baselineText: baseline.toDecimalPlaces(2).toString(), vcpu: dec(instance.vcpu) };
    burstFactsByType.set(instance, facts);
  }
  return facts;
}

function surplusCharge(b: LineBuilder, item: Ec2Item, instance: InstanceType, usage: InstanceUsage): Decimal {
  if (!item.burstable) return ZERO;
  if (!instance.burstable || !instance.credits) {
    b.warn('warn.notBurstable', { type: instance.type });
    return ZERO;
  }
  const credits = instance.credits;
  const { baseline, baselineText, vcpu } = burstFacts(instance, credits.creditsPerHour);
  const average = decimalOf(item.burstable.averageCpuPercent);
  const mode = item.burstable.mode ?? credits.defaultMode;
  b.step('rule', 'ec2.tBaseline', {
    type: instance.type,
    credits: credits.creditsPerHour,
    vcpu: String(instance.vcpu),
    baseline: baselineText,
  });
  const params = { average: average.toString(), baseline: baselineText };
  if (average.lessThanOrEqualTo(baseline)) {
    b.step('note', 'ec2.tWithinBaseline', params);
    return ZERO;
  }
  if (mode === 'standard') {
    b.warn('warn.tStandardThrottled', params);
    return ZERO;
  }
  const rateQuote = b.ctx.prices.tSurplusRate(item.os);
  if (rateQuote.status !== 'priced') {
    b.unavailable({ key: 'what.tSurplus' }, rateQuote.message ?? rateQuote.reason);
    return ZERO;
  }
  const surplus = tUnlimitedSurplus({
    averagePercent: average,
    baselinePercent: baseline,
    vcpu: instance.vcpu,
    instanceHours: usage.instanceHours,
    ratePerVcpuHour: rateQuote.price,
  });
  return b.calc(
    'ec2.tSurplus',
    params,
    [
      o(average.minus(baseline), '%'),
      o(vcpu, 'vCPU'),
      o(usage.instanceHours, 'h'),
      o(rateQuote.price, 'usd/vCPU-h'),
    ],
    surplus.amount,
  );
}

export function priceEc2(item: Ec2Item, ctx: PricingContext): LineResult {
  const b = new LineBuilder(item, ctx);
  const H = ctx.settings.hoursPerMonth;
  const label = optionLabel(item.purchase);
  const description = `${item.count} × ${item.instanceType} ${item.os === 'linux' ? 'Linux' : 'Windows'}, ${usageText(item)}, ${label}`;
  const usage = instanceUsage(item.usage, H, item.count);
  b.steps.push(...usage.steps);
  if (item.usage.pattern === 'monthly-spike' && item.usage.spikeHoursPerMonth > H)
    b.warn('warn.spikeOverMonth', { spike: String(item.usage.spikeHoursPerMonth), hours: String(H) });
  const hours = usage.value;
  const main = (unitPrice: Decimal | null) => ({
    quantity: hours.instanceHours,
    unit: 'h' as const,
    unitPrice,
    unitPriceUnit: 'usd/h' as const,
  });
  const finishWith = (costs: Parameters<LineBuilder['finish']>[1], unitPrice: Decimal | null) =>
    b.finish(main(unitPrice), costs, {
      optionLabel: label,
      purchase: item.purchase,
      description,
      descriptionMessage: item.description === undefined ? describeEc2(item) : null,
    });

  const instance = ctx.prices.instance(item.instanceType);
  if (!instance) {
    const similar = similarTypes(item.instanceType, ctx.prices.instanceTypes());
    if (similar.length === 0)
      b.unavailable(item.instanceType, '', 'reason.unknownType', { type: item.instanceType });
    else
      b.unavailable(item.instanceType, '', 'reason.unknownTypeSimilar', {
        type: item.instanceType,
        similar: similar.join(', '),
      });
    return finishWith(null, null);
  }
  if (item.tenancy === 'dedicated') {
    b.unavailable({ key: 'what.dedicated', params: { type: item.instanceType } }, '', 'reason.dedicated', {
      type: item.instanceType,
    });
    return finishWith(null, null);
  }
  const os = OS_TERMS[item.os];
  const typeParams = { type: item.instanceType, os };
  const what = (option: Purchase): Message => ({
    key: 'what.ec2',
    params: { option: purchaseLabelTerm(option), type: item.instanceType, os },
  });
  const region = b.region;
  const committedHours = monthOf(H);
  const perInstance = hours.perInstanceHours;
  const warnUnused = (option: Param) => {
    if (perInstance !== null && perInstance.lessThan(committedHours))
      b.warn('warn.commitmentUnused', {
        option,
        hours: String(H),
        used: perInstance.toDecimalPlaces(2).toString(),
      });
  };

  /** On-demand and Spot: the hours at the hourly rate (plus any T Unlimited surplus), nothing upfront. */
  const payAsYouGo = (label: 'ec2.onDemand' | 'ec2.spot', hourly: Decimal) => {
    const compute = hourlyCharge(b, label, typeParams, hours, item.count, hourly);
    const surplus = surplusCharge(b, item, instance, hours);
    if (b.unpriced) return finishWith(null, hourly);
    return finishWith(
      termCosts({
        upfront: ZERO,
        monthly: plusUnlessZero(compute, surplus),
        termMonths: null,
        onDemandMonthly: null,
      }),
      hourly,
    );
  };

  switch (item.purchase.option) {
    case 'on-demand': {
      const q = b.quote(ctx.prices.onDemand(region, item.instanceType, item.os), what(item.purchase));
      if (!q) return finishWith(null, null);
      return payAsYouGo('ec2.onDemand', q.hourly);
    }
    case 'spot': {
      const q = b.quote(ctx.prices.spot(region, item.instanceType, item.os), what(item.purchase));
      if (!q) return finishWith(null, null);
      b.calc(
        'ec2.spotRate',
        { savings: String(q.savingsPct) },
        [o(q.onDemandHourly, 'usd/h'), o(dec(100 - q.savingsPct), '%')],
        q.hourly,
        'usd/h',
      );
      b.step('note', 'ec2.spotBand', { band: q.band.label });
      return payAsYouGo('ec2.spot', q.hourly);
    }
    case 'reserved':
    case 'savings-plan': {
      const purchase = item.purchase;
      const termMonths = purchase.term === '1yr' ? 12 : 36;
      const od = ctx.prices.onDemand(region, item.instanceType, item.os);
      const odRate = od.status === 'priced' ? od.hourly : null;
      const isRi = purchase.option === 'reserved';
      const quote = isRi
        ? ctx.prices.reserved({
            region,
            type: item.instanceType,
            os: item.os,
            term: purchase.term,
            offeringClass: purchase.offeringClass,
            payment: purchase.payment,
          })
        : ctx.prices.savingsPlan({
            region,
            type: item.instanceType,
            os: item.os,
            planType: purchase.planType,
            term: purchase.term,
            payment: purchase.payment,
          });
      const optionTerm = purchaseLabelTerm(purchase);
      if (quote.status === 'priced' && quote.basis === 'estimate' && !ctx.settings.allowEstimates) {
        b.unavailable(optionTerm, quote.message ?? quote.explanation, 'reason.estimateNotAllowed', {
          type: item.instanceType,
        });
        return finishWith(null, null);
      }
      const q = b.quote(quote, what(purchase));
      if (!q) return finishWith(null, null);
      if (q.basis === 'estimate') b.warn('warn.estimate', { detail: q.message ?? q.explanation });
      const n = decimalOf(item.count);
      const upfront = q.upfront.isZero()
        ? ZERO
        : b.calc(
            isRi ? 'ec2.riUpfront' : 'ec2.spUpfront',
            { label: optionTerm },
            [o(q.upfront, 'usd'), o(n, 'instances')],
            q.upfront.times(n),
          );
      const recurring = b.calc(
        isRi ? 'ec2.riRecurring' : 'ec2.spRecurring',
        { label: optionTerm },
        [o(committedHours, 'h'), o(n, 'instances'), o(q.hourly, 'usd/h')],
        committedHours.times(n).times(q.hourly),
      );
      if (!q.upfront.isZero())
        b.calc(
          'ec2.riEffective',
          { termHours: String(q.termHours) },
          [o(q.upfront, 'usd'), o(dec(q.termHours), 'h', '÷'), o(q.hourly, 'usd/h', '+')],
          q.effectiveHourly,
          'usd/h',
        );
      const unitPrice = q.effectiveHourly;
      warnUnused(optionTerm);
      let overflow = ZERO;
      if (aboveZero(hours.peakExtraHours)) {
        if (odRate === null) {
          b.unavailable(
            { key: 'what.ec2Peak', params: { type: item.instanceType, os } },
            od.status === 'unavailable' ? (od.message ?? od.reason) : '',
          );
        } else
          overflow = b.calc(
            'ec2.overflowOnDemand',
            undefined,
            [o(hours.peakExtraHours, 'h'), o(odRate, 'usd/h')],
            hours.peakExtraHours.times(odRate),
          );
      }
      const surplus = surplusCharge(b, item, instance, hours);
      if (b.unpriced) return finishWith(null, unitPrice);
      const onDemandMonthly =
        odRate === null ? null : plusUnlessZero(hours.instanceHours.times(odRate), surplus);
      return finishWith(
        termCosts({
          upfront,
          monthly: plusUnlessZero(plusUnlessZero(recurring, overflow), surplus),
          termMonths,
          onDemandMonthly,
        }),
        unitPrice,
      );
    }
  }
}
