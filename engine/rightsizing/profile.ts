/**
 * The utilization figures a recommendation needs, from a 5-minute series or from a summary row.
 * A summary row gives CPU P99, max and average only: its P99 stands in for any threshold setting and
 * the recommendation says so (note `summary-p99`).
 */
import type { InstanceSeries, SummaryRow } from '../utilization';
import { blockMeans, percentile, stats } from './percentile';
import { CPU_THRESHOLD_PERCENTILE, type CpuThreshold } from './settings';

const INTERVALS_PER_DAY = 288;

export interface UtilizationProfile {
  instance: string;
  currentType: string | null;
  region: string | null;
  source: 'timeseries' | 'summary';
  /** hours covered by CPU data (series only) */
  dataHours: number | null;
  /** CPU % at the threshold percentile (or the summary's P99) */
  cpuThresholdPct: number;
  cpuThresholdLabel: 'P90' | 'P95' | 'P99.5' | 'P99';
  cpuMaxPct: number;
  cpuAvgPct: number;
  /** 24-hour averages (series) or the one overall average (summary), for T-type credit checks */
  cpuDailyAvgPct: number[];
  memoryMaxPct: number | null;
  networkPeakMbps: number | null;
  ebsPeakMbps: number | null;
  ebsPeakIops: number | null;
  /** hours per month the instance runs (summary column), null = always on */
  hoursPerMonth: number | null;
  /** CPU 5-minute maxima in 10 % bins (0–10, …, 90–100), series only: the distribution chart */
  cpuHistogram: number[] | null;
}

const LABEL: Record<CpuThreshold, 'P90' | 'P95' | 'P99.5'> = { p90: 'P90', p95: 'P95', 'p99.5': 'P99.5' };

export function profileFromSeries(
  series: InstanceSeries,
  threshold: CpuThreshold,
): UtilizationProfile | null {
  const cpu = series.cpu;
  const cpuStats = cpu ? stats(cpu) : null;
  if (!cpu || !cpuStats) return null;
  const peak = (values: Float64Array | null) => (values ? (stats(values)?.max ?? null) : null);
  return {
    instance: series.instance,
    currentType: series.instanceType,
    region: series.region,
    source: 'timeseries',
    dataHours: (cpuStats.count * 5) / 60,
    cpuThresholdPct: percentile(cpu, CPU_THRESHOLD_PERCENTILE[threshold]) ?? cpuStats.max,
    cpuThresholdLabel: LABEL[threshold],
    cpuMaxPct: cpuStats.max,
    cpuAvgPct: cpuStats.mean,
    cpuDailyAvgPct: blockMeans(cpu, INTERVALS_PER_DAY),
    memoryMaxPct: peak(series.memory),
    networkPeakMbps: peak(series.networkMbps),
    ebsPeakMbps: peak(series.ebsMbps),
    ebsPeakIops: peak(series.ebsIops),
    hoursPerMonth: null,
    cpuHistogram: histogram(cpu),
  };
}

export function profileFromSummary(row: SummaryRow): UtilizationProfile {
  return {
    instance: row.instance,
    currentType: row.instanceType,
    region: row.region ?? null,
    source: 'summary',
    dataHours: null,
    cpuThresholdPct: row.cpuP99,
    cpuThresholdLabel: 'P99',
    cpuMaxPct: row.cpuMax,
    cpuAvgPct: row.cpuAvg,
    cpuDailyAvgPct: [row.cpuAvg],
    memoryMaxPct: row.memoryMaxPct,
    networkPeakMbps: row.networkPeakMbps,
    ebsPeakMbps: null,
    ebsPeakIops: null,
    hoursPerMonth: row.hoursPerMonth,
    cpuHistogram: null,
  };
}

function histogram(values: Float64Array): number[] {
  const bins = new Array<number>(10).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const bin = Math.min(9, Math.floor(v / 10));
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}
