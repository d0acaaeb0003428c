/**
 * Tiered prices. A tier schedule is a list of [upTo, price] with ascending bounds (null = no bound).
 * `tieredCost(tiers, from, quantity)` prices `quantity` units starting after `from` units already used
 * (for allowances and tiers shared by several lines), and returns the part of each tier used.
 */
import Decimal from 'decimal.js';
import { ZERO } from './decimal';

export interface Tier<P = Decimal> {
  readonly upTo: Decimal | null;
  readonly price: P;
}

export interface TierPart<P = Decimal> {
  readonly index: number;
  readonly from: Decimal;
  readonly to: Decimal;
  readonly quantity: Decimal;
  readonly price: P;
  readonly amount: Decimal;
}

export function tieredCost(
  tiers: readonly Tier[],
  from: Decimal,
  quantity: Decimal,
): { amount: Decimal; parts: TierPart[] } {
  const parts: TierPart[] = [];
  let amount = ZERO;
  let lower = ZERO;
  const end = from.plus(quantity);
  tiers.forEach((tier, index) => {
    const upper = tier.upTo;
    const start = lower.greaterThan(from) ? lower : from;
    const stop = upper === null || end.lessThan(upper) ? end : upper;
    if (stop.greaterThan(start)) {
      const q = stop.minus(start);
      const a = q.times(tier.price);
      parts.push({ index, from: start, to: stop, quantity: q, price: tier.price, amount: a });
      amount = amount.plus(a);
    }
    if (upper !== null) lower = upper;
  });
  const last = tiers[tiers.length - 1];
  if (last && last.upTo !== null && end.greaterThan(last.upTo))
    throw new Error(`quantity ${end.toString()} is beyond the last tier (${last.upTo.toString()})`);
  return { amount, parts };
}
