/**
 * Right-sizing settings, Compute Optimizer's choices (product-brief §3): CPU percentile threshold
 * P90 / P95 / P99.5 (default P99.5), CPU headroom 30 / 20 / 0 % (default 20), memory headroom
 * 30 / 20 / 10 % (default 20), lookback 14 days (32 and 93 as in Compute Optimizer's paid lookback).
 */
import { z } from 'zod';
import { osSchema, regionSchema } from '../../pricing-data/schema';
import { purchaseSchema } from '../scenario/schema';

export const CPU_THRESHOLD_PERCENTILE = { p90: 90, p95: 95, 'p99.5': 99.5 } as const;
export type CpuThreshold = keyof typeof CPU_THRESHOLD_PERCENTILE;

export const rightsizingSettingsSchema = z.strictObject({
  region: regionSchema.default('ap-northeast-2'),
  os: osSchema.default('linux'),
  cpuThreshold: z.enum(['p90', 'p95', 'p99.5']).default('p99.5'),
  cpuHeadroomPct: z.union([z.literal(30), z.literal(20), z.literal(0)]).default(20),
  memoryHeadroomPct: z.union([z.literal(30), z.literal(20), z.literal(10)]).default(20),
  lookbackDays: z.union([z.literal(14), z.literal(32), z.literal(93)]).default(14),
  /** the purchase option candidates are ranked by */
  purchase: purchaseSchema.default({ option: 'on-demand' }),
  /** the purchase option the fleet runs at today (the second savings figure) */
  currentPurchase: purchaseSchema.default({ option: 'on-demand' }),
  /** accept RI / Savings Plan prices labelled "estimate" (typical discounts) where no exact rate exists */
  allowEstimates: z.boolean().default(false),
  includeBurstable: z.boolean().default(true),
  /** T types whose average CPU is above baseline are offered in Unlimited mode with the surplus priced in */
  allowUnlimited: z.boolean().default(true),
  /** offer an x86 → Graviton (arm64) option next to the same-architecture recommendation */
  offerGraviton: z.boolean().default(true),
  hoursPerMonth: z.number().int().min(672).max(744).default(730),
  alternatives: z.number().int().min(0).max(10).default(2),
});

export type RightsizingSettings = z.infer<typeof rightsizingSettingsSchema>;
export type RightsizingSettingsInput = z.input<typeof rightsizingSettingsSchema>;

export function rightsizingSettings(input: RightsizingSettingsInput = {}): RightsizingSettings {
  return rightsizingSettingsSchema.parse(input);
}

/** Compute Optimizer / Cost Explorer: an instance whose maximum CPU stays at or below 1 % is idle. */
export const IDLE_MAX_CPU_PCT = 1;
