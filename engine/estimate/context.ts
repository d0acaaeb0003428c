/**
 * State shared by the lines of one estimate, consumed in line order: the free allowances (internet out
 * 100 GB, Lambda 1M requests and 400,000 GB-s per month, all aggregated across the estimate) and the
 * volume tiers (internet out and S3 Standard, per region).
 */
import type Decimal from 'decimal.js';
import type { Region } from '../../pricing-data/schema';
import { ZERO } from '../money/decimal';
import type { ScenarioSettings } from '../scenario/schema';
import type { Prices } from './prices';

/** Every value of the shared state at one point of the line order. */
export interface AllowanceState {
  readonly transferFreeUsedGB: Decimal;
  readonly lambdaFreeRequestsUsed: Decimal;
  readonly lambdaFreeGbSecondsUsed: Decimal;
  readonly internetOutByRegion: ReadonlyMap<Region, Decimal>;
  readonly s3StandardByRegion: ReadonlyMap<Region, Decimal>;
}

/** The parts of the state, as bits of `Allowances.touched`. */
export const ALLOWANCE_PART = {
  transferFree: 1,
  lambdaRequests: 2,
  lambdaGbSeconds: 4,
  internetOut: 8,
  s3Standard: 16,
} as const;
const P = ALLOWANCE_PART;

export class Allowances {
  /**
   * The parts read or changed since it was last set to 0 (bits of ALLOWANCE_PART): a line that touches
   * none is independent of the lines before it.
   */
  touched = 0;
  private transferFree: Decimal = ZERO;
  private lambdaRequests: Decimal = ZERO;
  private lambdaGbSeconds: Decimal = ZERO;
  // replaced, never changed in place, so a state() taken earlier stays as it was
  private internetOutByRegion: ReadonlyMap<Region, Decimal> = new Map();
  private s3StandardByRegion: ReadonlyMap<Region, Decimal> = new Map();

  get transferFreeUsedGB(): Decimal {
    this.touched |= P.transferFree;
    return this.transferFree;
  }
  set transferFreeUsedGB(value: Decimal) {
    this.touched |= P.transferFree;
    this.transferFree = value;
  }
  get lambdaFreeRequestsUsed(): Decimal {
    this.touched |= P.lambdaRequests;
    return this.lambdaRequests;
  }
  set lambdaFreeRequestsUsed(value: Decimal) {
    this.touched |= P.lambdaRequests;
    this.lambdaRequests = value;
  }
  get lambdaFreeGbSecondsUsed(): Decimal {
    this.touched |= P.lambdaGbSeconds;
    return this.lambdaGbSeconds;
  }
  set lambdaFreeGbSecondsUsed(value: Decimal) {
    this.touched |= P.lambdaGbSeconds;
    this.lambdaGbSeconds = value;
  }

  internetOutSoFar(region: Region): Decimal {
    this.touched |= P.internetOut;
    return this.internetOutByRegion.get(region) ?? ZERO;
  }
  addInternetOut(region: Region, gb: Decimal): void {
    this.internetOutByRegion = withValue(
      this.internetOutByRegion,
      region,
      this.internetOutSoFar(region).plus(gb),
    );
  }
  s3StandardSoFar(region: Region): Decimal {
    this.touched |= P.s3Standard;
    return this.s3StandardByRegion.get(region) ?? ZERO;
  }
  addS3Standard(region: Region, gb: Decimal): void {
    this.s3StandardByRegion = withValue(
      this.s3StandardByRegion,
      region,
      this.s3StandardSoFar(region).plus(gb),
    );
  }

  /** The current state; later lines do not change it. Does not count as touching. */
  state(): AllowanceState {
    return {
      transferFreeUsedGB: this.transferFree,
      lambdaFreeRequestsUsed: this.lambdaRequests,
      lambdaFreeGbSecondsUsed: this.lambdaGbSeconds,
      internetOutByRegion: this.internetOutByRegion,
      s3StandardByRegion: this.s3StandardByRegion,
    };
  }
  /** Sets the `parts` (bits of ALLOWANCE_PART) to their values in `state`, e.g. as a reused line left them. */
  restore(state: AllowanceState, parts: number): void {
    if (parts & P.transferFree) this.transferFree = state.transferFreeUsedGB;
    if (parts & P.lambdaRequests) this.lambdaRequests = state.lambdaFreeRequestsUsed;
    if (parts & P.lambdaGbSeconds) this.lambdaGbSeconds = state.lambdaFreeGbSecondsUsed;
    if (parts & P.internetOut) this.internetOutByRegion = state.internetOutByRegion;
    if (parts & P.s3Standard) this.s3StandardByRegion = state.s3StandardByRegion;
  }
}

function withValue(
  map: ReadonlyMap<Region, Decimal>,
  region: Region,
  value: Decimal,
): ReadonlyMap<Region, Decimal> {
  const copy = new Map(map);
  copy.set(region, value);
  return copy;
}

/**
 * Same values (and signs) in the `parts` (bits of ALLOWANCE_PART): a line that touches only those parts
 * gets the same result from either state.
 */
export function sameAllowanceState(a: AllowanceState, b: AllowanceState, parts: number): boolean {
  return (
    (!(parts & P.transferFree) || same(a.transferFreeUsedGB, b.transferFreeUsedGB)) &&
    (!(parts & P.lambdaRequests) || same(a.lambdaFreeRequestsUsed, b.lambdaFreeRequestsUsed)) &&
    (!(parts & P.lambdaGbSeconds) || same(a.lambdaFreeGbSecondsUsed, b.lambdaFreeGbSecondsUsed)) &&
    (!(parts & P.internetOut) || sameMap(a.internetOutByRegion, b.internetOutByRegion)) &&
    (!(parts & P.s3Standard) || sameMap(a.s3StandardByRegion, b.s3StandardByRegion))
  );
}

const same = (a: Decimal, b: Decimal) => a === b || (a.equals(b) && a.isNegative() === b.isNegative());

function sameMap(a: ReadonlyMap<Region, Decimal>, b: ReadonlyMap<Region, Decimal>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [region, value] of a) {
    const other = b.get(region);
    if (!other || !same(value, other)) return false;
  }
  return true;
}

export interface PricingContext {
  readonly prices: Prices;
  readonly settings: ScenarioSettings;
  readonly defaultRegion: Region;
  readonly allowances: Allowances;
}
