/**
 * The fleet view: every instance's recommendation, totals, and the data for the utilization
 * distribution chart (CPU threshold against current and recommended capacity).
 */
import type Decimal from 'decimal.js';
import type { InstanceType } from '../../pricing-data/schema';
import type { Prices } from '../estimate/prices';
import { ZERO } from '../money/decimal';
import { buildSeries, type UtilizationDataset } from '../utilization';
import type { Finding } from './notes';
import { profileFromSeries, profileFromSummary, type UtilizationProfile } from './profile';
import { recommendInstance, rightsizingContext, type InstanceRecommendation } from './recommend';
import { rightsizingSettings, type RightsizingSettings, type RightsizingSettingsInput } from './settings';

export interface CapacityPoint {
  instance: string;
  /** CPU at the threshold percentile, % of the current type's vCPUs */
  cpuThresholdPct: number;
  /** recommended vCPUs as % of the current vCPUs (100 = same size); null when none */
  recommendedCpuCapacityPct: number | null;
  memoryMaxPct: number | null;
  recommendedMemoryCapacityPct: number | null;
}

export interface FleetSummary {
  instances: number;
  byFinding: Record<Finding | 'none', number>;
  /** at the ranking purchase option, instances with both prices known */
  currentMonthly: Decimal;
  recommendedMonthly: Decimal;
  /** sums of positive savings (opportunity) and of increases (under-provisioned instances growing) */
  savingsOnDemandMonthly: Decimal;
  savingsCurrentOptionMonthly: Decimal;
  increaseOnDemandMonthly: Decimal;
  /** sums of every known saving, increases counted negative: the totals of the per-instance savings columns */
  netSavingsOnDemandMonthly: Decimal;
  netSavingsCurrentOptionMonthly: Decimal;
  unpriced: number;
  capacity: {
    currentVcpu: number;
    requiredVcpu: number;
    recommendedVcpu: number;
    currentMemoryGiB: number;
    requiredMemoryGiB: number;
    recommendedMemoryGiB: number;
  };
  /** instances by CPU threshold utilization of the current size: bins 0–10 %, …, 90–100 % */
  cpuThresholdBins: number[];
  points: CapacityPoint[];
}

export interface FleetResult {
  settings: RightsizingSettings;
  recommendations: InstanceRecommendation[];
  summary: FleetSummary;
}

export function profilesFromDataset(
  dataset: UtilizationDataset,
  settings: RightsizingSettings,
): UtilizationProfile[] {
  const profiles: UtilizationProfile[] = [];
  const fromSummary = new Set<string>();
  for (const row of dataset.summaries) {
    profiles.push(profileFromSummary(row));
    fromSummary.add(row.instance);
  }
  for (const series of buildSeries(dataset.samples, { lookbackDays: settings.lookbackDays })) {
    if (fromSummary.has(series.instance)) continue;
    const profile = profileFromSeries(series, settings.cpuThreshold);
    if (profile) profiles.push(profile);
  }
  return profiles;
}

export function recommendFleet(
  profiles: readonly UtilizationProfile[],
  prices: Prices,
  catalogue: readonly InstanceType[],
  settingsInput: RightsizingSettingsInput | RightsizingSettings = {},
): FleetResult {
  const settings = rightsizingSettings(settingsInput);
  const ctx = rightsizingContext(prices, catalogue, settings);
  const recommendations = profiles.map((p) => recommendInstance(p, ctx));
  return { settings, recommendations, summary: summarizeFleet(recommendations) };
}

export function summarizeFleet(recs: readonly InstanceRecommendation[]): FleetSummary {
  const s: FleetSummary = {
    instances: recs.length,
    byFinding: { Underprovisioned: 0, Overprovisioned: 0, Optimized: 0, Idle: 0, none: 0 },
    currentMonthly: ZERO,
    recommendedMonthly: ZERO,
    savingsOnDemandMonthly: ZERO,
    savingsCurrentOptionMonthly: ZERO,
    increaseOnDemandMonthly: ZERO,
    netSavingsOnDemandMonthly: ZERO,
    netSavingsCurrentOptionMonthly: ZERO,
    unpriced: 0,
    capacity: {
      currentVcpu: 0,
      requiredVcpu: 0,
      recommendedVcpu: 0,
      currentMemoryGiB: 0,
      requiredMemoryGiB: 0,
      recommendedMemoryGiB: 0,
    },
    cpuThresholdBins: new Array<number>(10).fill(0),
    points: [],
  };
  for (const r of recs) {
    s.byFinding[r.finding ?? 'none']++;
    const cur = r.current;
    const rec = r.recommended;
    if (!cur || (!rec && r.finding !== 'Idle')) s.unpriced++;
    if (cur) {
      s.currentMonthly = s.currentMonthly.plus(cur.monthly);
      s.recommendedMonthly = s.recommendedMonthly.plus(
        rec ? rec.monthly : r.finding === 'Idle' ? ZERO : cur.monthly,
      );
    }
    const od = r.savings.onDemandMonthly;
    if (od && od.isPositive()) s.savingsOnDemandMonthly = s.savingsOnDemandMonthly.plus(od);
    if (od && od.isNegative()) s.increaseOnDemandMonthly = s.increaseOnDemandMonthly.minus(od);
    if (od) s.netSavingsOnDemandMonthly = s.netSavingsOnDemandMonthly.plus(od);
    const co = r.savings.currentOptionMonthly;
    if (co && co.isPositive()) s.savingsCurrentOptionMonthly = s.savingsCurrentOptionMonthly.plus(co);
    if (co) s.netSavingsCurrentOptionMonthly = s.netSavingsCurrentOptionMonthly.plus(co);
    if (!cur || !r.requirements) continue;
    const c = s.capacity;
    c.currentVcpu += cur.type.vcpu;
    c.currentMemoryGiB += cur.type.memoryGiB;
    c.requiredVcpu += r.requirements.vcpu;
    c.requiredMemoryGiB += r.requirements.memoryGiB;
    c.recommendedVcpu += rec ? rec.type.vcpu : r.finding === 'Idle' ? 0 : cur.type.vcpu;
    c.recommendedMemoryGiB += rec ? rec.type.memoryGiB : r.finding === 'Idle' ? 0 : cur.type.memoryGiB;
    const bin = Math.min(9, Math.floor(r.profile.cpuThresholdPct / 10));
    s.cpuThresholdBins[bin] = (s.cpuThresholdBins[bin] ?? 0) + 1;
    s.points.push({
      instance: r.instance,
      cpuThresholdPct: r.profile.cpuThresholdPct,
      recommendedCpuCapacityPct: rec ? (rec.type.vcpu / cur.type.vcpu) * 100 : null,
      memoryMaxPct: r.profile.memoryMaxPct,
      recommendedMemoryCapacityPct: rec ? (rec.type.memoryGiB / cur.type.memoryGiB) * 100 : null,
    });
  }
  return s;
}
