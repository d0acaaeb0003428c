/**
 * The monthly-spike usage pattern (AWS Pricing Calculator's "monthly spike"): `count` instances all month,
 * `peakCount` during a spike of `spikeHoursPerMonth` hours. Rates of the fake snapshot = the us-east-1 cards:
 * m5.large $0.096/h, RI 1yr standard no-upfront $0.06/h, Compute SP 1yr no-upfront $0.068/h, spot 60% off,
 * t3.large $0.0832/h.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineDescription } from '../../csv/line-description';
import { estimate } from '../../estimate/estimate';
import { fakePrices } from '../../testing/fake-prices';
import { monthlyCents, priceOne, scenarioOf } from '../../testing/scenario';
import { formatMessage, formatTrace } from '../../trace/format';

const spike = (count: number, peakCount: number, spikeHoursPerMonth: number, extra = {}) => ({
  service: 'ec2' as const,
  id: 'batch',
  instanceType: 'm5.large',
  count,
  usage: { pattern: 'monthly-spike', peakCount, spikeHoursPerMonth },
  ...extra,
});
const ri1yr = { option: 'reserved', term: '1yr', offeringClass: 'standard', payment: 'no-upfront' };

describe('EC2 monthly spike', () => {
  it('m5.large ×2, 6 during a 72-h spike: (2 × 730 + 4 × 72) h × $0.096 = 1748 h → $167.81', () => {
    const line = priceOne(spike(2, 6, 72));
    expect(line.quantity.toString()).toBe('1748');
    if (line.status !== 'priced') throw new Error('unpriced');
    expect(line.costs.monthly.toString()).toBe('167.808');
    expect(monthlyCents(line)).toBe('167.81');
    const [baseline, extra, total] = line.trace.map((s) => formatTrace(s, 'en'));
    expect(baseline).toBe('Baseline instance-hours: 730 h × 2 = 1,460 h');
    expect(extra).toBe('Extra instance-hours in the monthly spike: 4 × 72 h = 288 h');
    expect(total).toBe('Instance-hours: 1,460 h + 288 h = 1,748 h');
    expect(formatTrace(line.trace[1]!, 'ko')).toBe(
      '월간 피크 시 추가 인스턴스 시간: 4 대 × 72 시간 = 288 시간',
    );
    const compute = line.trace.find((s) => s.label === 'ec2.onDemand')!;
    expect(formatTrace(compute, 'en')).toBe('On-demand m5.large (Linux): 1,748 h × $0.096/h = $167.81');
  });

  it('describes itself in both languages (the CSV and the line list use this)', () => {
    const line = priceOne(spike(2, 6, 72));
    expect(line.description).toBe('2 × m5.large Linux, 2 baseline, 6 for 72 h/month, on-demand');
    expect(lineDescription(line, 'en')).toBe('2 × m5.large Linux, 2 baseline, 6 for 72 h/month, on-demand');
    expect(lineDescription(line, 'ko')).toBe('2 × m5.large Linux, 기본 2대, 월 72시간 6대, 온디맨드');
  });

  it('a 744-h month: the spike may last the whole month (744 h), priced as 6 always-on', () => {
    const line = priceOne(spike(2, 6, 744), { settings: { hoursPerMonth: 744 } });
    expect(line.quantity.toString()).toBe('4464'); // 6 × 744
    expect(monthlyCents(line)).toBe('428.54'); // 4464 × 0.096 = 428.544
  });

  it('RI covers the baseline every hour; the spike above it runs at on-demand, with no unused-hours warning', () => {
    const line = priceOne(spike(1, 3, 72, { purchase: ri1yr }));
    if (line.status !== 'priced') throw new Error('unpriced');
    // $0.06 × 730 = $43.80, plus 2 × 72 h = 144 h × $0.096 = $13.824
    expect(line.costs.monthly.toString()).toBe('57.624');
    expect(line.costs.onDemandMonthly?.toString()).toBe('83.904'); // 874 h × 0.096
    const overflow = line.trace.find((s) => s.label === 'ec2.overflowOnDemand')!;
    expect(formatTrace(overflow, 'en')).toBe(
      'Peak hours above the commitment, at on-demand: 144 h × $0.096/h = $13.82',
    );
    expect(line.warnings.map((w) => w.key)).not.toContain('warn.commitmentUnused');
  });

  it('Compute Savings Plan for the baseline, spike at on-demand: $99.28 + $27.648 = $126.93', () => {
    const sp = { option: 'savings-plan', planType: 'compute', term: '1yr', payment: 'no-upfront' };
    expect(monthlyCents(priceOne(spike(2, 6, 72, { purchase: sp })))).toBe('126.93');
  });

  it('Spot prices every instance-hour at the spot rate: 1748 h × $0.0384 = $67.12', () => {
    expect(monthlyCents(priceOne(spike(2, 6, 72, { purchase: { option: 'spot' } })))).toBe('67.12');
  });

  it('T Unlimited surplus counts the spike hours: t3.large ×1, 2 for 100 h at 42.5% average', () => {
    const line = priceOne(
      spike(1, 2, 100, { instanceType: 't3.large', burstable: { averageCpuPercent: 42.5 } }),
    );
    if (line.status !== 'priced') throw new Error('unpriced');
    // 830 h × $0.0832 = $69.056; surplus 12.5% × 2 vCPU × 830 h × $0.05 = $10.375
    expect(line.costs.monthly.toString()).toBe('79.431');
  });

  it('a month made shorter after the spike was set counts the spike as the whole month, and warns', () => {
    const parsed = scenarioOf([spike(2, 6, 740)], { settings: { hoursPerMonth: 744 } });
    const shorter = { ...parsed, settings: { ...parsed.settings, hoursPerMonth: 672 } };
    const line = estimate(shorter, fakePrices()).lines[0]!;
    expect(line.quantity.toString()).toBe('4032'); // 2 × 672 + 4 × 672
    const warning = line.warnings.find((w) => w.key === 'warn.spikeOverMonth')!;
    expect(formatMessage(warning, 'en')).toBe(
      'batch: the monthly spike of 740 h is longer than the 672-h month: counted as 672 h',
    );
    expect(formatMessage(warning, 'ko')).toBe(
      'batch: 월간 피크 740시간이 한 달 672시간보다 길어 672시간으로 계산합니다',
    );
  });
});

describe('EC2 monthly spike properties', () => {
  const month = fc.integer({ min: 672, max: 744 });
  const monthly = (item: Record<string, unknown>, hoursPerMonth: number) => {
    const line = priceOne(item, { settings: { hoursPerMonth } });
    if (line.status !== 'priced') throw new Error('unpriced');
    return line.costs.monthly;
  };

  it('never costs less with more spike hours or more instances at the spike', () => {
    fc.assert(
      fc.property(
        month,
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (hours, count, extra, more, f1, f2) => {
          const [lo, hi] = [Math.min(f1, f2) * hours, Math.max(f1, f2) * hours];
          const a = monthly(spike(count, count + extra, lo), hours);
          expect(a.lessThanOrEqualTo(monthly(spike(count, count + extra, hi), hours))).toBe(true);
          expect(a.lessThanOrEqualTo(monthly(spike(count, count + extra + more, lo), hours))).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a 0-h spike is `count` always on; a spike of the whole month is `peakCount` always on', () => {
    fc.assert(
      fc.property(
        month,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (hours, count, extra) => {
          const alwaysOn = (n: number) =>
            monthly({ ...spike(n, n, 0), usage: { pattern: 'always-on' } }, hours);
          expect(monthly(spike(count, count + extra, 0), hours).equals(alwaysOn(count))).toBe(true);
          expect(monthly(spike(count, count + extra, hours), hours).equals(alwaysOn(count + extra))).toBe(
            true,
          );
        },
      ),
      { numRuns: 80 },
    );
  });
});
