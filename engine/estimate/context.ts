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

export class Allowances {
  transferFreeUsedGB: Decimal = ZERO;
  lambdaFreeRequestsUsed: Decimal = ZERO;
  lambdaFreeGbSecondsUsed: Decimal = ZERO;
  private readonly internetOutByRegion = new Map<Region, Decimal>();
  private readonly s3StandardByRegion = new Map<Region, Decimal>();

  internetOutSoFar(region: Region): Decimal {
    return this.internetOutByRegion.get(region) ?? ZERO;
  }
  addInternetOut(region: Region, gb: Decimal): void {
    this.internetOutByRegion.set(region, this.internetOutSoFar(region).plus(gb));
  }
  s3StandardSoFar(region: Region): Decimal {
    return this.s3StandardByRegion.get(region) ?? ZERO;
  }
  addS3Standard(region: Region, gb: Decimal): void {
    this.s3StandardByRegion.set(region, this.s3StandardSoFar(region).plus(gb));
  }
}

export interface PricingContext {
  readonly prices: Prices;
  readonly settings: ScenarioSettings;
  readonly defaultRegion: Region;
  readonly allowances: Allowances;
}
