import Decimal from 'decimal.js';
import type {
  OperatingSystem,
  PaymentOption,
  RiClass,
  RiRate,
  RiTerm,
  SavingsPlanType,
  TypicalDiscount,
} from '../../pricing-data/schema';
import { OS_TERMS, PURCHASE_CODE_TERMS } from '../trace/terms';
import type { Message, Param } from '../trace/types';
import type { PriceSnapshot } from './load-snapshot';
import { resolveTarget, windowsAdder } from './on-demand';
import { snapshotMessage } from './quote-messages';
import type { RiQuote } from './quotes';
import { isRegion, snapshotLabel, sourceInfo } from './snapshot-helpers';

export const TERM_HOURS: Record<RiTerm, number> = { '1yr': 8760, '3yr': 26280 };

export type ReservedQuery = {
  region: string;
  type: string;
  os: OperatingSystem;
  term: RiTerm;
  offeringClass: RiClass;
  payment: PaymentOption;
};

export type SavingsPlanQuery = {
  region: string;
  type: string;
  os: OperatingSystem;
  planType: SavingsPlanType;
  term: RiTerm;
  payment: PaymentOption;
};

const PAYMENT_WORDS: Record<PaymentOption, string> = {
  'no-upfront': 'no upfront',
  'partial-upfront': 'partial upfront',
  'all-upfront': 'all upfront',
};

type Split = { upfront: Decimal; hourly: Decimal; splitExact: boolean };

/** What a commitment quote is for: the English text (as in `explanation`) and its message. */
type What = { text: string; message: Message };

function reservedWhat(q: Omit<ReservedQuery, 'payment'> & { payment: PaymentOption }): What {
  return {
    text: `${q.term} ${q.offeringClass} RI, ${PAYMENT_WORDS[q.payment]}, ${OS_TERMS[q.os].en}, ${q.type} in ${q.region}`,
    message: {
      key: 'quote.riWhat',
      params: {
        term: PURCHASE_CODE_TERMS[q.term],
        class: PURCHASE_CODE_TERMS[q.offeringClass],
        payment: PURCHASE_CODE_TERMS[q.payment],
        os: OS_TERMS[q.os],
        type: q.type,
        region: q.region,
      },
    },
  };
}

function savingsPlanWhat(q: SavingsPlanQuery): What {
  return {
    text: `${q.term} ${q.planType} Savings Plan, ${PAYMENT_WORDS[q.payment]}, ${OS_TERMS[q.os].en}, ${q.type} in ${q.region}`,
    message: {
      key: 'quote.spWhat',
      params: {
        term: PURCHASE_CODE_TERMS[q.term],
        planType: PURCHASE_CODE_TERMS[q.planType],
        payment: PURCHASE_CODE_TERMS[q.payment],
        os: OS_TERMS[q.os],
        type: q.type,
        region: q.region,
      },
    },
  };
}

/**
 * Splits an effective hourly rate into upfront + hourly. Exact for no-upfront (upfront 0); for the other
 * options the share paid upfront comes from the typical-discounts table (all-upfront: share 1).
 */
function splitEffective(
  effective: Decimal,
  payment: PaymentOption,
  termHours: number,
  upfrontShare: Decimal,
): Split {
  const total = effective.times(termHours);
  const upfront = total.times(upfrontShare);
  return { upfront, hourly: total.minus(upfront).dividedBy(termHours), splitExact: payment === 'no-upfront' };
}

function findTypical(
  snap: PriceSnapshot,
  match: (d: TypicalDiscount) => boolean,
): TypicalDiscount | undefined {
  return snap.typicalDiscounts.discounts.find(match);
}

function exactRate(snap: PriceSnapshot, q: ReservedQuery): RiRate | undefined {
  return snap.reserved.rates.find(
    (r) =>
      r.region === q.region &&
      r.type === q.type &&
      r.os === q.os &&
      r.tenancy === 'shared' &&
      r.term === q.term &&
      r.offeringClass === q.offeringClass &&
      r.payment === q.payment,
  );
}

