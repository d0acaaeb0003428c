/**
 * zod schemas for every bundled price table. The generator (tools/prices) writes tables that satisfy
 * these; the engine's loader refuses anything that does not. Prices are decimal strings with the
 * source's exact digits; `null` price means "no source: unavailable" and is never read as zero.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-gov-east-1',
  'us-gov-west-1',
  'us-west-1',
  'us-west-2',
] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

/** Decimal string as the source printed it: digits, optional fraction, no sign, no exponent. */
export const priceSchema = z
  .string()
  .regex(/^(0|[1-9]\d*)(\.\d+)?$/, 'price must be a decimal string such as "0.096"');
export type PriceString = z.infer<typeof priceSchema>;

export const sourceKindSchema = z.enum([
  'aws-page',
  'aws-api',
  'aws-doc',
  'aws-bill',
  'aws-training',
  'aws-calculator-output',
  'third-party',
  'transcribed',
  'derived-rule',
  'none',
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const confidenceSchema = z.enum(['high', 'low']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const osSchema = z.enum(['linux', 'windows']);
export type OperatingSystem = z.infer<typeof osSchema>;

export const archSchema = z.enum(['x86_64', 'arm64']);
export type Architecture = z.infer<typeof archSchema>;

export const categorySchema = z.enum([
  'general',
  'compute',
  'memory',
  'storage',
  'accelerated',
  'burstable',
  'hpc',
]);
export type InstanceCategory = z.infer<typeof categorySchema>;

/** A source reference: where figures came from. `id` is what table rows point at. */
export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  repository: z.string().optional(),
  path: z.string().optional(),
  commit: z.string().optional(),
  url: z.string().optional(),
  date: z.string().min(4),
  kind: sourceKindSchema,
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

// ---------------------------------------------------------------- EC2 catalogue

export const tCreditsSchema = z.strictObject({
  creditsPerHour: z.string().regex(/^\d+(\.\d+)?$/),
  maxBalance: z.string().regex(/^\d+(\.\d+)?$/),
  baselinePctPerVcpu: z.string().regex(/^\d+(\.\d+)?$/),
  defaultMode: z.enum(['standard', 'unlimited']),
});
export type TCredits = z.infer<typeof tCreditsSchema>;

export const instanceTypeSchema = z.strictObject({
  type: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  family: z.string().min(1),
  size: z.string().min(1),
  category: categorySchema,
  vcpu: z.number().int().positive(),
  memoryGiB: z.number().positive(),
  arch: archSchema,
  /** memoryGiB is per GPU; count 0 = a fraction of one GPU (g6f, gr6f), memoryGiB then being that share */
  gpu: z
    .strictObject({
      count: z.number().int().nonnegative(),
      model: z.string().min(1),
      manufacturer: z.string().min(1),
      memoryGiB: z.number().nonnegative(),
    })
    .nullable(),
  accelerator: z.strictObject({ count: z.number().int().positive(), name: z.string().min(1) }).nullable(),
  networkMbps: z.number().int().nonnegative().nullable(),
  ebsBandwidthMbps: z.number().int().nonnegative().nullable(),
  localNvmeGiB: z.number().int().nonnegative().nullable(),
  cpuManufacturer: z.string().nullable(),
  clockMhz: z.number().int().positive().nullable(),
  burstable: z.boolean(),
  credits: tCreditsSchema.nullable(),
});
export type InstanceType = z.infer<typeof instanceTypeSchema>;

export const ec2CatalogueSchema = z.strictObject({
  table: z.literal('ec2-catalogue'),
  sources: z.array(z.string()),
  types: z.array(instanceTypeSchema),
});
export type Ec2Catalogue = z.infer<typeof ec2CatalogueSchema>;

// ---------------------------------------------------------------- EC2 on-demand (Linux, shared tenancy)

export const onDemandRateSchema = z.strictObject({
  hourly: priceSchema,
  source: z.string(),
  confidence: confidenceSchema,
  note: z.string().optional(),
});
export type OnDemandRate = z.infer<typeof onDemandRateSchema>;

export const ec2OnDemandSchema = z.strictObject({
  table: z.literal('ec2-ondemand-linux'),
  unit: z.literal('USD per instance-hour'),
  tenancy: z.literal('shared'),
  os: z.literal('linux'),
  /** region → instance type → rate */
  regions: z.partialRecord(regionSchema, z.record(z.string(), onDemandRateSchema)),
});
export type Ec2OnDemand = z.infer<typeof ec2OnDemandSchema>;

// ---------------------------------------------------------------- EC2 on-demand (Windows, exact rates)

/**
 * Exact Windows rates: licence included, no pre-installed software (no SQL Server), shared tenancy. Types
 * missing here fall back to the Linux rate + the licence adder rule (non-burstable types only).
 */
export const ec2OnDemandWindowsSchema = z.strictObject({
  table: z.literal('ec2-ondemand-windows'),
  unit: z.literal('USD per instance-hour'),
  tenancy: z.literal('shared'),
  os: z.literal('windows'),
  license: z.literal('included'),
  preInstalledSoftware: z.literal('none'),
  /** region → instance type → rate */
  regions: z.partialRecord(regionSchema, z.record(z.string(), onDemandRateSchema)),
});
export type Ec2OnDemandWindows = z.infer<typeof ec2OnDemandWindowsSchema>;

// ---------------------------------------------------------------- licence rules (Windows adder)

export const licenseRulesSchema = z.strictObject({
  table: z.literal('ec2-license-rules'),
  windows: z.strictObject({
    adderPerVcpuHour: priceSchema,
    appliesTo: z.literal('non-burstable'),
    burstable: z.literal('unavailable'),
    source: z.string(),
    method: z.string(),
  }),
  tUnlimitedSurplus: z.strictObject({
    linuxPerVcpuHour: priceSchema,
    windowsPerVcpuHour: priceSchema.nullable(),
    source: z.string(),
  }),
});
export type LicenseRules = z.infer<typeof licenseRulesSchema>;

// ---------------------------------------------------------------- Spot advisor

export const spotBandSchema = z.strictObject({
  index: z.number().int().min(0),
  label: z.string(),
  maxPct: z.number().int(),
});

export const spotEntrySchema = z.strictObject({
  savingsPct: z.number().int().min(0).max(100),
  band: z.number().int().min(0),
});

export const ec2SpotSchema = z.strictObject({
  table: z.literal('ec2-spot-advisor'),
  source: z.string(),
  asOf: z.string(),
  bands: z.array(spotBandSchema),
  regions: z.partialRecord(
    regionSchema,
    z.strictObject({
      linux: z.record(z.string(), spotEntrySchema),
      windows: z.record(z.string(), spotEntrySchema),
    }),
  ),
});
export type Ec2Spot = z.infer<typeof ec2SpotSchema>;

// ---------------------------------------------------------------- Reserved instances (exact cards)

export const riTermSchema = z.enum(['1yr', '3yr']);
export const riClassSchema = z.enum(['standard', 'convertible']);
export const paymentSchema = z.enum(['no-upfront', 'partial-upfront', 'all-upfront']);
export type RiTerm = z.infer<typeof riTermSchema>;
export type RiClass = z.infer<typeof riClassSchema>;
export type PaymentOption = z.infer<typeof paymentSchema>;

/**
 * Exact RI rate. `split`: the source gives upfront and hourly separately (AWS Pricing API).
 * `effective`: the source gives only the effective hourly (upfront amortised over the term); the
 * split is exact only for no-upfront (upfront 0) and all-upfront (hourly 0).
 */
export const riRateSchema = z.discriminatedUnion('shape', [
  z.strictObject({
    shape: z.literal('split'),
    region: regionSchema,
    type: z.string(),
    os: osSchema,
    tenancy: z.enum(['shared', 'dedicated']),
    term: riTermSchema,
    offeringClass: riClassSchema,
    payment: paymentSchema,
    upfront: priceSchema,
    hourly: priceSchema,
    source: z.string(),
  }),
  z.strictObject({
    shape: z.literal('effective'),
    region: regionSchema,
    type: z.string(),
    os: osSchema,
    tenancy: z.enum(['shared', 'dedicated']),
    term: riTermSchema,
    offeringClass: riClassSchema,
    payment: paymentSchema,
    effectiveHourly: priceSchema,
    source: z.string(),
  }),
]);
export type RiRate = z.infer<typeof riRateSchema>;

export const ec2ReservedSchema = z.strictObject({
  table: z.literal('ec2-reserved-exact'),
  rates: z.array(riRateSchema),
});
export type Ec2Reserved = z.infer<typeof ec2ReservedSchema>;

// ---------------------------------------------------------------- Savings Plans (exact rates)

export const spTypeSchema = z.enum(['compute', 'ec2-instance']);
export type SavingsPlanType = z.infer<typeof spTypeSchema>;

export const ec2SavingsPlansSchema = z.strictObject({
  table: z.literal('ec2-savings-plans-exact'),
  rates: z.array(
    z.strictObject({
      region: regionSchema,
      type: z.string(),
      os: osSchema,
      planType: spTypeSchema,
      term: riTermSchema,
      payment: paymentSchema,
      hourly: priceSchema,
      source: z.string(),
    }),
  ),
});
export type Ec2SavingsPlans = z.infer<typeof ec2SavingsPlansSchema>;

// ---------------------------------------------------------------- typical discounts (estimates only)

export const typicalDiscountSchema = z.strictObject({
  kind: z.enum(['reserved', 'savings-plan']),
  offeringClass: riClassSchema.nullable(),
  planType: spTypeSchema.nullable(),
  term: riTermSchema,
  payment: paymentSchema,
  /** effective discount versus on-demand over the whole term, as a decimal fraction string */
  discount: priceSchema,
  /** share of the term's total cost paid upfront, as a decimal fraction string */
  upfrontShare: priceSchema,
  samples: z.number().int().positive(),
  method: z.string(),
});
export type TypicalDiscount = z.infer<typeof typicalDiscountSchema>;

export const typicalDiscountsSchema = z.strictObject({
  table: z.literal('typical-discounts-estimate'),
  label: z.string(),
  sources: z.array(z.string()),
  discounts: z.array(typicalDiscountSchema),
});
export type TypicalDiscounts = z.infer<typeof typicalDiscountsSchema>;

// ---------------------------------------------------------------- storage, transfer, Lambda (curated)

/** One curated price item. `price: null` means no source was found: unavailable, never zero. */
export const curatedItemSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9._-]+$/),
  label: z.string(),
  price: priceSchema.nullable(),
  unit: z.string(),
  source: z.string(),
  sourceKind: sourceKindSchema,
  asOf: z.string().nullable(),
  /** the curated source's own remark, kept verbatim (e.g. "CONFLICTING sources … treat as unavailable") */
  note: z.string().optional(),
});
export type CuratedItem = z.infer<typeof curatedItemSchema>;

