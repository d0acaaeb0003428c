/**
 * Required capacity (Compute Optimizer): threshold utilization × current capacity ÷ (1 − headroom).
 * vCPUs are treated as equivalent across families and generations (Compute Optimizer also weighs CPU
 * speed; the catalogue has no benchmark to do that offline, so a move to another processor maker carries a note:
 * platform-notes.ts). Memory that was not measured is kept as is.
 */
import type { InstanceType } from '../../pricing-data/schema';
import type { UtilizationProfile } from './profile';
import type { RightsizingSettings } from './settings';

export interface Requirements {
  vcpu: number;
  memoryGiB: number;
  memoryMeasured: boolean;
  /** peak of max(NetworkIn, NetworkOut), no headroom */
  networkMbps: number | null;
  /** peak EBS read + write throughput, no headroom */
  ebsMbps: number | null;
  /** average CPU in vCPUs (percent × current vCPUs), per 24-hour block: the T-type baseline check */
  dailyAvgVcpu: number[];
}

/** Removes binary floating-point noise (0.30000000000000004) from derived capacities. */
export const tidy = (n: number): number => Math.round(n * 1e6) / 1e6;

export function requirements(
  profile: UtilizationProfile,
  current: InstanceType,
  settings: Pick<RightsizingSettings, 'cpuHeadroomPct' | 'memoryHeadroomPct'>,
): Requirements {
  const vcpu = tidy(((profile.cpuThresholdPct / 100) * current.vcpu) / (1 - settings.cpuHeadroomPct / 100));
  const memoryMeasured = profile.memoryMaxPct !== null;
  const memoryGiB =
    profile.memoryMaxPct === null
      ? current.memoryGiB
      : tidy(((profile.memoryMaxPct / 100) * current.memoryGiB) / (1 - settings.memoryHeadroomPct / 100));
  return {
    vcpu,
    memoryGiB,
    memoryMeasured,
    networkMbps: profile.networkPeakMbps,
    ebsMbps: profile.ebsPeakMbps,
    dailyAvgVcpu: profile.cpuDailyAvgPct.map((pct) => tidy((pct / 100) * current.vcpu)),
  };
}

/** Which requirement is short on `type` (empty = it meets all). */
export function shortfalls(type: InstanceType, req: Requirements): ('cpu' | 'memory' | 'network' | 'ebs')[] {
  const short: ('cpu' | 'memory' | 'network' | 'ebs')[] = [];
  if (type.vcpu < req.vcpu) short.push('cpu');
  if (type.memoryGiB < req.memoryGiB) short.push('memory');
  if (req.networkMbps !== null && type.networkMbps !== null && type.networkMbps < req.networkMbps)
    short.push('network');
  if (req.ebsMbps !== null && type.ebsBandwidthMbps !== null && type.ebsBandwidthMbps < req.ebsMbps)
    short.push('ebs');
  return short;
}

/**
 * The smallest ratio capacity ÷ requirement over the measured dimensions (≥ 1 when every requirement is
 * met). Drives the performance risk.
 */
export function margin(type: InstanceType, req: Requirements): number {
  const ratios = [type.vcpu / Math.max(req.vcpu, 1e-9)];
  if (req.memoryMeasured) ratios.push(type.memoryGiB / Math.max(req.memoryGiB, 1e-9));
  if (req.networkMbps !== null && req.networkMbps > 0 && type.networkMbps !== null) {
    ratios.push(type.networkMbps / req.networkMbps);
  }
  return Math.min(...ratios);
}
