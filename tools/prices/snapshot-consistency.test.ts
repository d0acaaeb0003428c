import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { loadBundledSnapshot } from '../../cli/load-bundled-snapshot';

const snap = loadBundledSnapshot();

/**
 * Types whose price per vCPU legitimately differs from the rest of their family (beyond 0.5% rounding),
 * besides whole categories: burstable T types (priced by credits), accelerated types (priced by GPU /
 * accelerator) and bare-metal sizes (priced above the largest virtual size).
 */
const PER_VCPU_EXCEPTIONS: Record<string, string> = {
  'c4.large': 'previous generation, irregular sizes',
  'c4.8xlarge': 'previous generation, irregular sizes',
  'd2.8xlarge': 'previous generation, irregular sizes',
  'm1.small': 'previous generation, irregular sizes',
  'm3.medium': 'previous generation, irregular sizes',
  'hpc7g.4xlarge': 'hpc7g sizes differ in active cores; the price is per instance',
  'hpc7g.16xlarge': 'hpc7g sizes differ in active cores; the price is per instance',
  'u-6tb1.56xlarge': 'high-memory types are priced by memory, not vCPU',
  'u-6tb1.112xlarge': 'high-memory types are priced by memory, not vCPU',
  'x8i.96xlarge': 'priced like x8i.metal-96xl',
};

function median(values: Decimal[]): Decimal {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? new Decimal(0);
  return sorted.length % 2 ? upper : upper.plus(sorted[mid - 1] ?? upper).dividedBy(2);
}

describe('bundled snapshot consistency', () => {
  it('every priced type exists in the catalogue', () => {
    const missing: string[] = [];
    for (const [region, rates] of Object.entries(snap.onDemand.regions)) {
      for (const type of Object.keys(rates ?? {}))
        if (!snap.index.has(type)) missing.push(`on-demand ${region} ${type}`);
    }
    for (const [region, byOs] of Object.entries(snap.spot.regions)) {
      for (const type of [...Object.keys(byOs?.linux ?? {}), ...Object.keys(byOs?.windows ?? {})]) {
        if (!snap.index.has(type)) missing.push(`spot ${region} ${type}`);
      }
    }
    for (const rate of snap.reserved.rates) if (!snap.index.has(rate.type)) missing.push(`RI ${rate.type}`);
    expect(missing).toEqual([]);
  });

  it('T-credit baseline % per vCPU = credits per hour ÷ vCPUs ÷ 60 for every row', () => {
    const withCredits = snap.catalogue.types.filter((t) => t.credits);
    expect(withCredits).toHaveLength(28);
    for (const row of withCredits) {
      const credits = row.credits;
      if (!credits) continue;
      const baseline = new Decimal(credits.creditsPerHour).dividedBy(row.vcpu).dividedBy(60).times(100);
      expect(baseline.equals(credits.baselinePctPerVcpu), row.type).toBe(true);
      expect(new Decimal(credits.creditsPerHour).times(24).equals(credits.maxBalance), row.type).toBe(true);
    }
    expect(snap.index.get('t3.micro')?.credits).toEqual({
      creditsPerHour: '12',
      maxBalance: '288',
      baselinePctPerVcpu: '10',
      defaultMode: 'unlimited',
    });
    expect(snap.index.get('t2.micro')?.credits?.defaultMode).toBe('standard');
    expect(snap.index.get('t1.micro')?.credits).toBeNull();
  });

  it('price per vCPU is constant within a family, except listed exceptions (reported)', () => {
    const report: string[] = [];
    const unexplained: string[] = [];
    for (const region of ['us-east-1', 'ap-northeast-2'] as const) {
      const byFamily = new Map<string, Array<[string, Decimal]>>();
      for (const [type, rate] of Object.entries(snap.onDemand.regions[region] ?? {})) {
        const row = snap.index.get(type);
        if (!row) continue;
        const list = byFamily.get(row.family) ?? [];
        list.push([type, new Decimal(rate.hourly).dividedBy(row.vcpu)]);
        byFamily.set(row.family, list);
      }
      for (const [family, list] of byFamily) {
        const typical = median(list.map(([, v]) => v));
        for (const [type, perVcpu] of list) {
          if (perVcpu.minus(typical).abs().dividedBy(typical).lessThanOrEqualTo('0.005')) continue;
          const row = snap.index.get(type);
          const why = row?.burstable
            ? 'burstable'
            : row?.category === 'accelerated'
              ? 'accelerated'
              : row?.size.startsWith('metal')
                ? 'bare metal'
                : PER_VCPU_EXCEPTIONS[type];
          report.push(
            `${region} ${type}: ${perVcpu.toFixed(6)}/vCPU vs family ${family} ${typical.toFixed(6)} (${why ?? 'UNEXPLAINED'})`,
          );
          if (!why) unexplained.push(`${region} ${type}`);
        }
      }
    }
    console.info(`price-per-vCPU exceptions (${report.length}):\n${report.join('\n')}`);
    expect(report.length).toBeGreaterThan(0);
    expect(unexplained).toEqual([]);
  });
});
