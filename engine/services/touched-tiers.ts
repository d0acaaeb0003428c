/**
 * Pricing only the tiers a range touches. A tier wholly below `from` or wholly above the range's end adds
 * nothing, so it is left out; the parts keep their index in the full schedule. The result is the same,
 * Decimal for Decimal, as `tieredCost(tiers, from, quantity)`, with less arithmetic once shared volume
 * (S3 Standard, internet out) has moved past the first tiers.
 */
import type Decimal from 'decimal.js';
import { tieredCost, type Tier, type TierPart } from '../money/tiers';

/** The tiers [first, last] (0-based) that [from, end) falls in, for a schedule with these upper bounds. */
export interface TouchedTiers {
  readonly end: Decimal;
  readonly first: number;
  readonly last: number;
}

export function touchedTiers(bounds: readonly Decimal[], from: Decimal, quantity: Decimal): TouchedTiers {
  const end = from.plus(quantity);
  let first = 0;
  while (first < bounds.length && from.greaterThanOrEqualTo(bounds[first] as Decimal)) first++;
  let last = first;
  while (last < bounds.length && end.greaterThan(bounds[last] as Decimal)) last++;
  return { end, first, last };
}

/** `tieredCost(tiers, from, quantity)` computed over `touched` (from touchedTiers on the tiers' bounds). */
export function tieredCostOfTouched(
  tiers: readonly Tier[],
  from: Decimal,
  quantity: Decimal,
  touched: TouchedTiers,
): { amount: Decimal; parts: TierPart[] } {
  const { first, last } = touched;
  const { amount, parts } = tieredCost(tiers.slice(first, last + 1), from, quantity);
  return {
    amount,
    parts: first === 0 ? parts : parts.map((part) => ({ ...part, index: part.index + first })),
  };
}
