/**
 * Hourly rates for one region, OS and purchase option, looked up once per type and memoized: a fleet of
 * 1,000 instances prices each catalogue type once. Commitments (RI, Savings Plans) bill every hour of the
 * month whether the instance runs or not; on-demand and Spot bill the hours it runs.
 */
import type Decimal from 'decimal.js';
import type { InstanceType, OperatingSystem, Region } from '../../pricing-data/schema';
import type { Prices } from '../estimate/prices';
import type { Purchase } from '../scenario/schema';

export type Basis = 'exact' | 'derived-rule' | 'estimate';

export type Rate =
  | { status: 'priced'; hourly: Decimal; committed: boolean; basis: Basis; explanation: string }
  | { status: 'unavailable'; reason: string };

export function purchaseKey(p: Purchase): string {
  switch (p.option) {
    case 'on-demand':
    case 'spot':
      return p.option;
    case 'reserved':
      return `reserved ${p.offeringClass} ${p.term} ${p.payment}`;
    case 'savings-plan':
      return `savings-plan ${p.planType} ${p.term} ${p.payment}`;
  }
}

export class PriceBook {
  private readonly rates = new Map<string, Rate>();
  private readonly sorted = new Map<string, { type: InstanceType; hourly: Decimal }[]>();

  constructor(
    readonly prices: Prices,
    readonly os: OperatingSystem,
    readonly allowEstimates: boolean,
  ) {}

  rate(region: Region, type: string, purchase: Purchase): Rate {
    const key = `${region}|${purchaseKey(purchase)}|${type}`;
    let rate = this.rates.get(key);
    if (!rate) {
      rate = this.lookup(region, type, purchase);
      this.rates.set(key, rate);
    }
    return rate;
  }

  /** Monthly cost of one instance running `instanceHours` a month (commitments: `monthHours`). */
  monthly(rate: Rate & { status: 'priced' }, instanceHours: number, monthHours: number): Decimal {
    return rate.hourly.times(rate.committed ? monthHours : instanceHours);
  }

  /** Every priced type of the catalogue for this option, cheapest first (ties by name). */
  ranked(region: Region, catalogue: readonly InstanceType[], purchase: Purchase) {
    const key = `${region}|${purchaseKey(purchase)}`;
    let list = this.sorted.get(key);
    if (!list) {
      list = [];
      for (const type of catalogue) {
        const rate = this.rate(region, type.type, purchase);
        if (rate.status === 'priced') list.push({ type, hourly: rate.hourly });
      }
      list.sort((a, b) => a.hourly.comparedTo(b.hourly) || (a.type.type < b.type.type ? -1 : 1));
      this.sorted.set(key, list);
    }
    return list;
  }

  private lookup(region: Region, type: string, purchase: Purchase): Rate {
    const { prices, os } = this;
    switch (purchase.option) {
      case 'on-demand': {
        const q = prices.onDemand(region, type, os);
        return q.status === 'priced'
          ? {
              status: 'priced',
              hourly: q.hourly,
              committed: false,
              basis: q.basis,
              explanation: q.explanation,
            }
          : q;
      }
      case 'spot': {
        const q = prices.spot(region, type, os);
        return q.status === 'priced'
          ? {
              status: 'priced',
              hourly: q.hourly,
              committed: false,
              basis: q.basis,
              explanation: q.explanation,
            }
          : { status: 'unavailable', reason: q.reason };
      }
      case 'reserved':
      case 'savings-plan': {
        const q =
          purchase.option === 'reserved'
            ? prices.reserved({ region, type, os, ...purchase })
            : prices.savingsPlan({ region, type, os, ...purchase });
        if (q.status !== 'priced') return q;
        if (q.basis === 'estimate' && !this.allowEstimates) {
          return {
            status: 'unavailable',
            reason: `no exact ${purchaseKey(purchase)} rate for ${type} in ${region}; estimates are off`,
          };
        }
        return {
          status: 'priced',
          hourly: q.effectiveHourly,
          committed: true,
          basis: q.basis,
          explanation: q.explanation,
        };
      }
    }
  }
}
