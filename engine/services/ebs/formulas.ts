/** EBS formulas on resolved Decimal prices. EBS bills per second on a 30-day (720 h) month. */
import Decimal from 'decimal.js';
import { dec, min, ZERO } from '../../money/decimal';
import { tieredCost, type Tier } from '../../money/tiers';
import { dividedByExact } from '../amounts';

export const EBS_MONTH_HOURS = 720;
export const GP3_INCLUDED_IOPS = 3000;
export const GP3_INCLUDED_THROUGHPUT = 125;
export const IO2_TIER_BOUNDS = [32_000, 64_000] as const;

/** Share of a month a volume exists: hours ÷ 720 (capped at one month); a whole month when hours are not given. */
const ONE = dec(1);
export function monthFraction(hours: number | undefined): Decimal {
  if (hours === undefined) return ONE;
  return min(ONE, dec(hours).dividedBy(EBS_MONTH_HOURS));
}

export function storageCost(
  sizeGB: Decimal,
  pricePerGbMonth: Decimal,
  fraction: Decimal,
  count: number,
): Decimal {
  return sizeGB.times(pricePerGbMonth).times(fraction).times(count);
}

/** Units above an included amount (gp3 IOPS above 3,000, throughput above 125 MB/s). */
export function aboveIncluded(provisioned: number | undefined, included: number): Decimal {
  if (provisioned === undefined || provisioned <= included) return ZERO;
  return dec(provisioned).minus(included);
}

/** io2 provisioned IOPS are tiered per volume: up to 32,000; 32,001–64,000; above 64,000. */
export function io2IopsTiers(tier1: Decimal, tier2: Decimal, tier3: Decimal | null): Tier[] {
  return [
    { upTo: dec(IO2_TIER_BOUNDS[0]), price: tier1 },
    { upTo: dec(IO2_TIER_BOUNDS[1]), price: tier2 },
    { upTo: null, price: tier3 ?? dec(0) },
  ];
}

export function io2IopsCost(iops: number, tiers: readonly Tier[]) {
  return tieredCost(tiers, ZERO, dec(iops));
}

/**
 * Snapshot GB-months in steady state for daily snapshots kept `retentionDays`: the first full copy all
 * month, plus each day's changed blocks charged for the part of the 30-day month they are kept
 * (30 increments × change × (retention − 1) ÷ 30: the newest snapshot's blocks belong to the full copy).
 */
const THIRTY = dec(30);
export function snapshotGbMonths(initialGB: Decimal, dailyChangePercent: number, retentionDays: number) {
  const dailyChangeGB = dividedByExact(initialGB.times(dailyChangePercent), 100);
  const keptDays = dec(retentionDays - 1);
  // when 30 × change × days fits the precision nothing rounds, and ÷ 30 gives change × days exactly
  const exact = dailyChangeGB.precision() + keptDays.precision() + 2 <= Decimal.precision;
  const incrementsGbMonths = exact
    ? dailyChangeGB.times(keptDays)
    : THIRTY.times(dailyChangeGB).times(keptDays).dividedBy(THIRTY);
  return { dailyChangeGB, keptDays, incrementsGbMonths, total: initialGB.plus(incrementsGbMonths) };
}
