/**
 * Per-instance series of 5-minute maxima (Compute Optimizer: "the maximum in each 5-minute interval"),
 * over the lookback window that ends at the instance's latest data point. Intervals are aligned to UTC
 * multiples of 5 minutes; an interval without data is NaN.
 */
import type { MetricKey } from './metrics';
import type { MetricSample } from './types';

export const INTERVAL_MS = 5 * 60_000;

export interface InstanceSeries {
  instance: string;
  /** the type named in the most recent sample that names one */
  instanceType: string | null;
  region: string | null;
  startMs: number;
  length: number;
  cpu: Float64Array | null;
  memory: Float64Array | null;
  /** max(NetworkIn, NetworkOut) per interval: EC2 bandwidth applies to each direction */
  networkMbps: Float64Array | null;
  /** EBS read + write operations per second */
  ebsIops: Float64Array | null;
  /** EBS read + write throughput in Mbps */
  ebsMbps: Float64Array | null;
}

export interface SeriesOptions {
  lookbackDays?: number;
}

interface Extent {
  first: number;
  last: number;
  typeAt: number;
  instanceType: string | null;
  regionAt: number;
  region: string | null;
}

export function buildSeries(samples: readonly MetricSample[], options: SeriesOptions = {}): InstanceSeries[] {
  const lookbackIntervals = Math.round(((options.lookbackDays ?? 14) * 86_400_000) / INTERVAL_MS);
  const extents = new Map<string, Extent>();
  for (const s of samples) {
    const e = extents.get(s.instance);
    if (!e) {
      extents.set(s.instance, {
        first: s.timestampMs,
        last: s.timestampMs,
        typeAt: s.instanceType ? s.timestampMs : -Infinity,
        instanceType: s.instanceType ?? null,
        regionAt: s.region ? s.timestampMs : -Infinity,
        region: s.region ?? null,
      });
      continue;
    }
    if (s.timestampMs < e.first) e.first = s.timestampMs;
    if (s.timestampMs > e.last) e.last = s.timestampMs;
    if (s.instanceType && s.timestampMs >= e.typeAt) {
      e.typeAt = s.timestampMs;
      e.instanceType = s.instanceType;
    }
    if (s.region && s.timestampMs >= e.regionAt) {
      e.regionAt = s.timestampMs;
      e.region = s.region;
    }
  }

  const builders = new Map<
    string,
    { firstBucket: number; length: number; metrics: Partial<Record<MetricKey, Float64Array>> }
  >();
  for (const [instance, e] of extents) {
    const lastBucket = Math.floor(e.last / INTERVAL_MS);
    const firstBucket = Math.max(Math.floor(e.first / INTERVAL_MS), lastBucket - lookbackIntervals + 1);
    builders.set(instance, { firstBucket, length: lastBucket - firstBucket + 1, metrics: {} });
  }
  for (const s of samples) {
    const b = builders.get(s.instance);
    if (!b) continue;
    const i = Math.floor(s.timestampMs / INTERVAL_MS) - b.firstBucket;
    if (i < 0) continue;
    let values = b.metrics[s.metric];
    if (!values) {
      values = new Float64Array(b.length).fill(NaN);
      b.metrics[s.metric] = values;
    }
    const current = values[i] as number;
    if (!(current >= s.value)) values[i] = s.value;
  }

  const result: InstanceSeries[] = [];
  for (const [instance, b] of builders) {
    const e = extents.get(instance) as Extent;
    const m = b.metrics;
    result.push({
      instance,
      instanceType: e.instanceType,
      region: e.region,
      startMs: b.firstBucket * INTERVAL_MS,
      length: b.length,
      cpu: m.cpu ?? null,
      memory: m.memory ?? null,
      networkMbps: combine(m.networkIn, m.networkOut, Math.max),
      ebsIops: combine(m.ebsReadOps, m.ebsWriteOps, (a, b2) => a + b2),
      ebsMbps: combine(m.ebsReadBytes, m.ebsWriteBytes, (a, b2) => a + b2),
    });
  }
  return result;
}

/** Combines two optional series; an interval missing in one side counts as 0 for that side. */
function combine(
  a: Float64Array | undefined,
  b: Float64Array | undefined,
  op: (x: number, y: number) => number,
): Float64Array | null {
  if (!a && !b) return null;
  const length = a?.length ?? b?.length ?? 0;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const x = a ? (a[i] as number) : NaN;
    const y = b ? (b[i] as number) : NaN;
    out[i] = Number.isNaN(x) && Number.isNaN(y) ? NaN : op(Number.isNaN(x) ? 0 : x, Number.isNaN(y) ? 0 : y);
  }
  return out;
}
