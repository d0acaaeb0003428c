/** Data transfer formulas on resolved Decimal prices. */
import type Decimal from 'decimal.js';
import { dec, max, min, ZERO } from '../../money/decimal';
import type { Tier } from '../../money/tiers';

/** Internet out tiers after the free allowance: first 10 TB, next 40 TB, next 100 TB, over 150 TB (GB). */
export const INTERNET_OUT_TIER_BOUNDS_GB = [10_240, 51_200, 153_600] as const;

export function internetOutTiers(prices: readonly [Decimal, Decimal, Decimal, Decimal]): Tier[] {
  return [
    { upTo: dec(INTERNET_OUT_TIER_BOUNDS_GB[0]), price: prices[0] },
    { upTo: dec(INTERNET_OUT_TIER_BOUNDS_GB[1]), price: prices[1] },
    { upTo: dec(INTERNET_OUT_TIER_BOUNDS_GB[2]), price: prices[2] },
    { upTo: null, price: prices[3] },
  ];
}

/** How much of `quantity` an allowance of `allowance` (of which `used` is gone) covers. */
export function allowanceCovers(quantity: Decimal, allowance: Decimal, used: Decimal): Decimal {
  return min(quantity, max(ZERO, allowance.minus(used)));
}

/** How many tiers a range [from, from + quantity) reaches (1-based count), to look up only the prices needed. */
export function tiersReached(bounds: readonly number[], from: Decimal, quantity: Decimal): number {
  const end = from.plus(quantity);
  let reached = 1;
  for (const bound of bounds) if (end.greaterThan(bound)) reached++;
  return reached;
}

const US_REGIONS = new Set(['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2']);
/** us-east-1 has a cheaper rate to the other US regions. */
export function interRegionKey(
  source: string,
  destination: string,
): 'inter-region.out' | 'inter-region.out-us' {
  return source === 'us-east-1' && US_REGIONS.has(destination) ? 'inter-region.out-us' : 'inter-region.out';
}
