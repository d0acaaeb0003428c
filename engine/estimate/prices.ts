/**
 * What the calculators need from a price snapshot. `pricesFromSnapshot` binds it to the bundled tables;
 * tests can pass any object of this shape.
 */
import type {
  InstanceType,
  OperatingSystem,
  PaymentOption,
  Region,
  RiClass,
  RiTerm,
  S3StorageClass,
  SavingsPlanType,
} from '../../pricing-data/schema';
import type { CuratedQuote, PriceQuote, RiQuote, SpotQuote } from '../prices/quotes';

export type CuratedService = 'ebs' | 's3' | 'data-transfer' | 'lambda';

export interface ReservedQuery {
  region: Region;
  type: string;
  os: OperatingSystem;
  term: RiTerm;
  offeringClass: RiClass;
  payment: PaymentOption;
}

export interface SavingsPlanQuery {
  region: Region;
  type: string;
  os: OperatingSystem;
  planType: SavingsPlanType;
  term: RiTerm;
  payment: PaymentOption;
}

export interface S3ClassRule {
  minStorageDays: number;
  minBillableObjectKB: number;
}

export interface Prices {
  readonly snapshotId: string;
  readonly snapshotDate: string;
  instance(type: string): InstanceType | undefined;
  /** every catalogue type name, for suggestions when a name is not one of them */
  instanceTypes(): readonly string[];
  onDemand(region: Region, type: string, os: OperatingSystem): PriceQuote;
  spot(region: Region, type: string, os: OperatingSystem): SpotQuote;
  reserved(query: ReservedQuery): RiQuote;
  /** per-instance rate; upfront/hourly split by payment option */
  savingsPlan(query: SavingsPlanQuery): RiQuote;
  curated(service: CuratedService, region: Region, key: string): CuratedQuote;
  /** T Unlimited surplus credits, USD per vCPU-hour */
  tSurplusRate(os: OperatingSystem): CuratedQuote;
  s3ClassRule(storageClass: S3StorageClass): S3ClassRule | undefined;
}
