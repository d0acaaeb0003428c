/** What the mappers extract from offer files, before it is merged into a snapshot's tables. */
import type {
  OperatingSystem,
  PaymentOption,
  Region,
  RiClass,
  RiTerm,
  SavingsPlanType,
} from '../../../pricing-data/schema';
import type { Where } from './offer-model';

export type ImportedPrice = { price: string; where: Where };

export type PricedInstance = { type: string; os: OperatingSystem; tenancy: 'shared' | 'dedicated' };

export type ImportedReservedRate = PricedInstance & {
  term: RiTerm;
  offeringClass: RiClass;
  payment: PaymentOption;
  upfront: string;
  hourly: string;
  where: Where;
};

/** A price for one curated item key (ebs, s3, data-transfer, lambda tables). */
export type ServiceItemPrice = ImportedPrice & { key: string; unit: string };
export type EbsItemPrice = ServiceItemPrice;

export type Ec2Import = {
  region: Region;
  publicationDate: string | undefined;
  /** Linux, shared tenancy: instance type → hourly */
  onDemandLinux: Map<string, ImportedPrice>;
  /** Windows, licence included, no pre-installed software, shared tenancy: instance type → hourly */
  onDemandWindows: Map<string, ImportedPrice>;
  reserved: ImportedReservedRate[];
  /** SKU → the instance it prices, for joining Savings Plans rates */
  skus: Map<string, PricedInstance>;
  ebs: Map<string, EbsItemPrice>;
};

export type ImportedSavingsPlanRate = {
  type: string;
  os: OperatingSystem;
  planType: SavingsPlanType;
  term: RiTerm;
  payment: PaymentOption;
  hourly: string;
  where: Where;
};

export type SavingsPlansImport = {
  region: Region;
  publicationDate: string | undefined;
  rates: ImportedSavingsPlanRate[];
};

/** Items of one curated service table (s3, data-transfer, lambda) for one region. */
export type ServiceImport = {
  region: Region;
  publicationDate: string | undefined;
  items: Map<string, ServiceItemPrice>;
};