function quoteExact(snap: PriceSnapshot, rate: RiRate, typical: TypicalDiscount | undefined): RiQuote {
  const termHours = TERM_HOURS[rate.term];
  const source = sourceInfo(snap, rate.source);
  const what = reservedWhat(rate);
  if (rate.shape === 'split') {
    const upfront = new Decimal(rate.upfront);
    const hourly = new Decimal(rate.hourly);
    return {
      status: 'priced',
      upfront,
      hourly,
      effectiveHourly: upfront.dividedBy(termHours).plus(hourly),
      termHours,
      splitExact: true,
      ...source,
      confidence: 'high',
      basis: 'exact',
      explanation: `${what.text}: upfront ${rate.upfront} + ${rate.hourly}/h (${source.sourceTitle})`,
      message: {
        key: 'quote.riSplit',
        params: {
          what: what.message,
          upfront: rate.upfront,
          hourly: rate.hourly,
          source: source.sourceTitle,
        },
      },
    };
  }
  const effective = new Decimal(rate.effectiveHourly);
  const share =
    rate.payment === 'no-upfront'
      ? new Decimal(0)
      : rate.payment === 'all-upfront'
        ? new Decimal(1)
        : undefined;
  const upfrontShare = share ?? (typical ? new Decimal(typical.upfrontShare) : undefined);
  if (!upfrontShare) {
    return {
      status: 'unavailable',
      reason: `${what.text}: no upfront share to split the effective rate ${rate.effectiveHourly}/h`,
      message: { key: 'reason.noUpfrontShare', params: { what: what.message, rate: rate.effectiveHourly } },
    };
  }
  const split = splitEffective(effective, rate.payment, termHours, upfrontShare);
  const splitNote = split.splitExact
    ? 'no upfront'
    : `upfront/hourly split estimated with upfront share ${upfrontShare.toString()} (the source gives only the effective rate)`;
  const splitMessage: Message = split.splitExact
    ? { key: 'quote.noUpfront' }
    : { key: 'quote.splitEstimated', params: { share: upfrontShare.toString() } };
  return {
    status: 'priced',
    ...split,
    effectiveHourly: effective,
    termHours,
    ...source,
    confidence: 'high',
    basis: 'exact',
    explanation: `${what.text}: effective ${rate.effectiveHourly}/h (${source.sourceTitle}); ${splitNote}`,
    message: {
      key: 'quote.riEffective',
      params: {
        what: what.message,
        rate: rate.effectiveHourly,
        source: source.sourceTitle,
        split: splitMessage,
      },
    },
  };
}

/** Linux on-demand rate the estimates discount from, or the reason there is none. */
function onDemandBase(snap: PriceSnapshot, region: string, type: string) {
  const rate = isRegion(region) ? snap.onDemand.regions[region]?.[type] : undefined;
  return rate;
}

