/**
 * The exercise file (`*.exercise.json`), format version 1: a classroom right-sizing task with its text in
 * Korean and English, the workload(s) and their utilization, constraints, allowed purchase options, the
 * usage horizon and the grading rubric. Money appears only as decimal strings (budget).
 */
import { z } from 'zod';
import { archSchema, osSchema, regionSchema } from '../../pricing-data/schema';
import { purchaseSchema } from '../scenario/schema';
import { bilingual } from '../text/zod-korean';

export const EXERCISE_FORMAT_VERSION = 1;

const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    bilingual(
      'id: letters, digits, ".", "_" or "-" (max 64)',
      'ID에는 영문자, 숫자, ".", "_", "-"만 쓸 수 있고 영문자나 숫자로 시작해야 합니다 (최대 64자)',
    ),
  );
const decimalString = z
  .string()
  .regex(
    /^(0|[1-9]\d*)(\.\d+)?$/,
    bilingual(
      'must be a decimal string such as "150.00"',
      '"150.00"처럼 따옴표 안에 숫자만 쓴 10진수 문자열이어야 합니다 (쉼표 없이)',
    ),
  );
const percent = z.number().finite().min(0).max(100);
const instanceTypeName = z
  .string()
  .regex(
    /^[a-z0-9-]+\.[a-z0-9-]+$/,
    bilingual('instance type looks like "m5.large"', '인스턴스 유형은 "m5.large" 같은 형식이어야 합니다'),
  );

export const localizedSchema = z.strictObject({ ko: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const workloadUtilizationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('summary'),
    currentType: instanceTypeName,
    cpuP99: percent,
    cpuMax: percent,
    cpuAvg: percent,
    /** null = not measured: the current memory size is kept */
    memoryMaxPct: percent.nullable(),
    networkPeakMbps: z.number().finite().nonnegative().nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('cloudwatch-csv'),
    /** CloudWatch-shape CSV text (timestamp, instance, metric, value[, unit, instance_type]) for one instance */
    csv: z.string().min(1),
    currentType: instanceTypeName,
    timeZone: z.string().default('UTC'),
  }),
]);
export type WorkloadUtilization = z.infer<typeof workloadUtilizationSchema>;

export const workloadSchema = z.strictObject({
  id,
  name: localizedSchema,
  utilization: workloadUtilizationSchema,
  /** hours per month the workload runs (nightly batch: fewer than 730) */
  hoursPerMonth: z.number().finite().min(1).max(744).default(730),
  /** horizontal: instances share the load (count × capacity must cover it); single: each instance must */
  scaling: z.enum(['single', 'horizontal']).default('single'),
  /** Spot is allowed only for work that can be interrupted and retried */
  interruptible: z.boolean().default(false),
});
export type Workload = z.infer<typeof workloadSchema>;

export const constraintsSchema = z.strictObject({
  /** per instance */
  minVcpu: z.number().int().positive().optional(),
  minMemoryGiB: z.number().finite().positive().optional(),
  architectures: z.array(archSchema).min(1).default(['x86_64', 'arm64']),
  /** allowed family names (e.g. ["m7g", "r7g"]); omitted = any */
  families: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .min(1)
    .optional(),
  burstableAllowed: z.boolean().default(true),
  /** two AZs ⇒ at least two instances */
  availabilityZones: z.number().int().min(1).max(6).default(1),
  minInstances: z.number().int().min(1).max(100).default(1),
  /** average USD per month over the horizon, all instances of the workload */
  budgetMonthly: decimalString.optional(),
});
export type Constraints = z.infer<typeof constraintsSchema>;

export const rubricSchema = z
  .strictObject({
    points: z.number().int().positive().default(100),
    /** points for meeting every constraint; the rest is for cost */
    constraintPoints: z.number().int().nonnegative().default(40),
    /** full cost points when the answer costs at most this much more than the best */
    tolerancePct: z.number().finite().min(0).max(100).default(5),
    /** partial cost credit: within `withinPct` of the best earns `fraction` of the cost points */
    partialCredit: z
      .array(
        z.strictObject({ withinPct: z.number().finite().positive(), fraction: z.number().min(0).max(1) }),
      )
      .default([
        { withinPct: 15, fraction: 0.5 },
        { withinPct: 30, fraction: 0.25 },
      ]),
  })
  .refine((r) => r.constraintPoints <= r.points, {
    message: bilingual('constraintPoints cannot exceed points', '제약 조건 점수는 만점보다 클 수 없습니다'),
    path: ['constraintPoints'],
  })
  .refine((r) => r.partialCredit.every((p) => p.withinPct > r.tolerancePct), {
    message: bilingual(
      'every partialCredit.withinPct must be above tolerancePct',
      '부분 점수 구간의 withinPct는 모두 허용 오차(tolerancePct)보다 커야 합니다',
    ),
    path: ['partialCredit'],
  });
export type Rubric = z.infer<typeof rubricSchema>;

export const exerciseSchema = z.strictObject({
  formatVersion: z.literal(EXERCISE_FORMAT_VERSION),
  id,
  title: localizedSchema,
  text: localizedSchema,
  region: regionSchema,
  os: osSchema.default('linux'),
  /** the snapshot the exercise was written against; grading with another one is flagged */
  snapshotId: z.string().optional(),
  workloads: z.array(workloadSchema).min(1).max(10),
  constraints: constraintsSchema.default({
    architectures: ['x86_64', 'arm64'],
    burstableAllowed: true,
    availabilityZones: 1,
    minInstances: 1,
  }),
  purchaseOptions: z.array(purchaseSchema).min(1),
  horizonMonths: z.number().int().min(1).max(60),
  /** allow RI / Savings Plan prices labelled "estimate" where the snapshot has no exact rate */
  allowEstimates: z.boolean().default(false),
  rightsizing: z
    .strictObject({
      cpuHeadroomPct: z.union([z.literal(30), z.literal(20), z.literal(0)]).default(20),
      memoryHeadroomPct: z.union([z.literal(30), z.literal(20), z.literal(10)]).default(20),
      cpuThreshold: z.enum(['p90', 'p95', 'p99.5']).default('p99.5'),
    })
    .default({ cpuHeadroomPct: 20, memoryHeadroomPct: 20, cpuThreshold: 'p99.5' }),
  rubric: rubricSchema.default({
    points: 100,
    constraintPoints: 40,
    tolerancePct: 5,
    partialCredit: [
      { withinPct: 15, fraction: 0.5 },
      { withinPct: 30, fraction: 0.25 },
    ],
  }),
});
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;

export const answerSchema = z.strictObject({
  workloadId: id,
  instanceType: instanceTypeName,
  count: z.number().int().min(1).max(100),
  purchase: purchaseSchema,
});
export type Answer = z.infer<typeof answerSchema>;

export const submissionSchema = z.strictObject({
  formatVersion: z.literal(EXERCISE_FORMAT_VERSION),
  exerciseId: id,
  student: z.strictObject({ id: z.string().min(1).max(64), name: z.string().max(100).optional() }),
  answers: z.array(answerSchema).min(1),
});
export type Submission = z.infer<typeof submissionSchema>;
