/**
 * What a workload needs, by the same right-sizing method as the recommendation engine: a profile from the
 * summary figures or the CloudWatch CSV, then required vCPU and memory with the exercise's headroom.
 */
import type { InstanceType } from '../../pricing-data/schema';
import type { Prices } from '../estimate/prices';
import {
  profileFromSeries,
  profileFromSummary,
  requirements,
  type Requirements,
  type UtilizationProfile,
} from '../rightsizing';
import { buildSeries, parseUtilizationCsv } from '../utilization';
import type { Exercise, Workload } from './schema';

export interface WorkloadNeeds {
  workload: Workload;
  current: InstanceType;
  profile: UtilizationProfile;
  req: Requirements;
}

export type NeedsResult = { ok: true; needs: WorkloadNeeds } | { ok: false; message: string };

export function workloadNeeds(exercise: Exercise, workload: Workload, prices: Prices): NeedsResult {
  const u = workload.utilization;
  const current = prices.instance(u.currentType);
  if (!current)
    return {
      ok: false,
      message: `workload "${workload.id}": current type "${u.currentType}" is not in the catalogue`,
    };
  let profile: UtilizationProfile | null;
  if (u.kind === 'summary') {
    profile = profileFromSummary({
      line: 0,
      instance: workload.id,
      instanceType: u.currentType,
      region: exercise.region,
      cpuP99: u.cpuP99,
      cpuMax: u.cpuMax,
      cpuAvg: u.cpuAvg,
      memoryMaxPct: u.memoryMaxPct,
      networkPeakMbps: u.networkPeakMbps,
      hoursPerMonth: workload.hoursPerMonth,
    });
  } else {
    const parsed = parseUtilizationCsv(u.csv, { timeZone: u.timeZone });
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    if (parsed.shape !== 'cloudwatch' || errors.length > 0) {
      return {
        ok: false,
        message: `workload "${workload.id}": utilization CSV: ${errors[0]?.message ?? 'not in CloudWatch shape'}`,
      };
    }
    const series = buildSeries(parsed.rows, { lookbackDays: 14 });
    if (series.length !== 1) {
      return {
        ok: false,
        message: `workload "${workload.id}": the CSV must hold one instance (found ${series.length})`,
      };
    }
    profile = profileFromSeries(
      { ...series[0]!, instanceType: u.currentType },
      exercise.rightsizing.cpuThreshold,
    );
    if (!profile)
      return { ok: false, message: `workload "${workload.id}": the CSV has no CPUUtilization data` };
    profile.hoursPerMonth = workload.hoursPerMonth;
  }
  return {
    ok: true,
    needs: { workload, current, profile, req: requirements(profile, current, exercise.rightsizing) },
  };
}
