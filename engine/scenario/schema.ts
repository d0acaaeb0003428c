/**
 * The scenario file (`*.cloudsizer.json`), version 1: what the user wants priced.
 * Quantities are JSON numbers as typed by the user; money never appears here except the KRW rate
 * (a decimal string). Every price comes from the snapshot.
 */
import { z } from 'zod';
import { regionSchema } from '../../pricing-data/schema';
import { withJosa } from '../text/josa';
import { bilingual } from '../text/zod-korean';
import { ec2UsageIssues, MAX_MONTH_HOURS } from './ec2-usage-rules';

export const SCENARIO_SCHEMA_VERSION = 1;

const decimalString = z
  .string()
  .regex(
    /^(0|[1-9]\d*)(\.\d+)?$/,
    bilingual(
      'must be a decimal string such as "1385.20"',
      '"1385.20"처럼 따옴표 안에 숫자만 쓴 10진수 문자열이어야 합니다 (쉼표 없이)',
    ),
  );
const positive = z.number().finite().positive();
/** upper bounds keep absurd inputs (typos, 1e300) out of the engine with a message that says the limit */
const gigabytes = z
  .number()
  .finite()
  .nonnegative()
  .max(
    1_000_000_000,
    bilingual('at most 1,000,000,000 GB (1 EB)', '최대 1,000,000,000 GB(1 EB)까지 쓸 수 있습니다'),
  );
const perMonth = z
  .number()
  .int()
  .nonnegative()
  .max(
    1_000_000_000_000_000,
    bilingual(
      'at most 1,000,000,000,000,000 a month',
      '한 달에 최대 1,000,000,000,000,000까지 쓸 수 있습니다',
    ),
  );
const percent = z.number().finite().min(0).max(100);
const count = z.number().int().min(1).max(1_000_000);
const ID_MESSAGE = bilingual(
  'id: letters, digits, ".", "_" or "-" (max 64)',
  'ID에는 영문자, 숫자, ".", "_", "-"만 쓸 수 있고 영문자나 숫자로 시작해야 합니다 (최대 64자)',
);
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, ID_MESSAGE);
const tag = z.string().min(1).max(64);

export const currencySchema = z.discriminatedUnion('display', [
  z.strictObject({ display: z.literal('USD') }),
  z.strictObject({
    display: z.literal('KRW'),
    /** KRW per 1 USD as the user read it (e.g. from the invoice or the bank), with its date */
    krwPerUsd: decimalString,
    rateDate: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}$/,
        bilingual(
          'rateDate must be YYYY-MM-DD',
          '환율 날짜는 "YYYY-MM-DD" 형식이어야 합니다 (예: "2026-03-02")',
        ),
      ),
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
    .refine((u) => u.endHour > u.startHour, {
      message: bilingual(
        'endHour must be after startHour',
        '끝나는 시각(endHour)은 시작 시각(startHour)보다 늦어야 합니다',
      ),
      path: ['endHour'],
    })
    .refine((u) => new Set(u.days).size === u.days.length, {
      message: bilingual('days repeat', '같은 요일이 두 번 이상 들어 있습니다'),
      path: ['days'],
    }),
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
  instanceType: z
    .string()
    .regex(
      /^[a-z0-9-]+\.[a-z0-9-]+$/,
      bilingual('instanceType looks like "m5.large"', '인스턴스 유형은 "m5.large" 같은 형식이어야 합니다'),
    ),
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
      ctx.addIssue({
        code: 'custom',
        path: ['iops'],
        message: `iops cannot be set for ${v.volumeType}`,
        params: { ko: `${v.volumeType} 볼륨에는 IOPS를 지정할 수 없습니다 (gp3, io1, io2만 지정)` },
      });
    if ((v.volumeType === 'io1' || v.volumeType === 'io2') && v.iops === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['iops'],
        message: `${v.volumeType} needs provisioned iops`,
        params: { ko: `${v.volumeType} 볼륨에는 프로비저닝할 IOPS를 지정해야 합니다` },
      });
    if (v.volumeType === 'gp3' && v.iops !== undefined && v.iops < 3000)
      ctx.addIssue({
        code: 'custom',
        path: ['iops'],
        message: 'gp3 iops start at 3000 (included)',
        params: { ko: `gp3의 IOPS는 3000 이상이어야 합니다 (3000까지는 기본 포함, 입력값: ${v.iops})` },
      });
    if (v.throughputMBps !== undefined && v.volumeType !== 'gp3')
      ctx.addIssue({
        code: 'custom',
        path: ['throughputMBps'],
        message: 'throughputMBps is for gp3 only',
        params: { ko: `처리량은 gp3 볼륨에만 지정할 수 있습니다 (이 볼륨은 ${v.volumeType})` },
      });
    if (v.volumeType === 'gp3' && v.throughputMBps !== undefined && v.throughputMBps < 125)
      ctx.addIssue({
        code: 'custom',
        path: ['throughputMBps'],
        message: 'gp3 throughput starts at 125 MB/s (included)',
        params: {
          ko: `gp3의 처리량은 125 MB/s 이상이어야 합니다 (125 MB/s까지는 기본 포함, 입력값: ${v.throughputMBps})`,
        },
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
  averageObjectKB: positive
    .max(
      5_368_709_120,
      bilingual(
        'an S3 object is at most 5 TB (5,368,709,120 KB)',
        'S3 객체 하나는 최대 5 TB(5,368,709,120 KB)입니다',
      ),
    )
    .optional(),
  /** days an object is kept before deletion; shorter than the class minimum → early-delete charge */
  retentionDays: positive
    .max(36_500, bilingual('at most 36,500 days (100 years)', '최대 36,500일(100년)까지 쓸 수 있습니다'))
    .optional(),
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
    message: bilingual(
      'destinationRegion is required when interRegionOutGB > 0',
      '리전 간 전송량(interRegionOutGB)이 0보다 크면 대상 리전(destinationRegion)을 지정해야 합니다',
    ),
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
    .max(
      900_000,
      bilingual(
        'a Lambda invocation runs at most 900,000 ms (15 minutes)',
        'Lambda 호출 한 번은 최대 900,000 ms(15분)까지 실행됩니다',
      ),
    ),
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
          params: { ko: `${withJosa(`ID "${item.id}"`, '이')} 중복됩니다 (items[${first}]에서 이미 사용)` },
        });
      else seen.set(item.id, index);
      if (item.group !== undefined && !s.groups.some((g) => g.id === item.group))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'group'],
          message: `unknown group "${item.group}"`,
          params: { ko: `알 수 없는 그룹 "${item.group}": 시나리오의 그룹 목록에 있는 ID를 쓰세요` },
        });
      if (item.service === 'ec2')
        for (const issue of ec2UsageIssues(item, s.settings.hoursPerMonth))
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, ...issue.path],
            message: issue.message,
            params: { ko: issue.ko },
          });
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
