/** S3 formulas on resolved Decimal prices. 1 GB = 2^30 bytes, 1 KB = 2^10 bytes. */
import type Decimal from 'decimal.js';
import { dec, max, ZERO } from '../../money/decimal';
import type { Tier } from '../../money/tiers';

export const KB_PER_GB = 1024 * 1024;
/** Standard storage tiers: first 50 TB, next 450 TB, over 500 TB (in GB). */
export const STANDARD_TIER_BOUNDS_GB = [51_200, 512_000] as const;

/** the same bounds as Decimals */
export const STANDARD_BOUNDS: readonly Decimal[] = STANDARD_TIER_BOUNDS_GB.map((gb) => dec(gb));
const BOUNDS = STANDARD_BOUNDS;

export function standardTiers(tier1: Decimal, tier2: Decimal | null, tier3: Decimal | null): Tier[] {
  return [
    { upTo: BOUNDS[0] ?? null, price: tier1 },
    { upTo: BOUNDS[1] ?? null, price: tier2 ?? ZERO },
    { upTo: null, price: tier3 ?? ZERO },
  ];
}

/** GB-months from periods of constant storage: Σ GB × hours ÷ hours in the month. */
export function gbMonths(periods: readonly { gb: Decimal; hours: Decimal }[], monthHours: Decimal): Decimal {
  return periods.reduce((acc, p) => acc.plus(p.gb.times(p.hours)), ZERO).dividedBy(monthHours);
}

/** Extra GB billed because objects smaller than the class minimum are billed at the minimum size. */
export function minimumSizePaddingGB(objects: Decimal, averageKB: Decimal, minimumKB: number): Decimal {
  return objects.times(max(ZERO, dec(minimumKB).minus(averageKB))).dividedBy(KB_PER_GB);
}

/**
 * Early-delete GB-months when objects are deleted after `retentionDays` but the class bills at least
 * `minimumDays`: the stored data turns over every `retentionDays`, and each GB deleted early is billed
 * for the remaining days: GB × (minimum − retention) ÷ retention.
 */
export function earlyDeleteGbMonths(storedGB: Decimal, retentionDays: Decimal, minimumDays: number): Decimal {
  const short = dec(minimumDays).minus(retentionDays);
  if (!short.greaterThan(0)) return ZERO;
  return storedGB.times(short).dividedBy(retentionDays);
}

/** Glacier Flexible Retrieval and Deep Archive: 8 KB per object at the Standard rate + 32 KB at the class rate. */
export function archiveOverheadGB(objects: Decimal): { standardGB: Decimal; archiveGB: Decimal } {
  return {
    standardGB: objects.times(8).dividedBy(KB_PER_GB),
    archiveGB: objects.times(32).dividedBy(KB_PER_GB),
  };
}
