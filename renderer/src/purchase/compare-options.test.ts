import { describe, expect, it } from 'vitest';
import { testSnapshot } from '../instances/test-snapshot';
import { compareOptions, type OptionComparison, type OptionOutcome } from './compare-options';
import { defaultShownIds } from './chart-series';

const outcome = (c: OptionComparison, id: string): OptionOutcome => {
  const found = c.outcomes.find((o) => o.spec.id === id);
  if (!found) throw new Error(`no outcome ${id}`);
  return found;
};
const money = (o: OptionOutcome) => {
  if (!o.costs) throw new Error(`${o.spec.id} is unpriced`);
  return {
    monthly: o.costs.monthly.toFixed(2),
    upfront: o.costs.upfront.toFixed(2),
    total1yr: o.costs.first12Months.toFixed(2),
    total3yr: o.costs.months36.toFixed(2),
  };
};

describe('compareOptions: m5.large Linux in us-east-1 (AWS Pricing API card)', () => {
  const c = compareOptions({
    snapshot: testSnapshot(),
    region: 'us-east-1',
    type: 'm5.large',
    os: 'linux',
    count: 1,
    hoursPerMonth: 730,
  });

  it('lists on-demand, Spot, 12 RI and 12 Savings Plans options', () => {
    expect(c.outcomes).toHaveLength(26);
    expect(c.outcomes.filter((o) => o.spec.kind === 'reserved')).toHaveLength(12);
    expect(c.outcomes.filter((o) => o.spec.kind === 'savings-plan')).toHaveLength(12);
  });

  it('prices on-demand at $0.096 × 730 h = $70.08 a month (product brief §4)', () => {
    expect(money(c.onDemand)).toEqual({
      monthly: '70.08',
      upfront: '0.00',
      total1yr: '840.96',
      total3yr: '2522.88',
    });
    expect(c.onDemand.badge.kind).toBe('exact');
  });

  it('shows the 1-yr standard all-upfront RI upfront on its own: $494, break-even in month 8', () => {
    const ri = outcome(c, 'ri-standard-1yr-all-upfront');
    // 1 yr: $494; 3 yr: bought three times
    expect(money(ri)).toEqual({
      monthly: '0.00',
      upfront: '494.00',
      total1yr: '494.00',
      total3yr: '1482.00',
    });
    // 494 ÷ 70.08 = 7.05 → the cumulative cost first drops below on-demand's in month 8
    expect(ri.breakEvenMonth).toBe(8);
    expect(ri.savingsPct?.toFixed(2)).toBe('41.26');
    expect(ri.badge.kind).toBe('exact');
  });

  it('prices the 1-yr standard partial-upfront RI as $252 upfront + $0.029/h', () => {
    const ri = outcome(c, 'ri-standard-1yr-partial-upfront');
    expect(money(ri)).toEqual({
      monthly: '21.17',
      upfront: '252.00',
      total1yr: '506.04',
      total3yr: '1518.12',
    });
    expect(ri.breakEvenMonth).toBe(6);
  });

  it('prices the 1-yr standard no-upfront RI at $0.06/h: 37.5% off, cheaper from month 1', () => {
    const ri = outcome(c, 'ri-standard-1yr-no-upfront');
    expect(money(ri).monthly).toBe('43.80');
    expect(ri.savingsPct?.toFixed(1)).toBe('37.5');
    expect(ri.breakEvenMonth).toBe(1);
  });

  it('prices Spot as the historical average with its interruption band', () => {
    const spot = outcome(c, 'spot');
    expect(spot.spot).toEqual({ bandLabel: '15-20%', savingsPct: 66 });
    // 0.096 × (1 − 0.66) = 0.03264 /h × 730 h
    expect(money(spot).monthly).toBe('23.83');
    expect(spot.badge.kind).toBe('estimate');
    expect(spot.breakEvenMonth).toBeNull();
  });

  it('labels Savings Plans without an exact rate as estimates with the typical-discount method', () => {
    const sp = outcome(c, 'sp-compute-3yr-all-upfront');
    expect(sp.badge.kind).toBe('estimate');
    if (sp.badge.kind === 'estimate') expect(sp.badge.method).toMatch(/no Savings Plan rate card is bundled/);
  });

  it('shows on-demand and the three cheapest options in the chart by default', () => {
    expect(defaultShownIds(c.outcomes, 3)).toEqual([
      'on-demand',
      'sp-ec2-instance-3yr-all-upfront',
      'sp-ec2-instance-3yr-partial-upfront',
      'sp-ec2-instance-3yr-no-upfront',
    ]);
  });

  it('has 36 cumulative months per priced option, the upfront paid again when a 1-yr term renews', () => {
    const ri = outcome(c, 'ri-standard-1yr-all-upfront');
    expect(ri.cumulative?.map((v) => v.toFixed(0))).toEqual([
      ...Array<string>(12).fill('494'),
      ...Array<string>(12).fill('988'),
      ...Array<string>(12).fill('1482'),
    ]);
    expect(c.onDemand.cumulative?.[35]?.toFixed(2)).toBe('2522.88');
  });
});

describe('compareOptions: scaling and gaps', () => {
  it('multiplies by the instance count', () => {
    const two = compareOptions({
      snapshot: testSnapshot(),
      region: 'us-east-1',
      type: 'm5.large',
      os: 'linux',
      count: 2,
      hoursPerMonth: 730,
    });
    expect(money(two.onDemand).monthly).toBe('140.16');
    expect(money(outcome(two, 'ri-standard-1yr-all-upfront')).upfront).toBe('988.00');
  });

  it('marks every option unavailable, with the reason, where the region has no on-demand price', () => {
    const c = compareOptions({
      snapshot: testSnapshot(),
      region: 'eu-central-1',
      type: 'm5.large',
      os: 'linux',
      count: 1,
      hoursPerMonth: 730,
    });
    for (const o of c.outcomes) {
      expect(o.costs, o.spec.id).toBeNull();
      expect(o.badge.kind, o.spec.id).toBe('unavailable');
      expect(o.savingsPct).toBeNull();
    }
    expect(defaultShownIds(c.outcomes, 3)).toEqual([]);
  });

  it('estimates an RI where only the typical discount is known (m5.large in Seoul) and says so', () => {
    const c = compareOptions({
      snapshot: testSnapshot(),
      region: 'ap-northeast-2',
      type: 'm5.large',
      os: 'linux',
      count: 1,
      hoursPerMonth: 730,
    });
    expect(money(c.onDemand).monthly).toBe('86.14'); // Seoul $0.118/h × 730 h
    const ri = outcome(c, 'ri-standard-1yr-no-upfront');
    expect(ri.badge.kind).toBe('estimate');
    if (ri.badge.kind === 'estimate') expect(ri.badge.method).toMatch(/^Derived estimate, not a price/);
    // 0.118 × (1 − 0.3847) = 0.0726054 /h
    expect(ri.effectiveHourly?.toFixed()).toBe('0.0726054');
  });

  it('never prices a burstable Windows type with a made-up rate', () => {
    const c = compareOptions({
      snapshot: testSnapshot(),
      region: 'us-east-1',
      type: 't3.micro',
      os: 'windows',
      count: 1,
      hoursPerMonth: 730,
    });
    expect(c.onDemand.costs).toBeNull();
    expect(c.onDemand.badge.kind).toBe('unavailable');
  });
});
