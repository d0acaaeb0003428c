import Decimal from 'decimal.js';
import type {
  PaymentOption,
  RiClass,
  RiTerm,
  SavingsPlanType,
  TypicalDiscount,
  TypicalDiscounts,
} from '../../pricing-data/schema';
import type { M5Card, X2iednCard } from './parse-rate-cards';
import { SOURCE_ID } from './sources';

const TERM_HOURS: Record<RiTerm, number> = { '1yr': 8760, '3yr': 26280 };
const TERMS: readonly RiTerm[] = ['1yr', '3yr'];
const CLASSES: readonly RiClass[] = ['standard', 'convertible'];
const PAYMENTS: readonly PaymentOption[] = ['no-upfront', 'partial-upfront', 'all-upfront'];
const DECIMALS = 4;

/** Savings Plans have no card here: each plan type borrows the RI class AWS compares it with. */
const PLAN_LIKE: Record<SavingsPlanType, RiClass> = { 'ec2-instance': 'standard', compute: 'convertible' };

function median(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  const lower = sorted[sorted.length % 2 ? mid : mid - 1];
  if (!upper || !lower) throw new Error('median of no values');
  return upper.plus(lower).dividedBy(2);
}

function fraction(value: Decimal): string {
  return value.toDecimalPlaces(DECIMALS, Decimal.ROUND_HALF_UP).toFixed();
}

export type TypicalDiscountsResult = { table: TypicalDiscounts; report: string[] };

/**
 * Typical discount per RI class / term / payment: the median over the exact cards of
 * 1 − effective hourly ÷ on-demand hourly (x2iedn.32xlarge Linux in each region, m5.large us-east-1).
 * The upfront share comes from the m5.large card, the only one that splits upfront and hourly.
 */
export function deriveTypicalDiscounts(m5: M5Card, x2iedn: X2iednCard): TypicalDiscountsResult {
  const report: string[] = [];
  const reserved: TypicalDiscount[] = [];
  const m5OnDemand = new Decimal(m5.onDemandHourly);
  for (const offeringClass of CLASSES) {
    for (const term of TERMS) {
      for (const payment of PAYMENTS) {
        const hours = TERM_HOURS[term];
        const samples: Decimal[] = [];
        for (const rate of x2iedn.rates) {
          if (rate.shape !== 'effective' || rate.os !== 'linux') continue;
          if (rate.term !== term || rate.offeringClass !== offeringClass || rate.payment !== payment)
            continue;
          const onDemand = x2iedn.onDemand.get(rate.region)?.linux;
          if (!onDemand) throw new Error(`x2iedn card: no Linux on-demand price for ${rate.region}`);
          samples.push(new Decimal(1).minus(new Decimal(rate.effectiveHourly).dividedBy(onDemand)));
        }
        const m5Rate = m5.rates.find(
          (r) =>
            r.shape === 'split' &&
            r.term === term &&
            r.offeringClass === offeringClass &&
            r.payment === payment,
        );
        if (!m5Rate || m5Rate.shape !== 'split')
          throw new Error(`m5.large card: no ${term} ${offeringClass} ${payment} rate`);
        const upfront = new Decimal(m5Rate.upfront);
        const recurring = new Decimal(m5Rate.hourly).times(hours);
        const m5Effective = upfront.dividedBy(hours).plus(m5Rate.hourly);
        samples.push(new Decimal(1).minus(m5Effective.dividedBy(m5OnDemand)));
        const discount = median(samples);
        const upfrontShare = upfront.dividedBy(upfront.plus(recurring));
        const min = Decimal.min(...samples);
        const max = Decimal.max(...samples);
        report.push(
          `typical discount ${offeringClass} ${term} ${payment}: median ${fraction(discount)} of ${samples.length} cards (range ${fraction(min)}–${fraction(max)}), upfront share ${fraction(upfrontShare)}`,
        );
        reserved.push({
          kind: 'reserved',
          offeringClass,
          planType: null,
          term,
          payment,
          discount: fraction(discount),
          upfrontShare: fraction(upfrontShare),
          samples: samples.length,
          method: `Derived estimate, not a price: median over ${samples.length} exact cards (x2iedn.32xlarge Linux in ${samples.length - 1} regions, ec2instances.info 2026-07-20; m5.large us-east-1, AWS Pricing API 2021) of 1 − effective hourly ÷ on-demand hourly, effective = upfront ÷ ${hours} h + hourly; upfront share = upfront ÷ (upfront + hourly × ${hours} h) of the m5.large card; rounded to ${DECIMALS} decimals (samples ranged ${fraction(min)}–${fraction(max)}).`,
        });
      }
    }
  }
  const savingsPlans: TypicalDiscount[] = [];
  for (const planType of ['ec2-instance', 'compute'] as const) {
    const like = PLAN_LIKE[planType];
    for (const row of reserved.filter((r) => r.offeringClass === like)) {
      savingsPlans.push({
        ...row,
        kind: 'savings-plan',
        offeringClass: null,
        planType,
        method:
          planType === 'ec2-instance'
            ? `Estimate only: no Savings Plan rate card is bundled. AWS markets EC2 Instance Savings Plans at up to 72% off, like Standard RIs, so this copies the Standard RI ${row.term} ${row.payment} estimate (${row.discount}). ${row.method}`
            : `Estimate only: no Savings Plan rate card is bundled. AWS markets Compute Savings Plans at up to 66% off, like Convertible RIs, so this copies the Convertible RI ${row.term} ${row.payment} estimate (${row.discount}). ${row.method}`,
      });
    }
  }
  return {
    table: {
      table: 'typical-discounts-estimate',
      label:
        'ESTIMATE: typical discounts versus on-demand derived from two exact rate cards; use only where no exact rate exists and show it as an estimate',
      sources: [SOURCE_ID.x2iedn, SOURCE_ID.m5Large],
      discounts: [...reserved, ...savingsPlans],
    },
    report,
  };
}