function serviceTable<T extends string>(name: T) {
  return z.strictObject({
    table: z.literal(name),
    regions: z.partialRecord(regionSchema, z.array(curatedItemSchema)),
  });
}

export const ebsSchema = serviceTable('ebs');
export const s3Schema = serviceTable('s3');
export const transferSchema = serviceTable('data-transfer');
export const lambdaSchema = serviceTable('lambda');
export type ServiceTable = z.infer<typeof ebsSchema>;

export const s3ClassSchema = z.enum([
  'STANDARD',
  'INTELLIGENT_TIERING',
  'STANDARD_IA',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
]);
export type S3StorageClass = z.infer<typeof s3ClassSchema>;

export const s3ClassRulesSchema = z.strictObject({
  table: z.literal('s3-class-rules'),
  source: z.string(),
  classes: z.array(
    z.strictObject({
      storageClass: s3ClassSchema,
      name: z.string(),
      availabilityZones: z.string(),
      minStorageDays: z.number().int().nonnegative(),
      minBillableObjectKB: z.number().int().nonnegative(),
      retrievalFee: z.boolean(),
      note: z.string(),
    }),
  ),
});
export type S3ClassRules = z.infer<typeof s3ClassRulesSchema>;

// ---------------------------------------------------------------- regions

export const regionsTableSchema = z.strictObject({
  table: z.literal('regions'),
  regions: z.array(
    z.strictObject({
      code: regionSchema,
      nameEn: z.string(),
      nameKo: z.string(),
      availabilityZones: z.number().int().positive().nullable(),
    }),
  ),
});
export type RegionsTable = z.infer<typeof regionsTableSchema>;

