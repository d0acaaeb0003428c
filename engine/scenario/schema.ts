/**
 * The scenario file (`*.cloudsizer.json`), version 1: what the user wants priced.
 * Quantities are JSON numbers as typed by the user; money never appears here except the KRW rate
 * (a decimal string). Every price comes from the snapshot.
 */
import { z } from 'zod';
import { regionSchema } from '../../pricing-data/schema';
import { ec2UsageIssues, MAX_MONTH_HOURS } from './ec2-usage-rules';

export const SCENARIO_SCHEMA_VERSION = 1;

const decimalString = z
  .string()
  .regex(/^(0|[1-9]\d*)(\.\d+)?$/, 'must be a decimal string such as "1385.20"');
const positive = z.number().finite().positive();
/** upper bounds keep absurd inputs (typos, 1e300) out of the engine with a message that says the limit */
const gigabytes = z.number().finite().nonnegative().max(1_000_000_000, 'at most 1,000,000,000 GB (1 EB)');
const perMonth = z
  .number()
  .int()
  .nonnegative()
  .max(1_000_000_000_000_000, 'at most 1,000,000,000,000,000 a month');
const percent = z.number().finite().min(0).max(100);
const count = z.number().int().min(1).max(1_000_000);
const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'id: letters, digits, ".", "_" or "-" (max 64)');
const tag = z.string().min(1).max(64);

export const currencySchema = z.discriminatedUnion('display', [
  z.strictObject({ display: z.literal('USD') }),
  z.strictObject({
    display: z.literal('KRW'),
    /** KRW per 1 USD as the user read it (e.g. from the invoice or the bank), with its date */
    krwPerUsd: decimalString,
    rateDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'rateDate must be YYYY-MM-DD'),
  }),
]);

export const settingsSchema = z.strictObject({
  hoursPerMonth: z.number().int().min(672).max(744).default(730),
  freeTier: z.boolean().default(true),
  /** allow prices labelled "estimate" (typical RI/SP discounts) where no exact rate exists */
  allowEstimates: z.boolean().default(false),
  currency: currencySchema.default({ display: 'USD' }),
  vat: z.boolean().default(false),
});

const commonItem = {
  id,
  description: z.string().max(200).optional(),
  /** defaults to the scenario's region */
  region: regionSchema.optional(),
  group: z.string().min(1).max(64).optional(),
  tags: z.array(tag).max(20).default([]),
};

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const usageSchema = z.discriminatedUnion('pattern', [
  z.strictObject({ pattern: z.literal('always-on') }),
  z.strictObject({ pattern: z.literal('hours'), hoursPerMonth: z.number().finite().min(0).max(744) }),
  z
    .strictObject({
      pattern: z.literal('weekly'),
      days: z.array(weekdaySchema).min(1).max(7),
      startHour: z.number().int().min(0).max(23),
      endHour: z.number().int().min(1).max(24),
    })
    .refine((u) => u.endHour > u.startHour, { message: 'endHour must be after startHour', path: ['endHour'] })
    .refine((u) => new Set(u.days).size === u.days.length, { message: 'days repeat', path: ['days'] }),
  z.strictObject({ pattern: z.literal('utilization'), percent }),
  z.strictObject({
    pattern: z.literal('peak'),
    /** instances running during the daily peak (the item's `count` is the baseline) */
    peakCount: count,
    peakHoursPerDay: z.number().finite().min(0).max(24),
  }),
  z.strictObject({
    pattern: z.literal('monthly-spike'),
    /** instances running during the monthly spike (the item's `count` runs all month) */
    peakCount: count,
    /** hours the spike lasts in the month (3 days = 72); at most the scenario's hours per month */
    spikeHoursPerMonth: z.number().finite().min(0).max(MAX_MONTH_HOURS),
  }),
]);

export const purchaseSchema = z.discriminatedUnion('option', [
  z.strictObject({ option: z.literal('on-demand') }),
  z.strictObject({
    option: z.literal('reserved'),
    offeringClass: z.enum(['standard', 'convertible']),
    term: z.enum(['1yr', '3yr']),
    payment: z.enum(['no-upfront', 'partial-upfront', 'all-upfront']),
  }),
  z.strictObject({
    option: z.literal('savings-plan'),
    planType: z.enum(['compute', 'ec2-instance']),
    term: z.enum(['1yr', '3yr']),
    payment: z.enum(['no-upfront', 'partial-upfront', 'all-upfront']),
  }),
  z.strictObject({ option: z.literal('spot') }),
]);

export const ec2ItemSchema = z.strictObject({
  service: z.literal('ec2'),
  ...commonItem,
  instanceType: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'instanceType looks like "m5.large"'),
  count,
  os: z.enum(['linux', 'windows']).default('linux'),
  tenancy: z.enum(['shared', 'dedicated']).default('shared'),
  usage: usageSchema.default({ pattern: 'always-on' }),
  purchase: purchaseSchema.default({ option: 'on-demand' }),
  /** T family only: credit mode (default: the type's default) and 24-h average CPU % per vCPU */
  burstable: z
    .strictObject({
      mode: z.enum(['standard', 'unlimited']).optional(),
      averageCpuPercent: percent,
    })
    .optional(),
});

