/** Data transfer formulas on resolved Decimal prices. */
import type Decimal from 'decimal.js';
import { dec, max, min, ZERO } from '../../money/decimal';
import type { Tier } from '../../money/tiers';

/** Internet out tiers after the free allowance: first 10 TB, next 40 TB, next 100 TB, over 150 TB (GB). */
export const INTERNET_OUT_TIER_BOUNDS_GB = [10_240, 51_200, 153_600] as const;

/** the same bounds as Decimals */
export const INTERNET_OUT_BOUNDS: readonly Decimal[] = INTERNET_OUT_TIER_BOUNDS_GB.map((gb) => dec(gb));
const BOUNDS = INTERNET_OUT_BOUNDS;

export function internetOutTiers(prices: readonly [Decimal, Decimal, Decimal, Decimal]): Tier[] {
  return [
    { upTo: BOUNDS[0] ?? null, price: prices[0] },
    { upTo: BOUNDS[1] ?? null, price: prices[1] },
    { upTo: BOUNDS[2] ?? null, price: prices[2] },
    { upTo: null, price: prices[3] },
  ];
}

/** How much of `quantity` an allowance of `allowance` (of which `used` is gone) covers. */
export function allowanceCovers(quantity: Decimal, allowance: Decimal, used: Decimal): Decimal {
  // used up: nothing left (the same zero the general case gives, without three more Decimals)
  if (used.greaterThanOrEqualTo(allowance)) return ZERO;
  return min(quantity, max(ZERO, allowance.minus(used)));
}

const US_REGIONS = new Set(['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2']);
/** us-east-1 has a cheaper rate to the other US regions. */
export function interRegionKey(
  source: string,
  destination: string,
): 'inter-region.out' | 'inter-region.out-us' {
  return source === 'us-east-1' && US_REGIONS.has(destination) ? 'inter-region.out-us' : 'inter-region.out';
}