// ---------------------------------------------------------------- manifest

export const TABLE_NAMES = [
  'regions',
  'ec2-catalogue',
  'ec2-ondemand-linux',
  'ec2-ondemand-windows',
  'ec2-license-rules',
  'ec2-spot-advisor',
  'ec2-reserved-exact',
  'ec2-savings-plans-exact',
  'typical-discounts-estimate',
  'ebs',
  's3',
  's3-class-rules',
  'data-transfer',
  'lambda',
] as const;
export const tableNameSchema = z.enum(TABLE_NAMES);
export type TableName = z.infer<typeof tableNameSchema>;

export const tableSchemas = {
  regions: regionsTableSchema,
  'ec2-catalogue': ec2CatalogueSchema,
  'ec2-ondemand-linux': ec2OnDemandSchema,
  'ec2-ondemand-windows': ec2OnDemandWindowsSchema,
  'ec2-license-rules': licenseRulesSchema,
  'ec2-spot-advisor': ec2SpotSchema,
  'ec2-reserved-exact': ec2ReservedSchema,
  'ec2-savings-plans-exact': ec2SavingsPlansSchema,
  'typical-discounts-estimate': typicalDiscountsSchema,
  ebs: ebsSchema,
  s3: s3Schema,
  's3-class-rules': s3ClassRulesSchema,
  'data-transfer': transferSchema,
  lambda: lambdaSchema,
} as const satisfies Record<TableName, z.ZodType>;

export const manifestSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  snapshotId: z.string().regex(/^[a-z0-9-]+$/),
  snapshotDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  generatedBy: z.string(),
  sources: z.array(sourceSchema),
  tables: z.array(
    z.strictObject({
      name: tableNameSchema,
      file: z.string().regex(/^[a-z0-9-]+\.json$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      sources: z.array(z.string()),
      coverage: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;