export const ebsVolumeTypeSchema = z.enum(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1']);

export const ebsItemSchema = z
  .strictObject({
    service: z.literal('ebs'),
    ...commonItem,
    volumeType: ebsVolumeTypeSchema,
    sizeGB: z.number().finite().min(1).max(65_536),
    /** provisioned IOPS: gp3 (3,000 included), io1, io2 */
    iops: z.number().int().min(0).max(256_000).optional(),
    /** gp3 only, MB/s (125 included) */
    throughputMBps: z.number().int().min(0).max(2_000).optional(),
    count: count.default(1),
    /** hours the volume exists this month; omitted = the whole month */
    hoursPerMonth: z.number().finite().min(0).max(744).optional(),
    snapshots: z
      .strictObject({
        /** size of the first (full) snapshot; default: the volume size */
        initialGB: gigabytes.optional(),
        dailyChangePercent: percent,
        retentionDays: z.number().int().min(1).max(3650),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.iops !== undefined && !['gp3', 'io1', 'io2'].includes(v.volumeType))
      ctx.addIssue({ code: 'custom', path: ['iops'], message: `iops cannot be set for ${v.volumeType}` });
    if ((v.volumeType === 'io1' || v.volumeType === 'io2') && v.iops === undefined)
      ctx.addIssue({ code: 'custom', path: ['iops'], message: `${v.volumeType} needs provisioned iops` });
    if (v.volumeType === 'gp3' && v.iops !== undefined && v.iops < 3000)
      ctx.addIssue({ code: 'custom', path: ['iops'], message: 'gp3 iops start at 3000 (included)' });
    if (v.throughputMBps !== undefined && v.volumeType !== 'gp3')
      ctx.addIssue({ code: 'custom', path: ['throughputMBps'], message: 'throughputMBps is for gp3 only' });
    if (v.volumeType === 'gp3' && v.throughputMBps !== undefined && v.throughputMBps < 125)
      ctx.addIssue({
        code: 'custom',
        path: ['throughputMBps'],
        message: 'gp3 throughput starts at 125 MB/s (included)',
      });
  });

export const s3ClassSchema = z.enum([
  'STANDARD',
  'INTELLIGENT_TIERING',
  'STANDARD_IA',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
]);

export const s3ItemSchema = z.strictObject({
  service: z.literal('s3'),
  ...commonItem,
  storageClass: s3ClassSchema.default('STANDARD'),
  /** average GB stored over the month (= GB-months) */
  storageGB: gigabytes,
  /** number of objects and their average size: minimum billable size, per-object overhead, monitoring */
  objectCount: perMonth.optional(),
  averageObjectKB: positive.max(5_368_709_120, 'an S3 object is at most 5 TB (5,368,709,120 KB)').optional(),
  /** days an object is kept before deletion; shorter than the class minimum → early-delete charge */
  retentionDays: positive.max(36_500, 'at most 36,500 days (100 years)').optional(),
  putRequests: perMonth.default(0),
  getRequests: perMonth.default(0),
  retrievalGB: gigabytes.default(0),
});

export const transferItemSchema = z
  .strictObject({
    service: z.literal('data-transfer'),
    ...commonItem,
    internetOutGB: gigabytes.default(0),
    interRegionOutGB: gigabytes.default(0),
    destinationRegion: regionSchema.optional(),
    /** GB crossing availability zones; charged in each direction */
    interAzGB: gigabytes.default(0),
    internetInGB: gigabytes.default(0),
  })
  .refine((t) => t.interRegionOutGB === 0 || t.destinationRegion !== undefined, {
    message: 'destinationRegion is required when interRegionOutGB > 0',
    path: ['destinationRegion'],
  });

export const lambdaItemSchema = z.strictObject({
  service: z.literal('lambda'),
  ...commonItem,
  requestsPerMonth: perMonth,
  averageDurationMs: z
    .number()
    .finite()
    .nonnegative()
    .max(900_000, 'a Lambda invocation runs at most 900,000 ms (15 minutes)'),
  memoryMB: z.number().int().min(128).max(10_240),
  architecture: z.enum(['x86_64', 'arm64']).default('x86_64'),
});

export const lineItemSchema = z.discriminatedUnion('service', [
  ec2ItemSchema,
  ebsItemSchema,
  s3ItemSchema,
  transferItemSchema,
  lambdaItemSchema,
]);

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    name: z.string().min(1).max(120),
    description: z.string().max(2000).optional(),
    region: regionSchema,
    settings: settingsSchema.default({
      hoursPerMonth: 730,
      freeTier: true,
      allowEstimates: false,
      currency: { display: 'USD' },
      vat: false,
    }),
    groups: z
      .array(z.strictObject({ id: z.string().min(1).max(64), name: z.string().min(1).max(120) }))
      .default([]),
    items: z.array(lineItemSchema).max(20_000),
  })
  .superRefine((s, ctx) => {
    const seen = new Map<string, number>();
    s.items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `duplicate id "${item.id}" (first used by items[${first}])`,
        });
      else seen.set(item.id, index);
      if (item.group !== undefined && !s.groups.some((g) => g.id === item.group))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'group'],
          message: `unknown group "${item.group}"`,
        });
      if (item.service === 'ec2')
        for (const issue of ec2UsageIssues(item, s.settings.hoursPerMonth))
          ctx.addIssue({ code: 'custom', path: ['items', index, ...issue.path], message: issue.message });
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioSettings = z.infer<typeof settingsSchema>;
export type LineItem = z.infer<typeof lineItemSchema>;
export type Ec2Item = z.infer<typeof ec2ItemSchema>;
export type EbsItem = z.infer<typeof ebsItemSchema>;
export type S3Item = z.infer<typeof s3ItemSchema>;
export type TransferItem = z.infer<typeof transferItemSchema>;
export type LambdaItem = z.infer<typeof lambdaItemSchema>;
export type Usage = z.infer<typeof usageSchema>;
export type Purchase = z.infer<typeof purchaseSchema>;
export type Service = LineItem['service'];
export const SERVICES = ['ec2', 'ebs', 's3', 'data-transfer', 'lambda'] as const satisfies readonly Service[];