function quoteEstimate(
  snap: PriceSnapshot,
  q: { region: string; type: string; os: OperatingSystem; term: RiTerm; payment: PaymentOption },
  typical: TypicalDiscount | undefined,
  what: What,
): RiQuote {
  const target = resolveTarget(snap, q.region, q.type);
  if ('status' in target) return target;
  if (!typical)
    return {
      status: 'unavailable',
      reason: `${what.text}: no typical discount in ${snapshotLabel(snap)}`,
      message: {
        key: 'reason.noTypicalDiscount',
        params: { what: what.message, snapshot: snapshotMessage(snap) },
      },
    };
  const base = onDemandBase(snap, q.region, q.type);
  if (!base) {
    return {
      status: 'unavailable',
      reason: `${what.text}: no exact rate and no on-demand Linux price for ${q.type} in ${q.region} to estimate from (${snapshotLabel(snap)})`,
      message: {
        key: 'reason.noEstimateBase',
        params: { what: what.message, type: q.type, region: q.region, snapshot: snapshotMessage(snap) },
      },
    };
  }
  const termHours = TERM_HOURS[q.term];
  const discount = new Decimal(typical.discount);
  const linuxEffective = new Decimal(base.hourly).times(new Decimal(1).minus(discount));
  let effective = linuxEffective;
  let licence = '';
  let licenceParam: Param = '';
  if (q.os === 'windows') {
    const adder = windowsAdder(snap, target.instance, q.region);
    if ('status' in adder) return adder;
    effective = linuxEffective.plus(adder.perHour);
    licence = ` + ${adder.explanation} (licence not discounted)`;
    licenceParam = { key: 'quote.licenceNotDiscounted', params: { adder: adder.message } };
  }
  const split = splitEffective(effective, q.payment, termHours, new Decimal(typical.upfrontShare));
  const table = sourceInfo(snap, 'derived-typical-discounts');
  return {
    status: 'priced',
    ...split,
    splitExact: false,
    effectiveHourly: effective,
    termHours,
    ...table,
    confidence: 'low',
    basis: 'estimate',
    explanation: `ESTIMATE, no exact rate in ${snapshotLabel(snap)}: ${what.text}: Linux on-demand ${base.hourly}/h × (1 − typical discount ${typical.discount})${licence}; upfront share ${typical.upfrontShare} (${typical.samples} sample cards)`,
    message: {
      key: 'quote.estimate',
      params: {
        snapshot: snapshotMessage(snap),
        what: what.message,
        rate: base.hourly,
        discount: typical.discount,
        licence: licenceParam,
        share: typical.upfrontShare,
        samples: String(typical.samples),
      },
    },
  };
}

/** Reserved Instance rate: the exact card when the snapshot has one, else a labelled estimate, else unavailable. */
export function reservedRate(snap: PriceSnapshot, q: ReservedQuery): RiQuote {
  const target = resolveTarget(snap, q.region, q.type);
  if ('status' in target) return target;
  const typical = findTypical(
    snap,
    (d) =>
      d.kind === 'reserved' &&
      d.offeringClass === q.offeringClass &&
      d.term === q.term &&
      d.payment === q.payment,
  );
  const exact = exactRate(snap, q);
  if (exact) return quoteExact(snap, exact, typical);
  return quoteEstimate(snap, q, typical, reservedWhat(q));
}

/** Savings Plan rate: exact when the snapshot has one, else a labelled estimate, else unavailable. */
export function savingsPlanRate(snap: PriceSnapshot, q: SavingsPlanQuery): RiQuote {
  const target = resolveTarget(snap, q.region, q.type);
  if ('status' in target) return target;
  const termHours = TERM_HOURS[q.term];
  const what = savingsPlanWhat(q);
  const exact = snap.savingsPlans.rates.find(
    (r) =>
      r.region === q.region &&
      r.type === q.type &&
      r.os === q.os &&
      r.planType === q.planType &&
      r.term === q.term &&
      r.payment === q.payment,
  );
  const typical = findTypical(
    snap,
    (d) =>
      d.kind === 'savings-plan' && d.planType === q.planType && d.term === q.term && d.payment === q.payment,
  );
  if (exact) {
    const effective = new Decimal(exact.hourly);
    const share =
      q.payment === 'no-upfront' ? new Decimal(0) : q.payment === 'all-upfront' ? new Decimal(1) : undefined;
    const upfrontShare = share ?? (typical ? new Decimal(typical.upfrontShare) : new Decimal(0));
    const source = sourceInfo(snap, exact.source);
    return {
      status: 'priced',
      ...splitEffective(effective, q.payment, termHours, upfrontShare),
      effectiveHourly: effective,
      termHours,
      ...source,
      confidence: 'high',
      basis: 'exact',
      explanation: `${what.text}: ${exact.hourly}/h (${source.sourceTitle})`,
      message: {
        key: 'quote.spExact',
        params: { what: what.message, rate: exact.hourly, source: source.sourceTitle },
      },
    };
  }
  return quoteEstimate(snap, q, typical, what);
}
