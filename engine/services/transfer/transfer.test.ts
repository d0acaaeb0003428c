import { describe, expect, it } from 'vitest';
import { usd } from '../../money/rounding';
import { monthlyCents, priceOne, run } from '../../testing/scenario';

const dt = (extra: Record<string, unknown>) => ({ service: 'data-transfer' as const, id: 'dt', ...extra });

describe('Data transfer', () => {
  it('Seoul bill: 1,961.881 GB beyond the free tier × $0.126 = $247.20; inter-AZ 107.630 GB × $0.01 = $1.08; VAT $24.83', () => {
    const result = run([dt({ internetOutGB: 2061.881, interAzGB: 53.815 })], {
      region: 'ap-northeast-2',
      settings: { vat: true },
    });
    const line = result.lines[0]!;
    const out = line.trace.find((s) => s.label === 'transfer.outTier');
    expect(out?.amount?.value.toFixed(2)).toBe('247.20');
    const az = line.trace.find((s) => s.label === 'transfer.interAz');
    expect(az?.amount?.value.toFixed(2)).toBe('1.08');
    // shown total = the unrounded sum rounded once: 247.197006 + 1.0763 = 248.273306
    expect(usd(result.totals.monthly)).toBe('248.27');
    expect(usd(result.vat!.monthly)).toBe('24.83');
  });
  it('free tier off: every GB is charged', () => {
    expect(
      monthlyCents(
        priceOne(dt({ internetOutGB: 1961.881 }), {
          region: 'ap-northeast-2',
          settings: { freeTier: false },
        }),
      ),
    ).toBe('247.20');
  });
  it('100 GB free per estimate, shared across lines and regions in file order', () => {
    const result = run([
      dt({ id: 'a', internetOutGB: 60 }),
      dt({ id: 'b', internetOutGB: 60, region: 'ap-northeast-2' }),
    ]);
    expect(monthlyCents(result.lines[0]!)).toBe('0.00');
    expect(monthlyCents(result.lines[1]!)).toBe('2.52'); // 20 GB × 0.126
  });
  it('internet out tiers are continuous at 10 TB, 50 TB and 150 TB', () => {
    const cost = (gb: number) =>
      monthlyCents(priceOne(dt({ internetOutGB: gb }), { settings: { freeTier: false } }));
    expect(cost(10_240)).toBe('921.60');
    expect(cost(10_241)).toBe('921.69');
    expect(cost(51_200)).toBe('4403.20'); // 921.6 + 40,960 × 0.085
    expect(cost(153_600)).toBe('11571.20'); // + 102,400 × 0.07
    expect(cost(153_700)).toBe('11576.20'); // + 100 × 0.05
  });
  it('inter-region at the source rate; us-east-1 to US regions at the US rate; inbound free', () => {
    expect(
      monthlyCents(
        priceOne(dt({ interRegionOutGB: 100, destinationRegion: 'ap-northeast-1' }), {
          region: 'ap-northeast-2',
        }),
      ),
    ).toBe('8.00');
    expect(monthlyCents(priceOne(dt({ interRegionOutGB: 100, destinationRegion: 'us-west-2' })))).toBe(
      '1.00',
    );
    expect(monthlyCents(priceOne(dt({ interRegionOutGB: 100, destinationRegion: 'eu-west-1' })))).toBe(
      '2.00',
    );
    expect(monthlyCents(priceOne(dt({ internetInGB: 5000 })))).toBe('0.00');
  });
  it('requires a destination for inter-region transfer', () => {
    expect(() => priceOne(dt({ interRegionOutGB: 1 }))).toThrow(/destinationRegion/);
  });
});
