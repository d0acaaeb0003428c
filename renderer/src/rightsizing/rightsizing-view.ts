/**
 * What the right-sizing page shows, from the engine's results: the settings the page offers, the fleet
 * (engine profilesFromDataset + recommendFleet), dataset counts and the chart's numbers. No formula lives
 * here: capacities are the engine's requirements and types expressed as % of the current vCPUs.
 */
import type { InstanceType, Region } from '../../../pricing-data/schema';
import type { Prices } from '../../../engine/estimate/prices';
import {
  profilesFromDataset,
  recommendFleet,
  rightsizingSettings,
  type CpuThreshold,
  type FleetResult,
  type InstanceRecommendation,
} from '../../../engine/rightsizing';
import type { UtilizationDataset } from '../../../engine/utilization';
import type { Purchase } from '../../../engine/scenario/schema';
import { purchaseOptionList, type PurchaseOptionSpec } from '../purchase/purchase-option-list';

export const CPU_THRESHOLDS: readonly CpuThreshold[] = ['p90', 'p95', 'p99.5'];
export const CPU_HEADROOMS = [30, 20, 0] as const;
export const MEMORY_HEADROOMS = [30, 20, 10] as const;
export const TIME_ZONES = ['UTC', 'Asia/Seoul'] as const;
export type TimeZoneChoice = (typeof TIME_ZONES)[number];

export const PURCHASE_CHOICES: readonly PurchaseOptionSpec[] = purchaseOptionList();

export interface SettingsDraft {
  cpuThreshold: CpuThreshold;
  cpuHeadroomPct: (typeof CPU_HEADROOMS)[number];
  memoryHeadroomPct: (typeof MEMORY_HEADROOMS)[number];
  purchaseId: PurchaseOptionSpec['id'];
  currentPurchaseId: PurchaseOptionSpec['id'];
  region: Region;
  allowEstimates: boolean;
}

/** Compute Optimizer's defaults (P99.5, 20 % / 20 %), ranked and currently run at on-demand, Seoul. */
export const DEFAULT_SETTINGS: SettingsDraft = {
  cpuThreshold: 'p99.5',
  cpuHeadroomPct: 20,
  memoryHeadroomPct: 20,
  purchaseId: 'on-demand',
  currentPurchaseId: 'on-demand',
  region: 'ap-northeast-2',
  allowEstimates: false,
};

export function purchaseOf(id: PurchaseOptionSpec['id']): Purchase {
  return (
    (PURCHASE_CHOICES.find((spec) => spec.id === id) ?? PURCHASE_CHOICES[0])?.purchase ?? {
      option: 'on-demand',
    }
  );
}

export function specOf(id: PurchaseOptionSpec['id']): PurchaseOptionSpec {
  return PURCHASE_CHOICES.find((spec) => spec.id === id) ?? (PURCHASE_CHOICES[0] as PurchaseOptionSpec);
}

export function runFleet(
  dataset: UtilizationDataset,
  draft: SettingsDraft,
  prices: Prices,
  catalogue: readonly InstanceType[],
): FleetResult {
  const settings = rightsizingSettings({
    region: draft.region,
    cpuThreshold: draft.cpuThreshold,
    cpuHeadroomPct: draft.cpuHeadroomPct,
    memoryHeadroomPct: draft.memoryHeadroomPct,
    purchase: purchaseOf(draft.purchaseId),
    currentPurchase: purchaseOf(draft.currentPurchaseId),
    allowEstimates: draft.allowEstimates,
  });
  return recommendFleet(profilesFromDataset(dataset, settings), prices, catalogue, settings);
}

export function datasetCounts(dataset: UtilizationDataset) {
  const instances = new Set<string>();
  for (const s of dataset.samples) instances.add(s.instance);
  for (const s of dataset.summaries) instances.add(s.instance);
  return { instances: instances.size, samples: dataset.samples.length, summaries: dataset.summaries.length };
}

/** % of the current vCPUs, to one decimal (a drawing coordinate and a label, never money). */
const pctOf = (vcpu: number, currentVcpu: number) => Math.round((vcpu / currentVcpu) * 1000) / 10;

export interface ChartModel {
  /** 10 % bins of the 5-minute CPU maxima; empty for summary data */
  bins: { from: number; to: number; mid: number; count: number }[];
  thresholdLabel: string;
  thresholdPct: number;
  averagePct: number;
  maxPct: number;
  requiredPct: number | null;
  recommendedPct: number | null;
  /** right end of the x axis: covers every line */
  xMax: number;
}

export function chartModel(rec: InstanceRecommendation): ChartModel {
  const { profile } = rec;
  const bins = (profile.cpuHistogram ?? []).map((count, i) => ({
    from: i * 10,
    to: i * 10 + 10,
    mid: i * 10 + 5,
    count,
  }));
  const currentVcpu = rec.current?.type.vcpu ?? null;
  const requiredPct = rec.requirements && currentVcpu ? pctOf(rec.requirements.vcpu, currentVcpu) : null;
  const recommendedPct =
    rec.recommended && currentVcpu ? pctOf(rec.recommended.type.vcpu, currentVcpu) : null;
  const xMax = Math.ceil(Math.max(100, requiredPct ?? 0, recommendedPct ?? 0) / 25) * 25 + 10;
  return {
    bins,
    thresholdLabel: profile.cpuThresholdLabel,
    thresholdPct: profile.cpuThresholdPct,
    averagePct: Math.round(profile.cpuAvgPct * 100) / 100,
    maxPct: profile.cpuMaxPct,
    requiredPct,
    recommendedPct,
    xMax,
  };
}
