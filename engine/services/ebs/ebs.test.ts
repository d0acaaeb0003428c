import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrace } from '../../trace/format';
import { monthlyCents, priceOne } from '../../testing/scenario';
import { io2IopsCost, io2IopsTiers, monthFraction, snapshotGbMonths } from './formulas';

const ebs = (extra: Record<string, unknown>) => ({ service: 'ebs' as const, id: 'vol', ...extra });

describe('EBS', () => {
  it('gp2 2,000 GB for 12 hours of a 30-day month at $0.10 = $3.33 (brief §4)', () => {
    const line = priceOne(ebs({ volumeType: 'gp2', sizeGB: 2000, hoursPerMonth: 12 }));
    expect(monthlyCents(line)).toBe('3.33');
    const step = line.trace.find((s) => s.label === 'ebs.storage');
    expect(formatTrace(step!, 'en')).toBe('gp2 storage: 2,000 GB × $0.1/GB-month × 12 h ÷ 720 h = $3.33');
  });
  it('a whole month is one month whatever its length; hours beyond 720 are capped', () => {
    expect(monthFraction(undefined).toString()).toBe('1');
    expect(monthFraction(744).toString()).toBe('1');
    expect(monthFraction(360).toString()).toBe('0.5');
  });
  it('gp3 includes 3,000 IOPS and 125 MB/s; above that per IOPS and per MB/s', () => {
    expect(monthlyCents(priceOne(ebs({ volumeType: 'gp3', sizeGB: 100 })))).toBe('8.00');
    expect(
      monthlyCents(priceOne(ebs({ volumeType: 'gp3', sizeGB: 100, iops: 3000, throughputMBps: 125 }))),
    ).toBe('8.00');
    // 8.00 + 2,000 × 0.005 + 125 × 0.04 = 8 + 10 + 5
    expect(
      monthlyCents(priceOne(ebs({ volumeType: 'gp3', sizeGB: 100, iops: 5000, throughputMBps: 250 }))),
    ).toBe('23.00');
    expect(monthlyCents(priceOne(ebs({ volumeType: 'gp3', sizeGB: 100, iops: 5000, count: 3 })))).toBe(
      '54.00',
    );
  });
  it('io1: storage + every provisioned IOPS', () => {
    // 100 × 0.125 + 1,000 × 0.065 = 77.50
    expect(monthlyCents(priceOne(ebs({ volumeType: 'io1', sizeGB: 100, iops: 1000 })))).toBe('77.50');
  });
  it('io2 IOPS are tiered per volume at 32,000 and 64,000', () => {
    const tiers = io2IopsTiers(new Decimal('0.065'), new Decimal('0.046'), new Decimal('0.032'));
    expect(io2IopsCost(32_000, tiers).amount.toString()).toBe('2080');
    expect(io2IopsCost(32_001, tiers).amount.toString()).toBe('2080.046');
    expect(io2IopsCost(64_000, tiers).amount.toString()).toBe('3552');
    expect(io2IopsCost(64_001, tiers).amount.toString()).toBe('3552.032');
    // us-east-1: 10,000 GB × 0.125 + 32,000 × 0.065 + 8,000 × 0.046 = 1250 + 2080 + 368
    expect(monthlyCents(priceOne(ebs({ volumeType: 'io2', sizeGB: 10000, iops: 40000 })))).toBe('3698.00');
    // two volumes of 40,000 IOPS: each volume has its own tiers
    expect(monthlyCents(priceOne(ebs({ volumeType: 'io2', sizeGB: 10000, iops: 40000, count: 2 })))).toBe(
      '7396.00',
    );
  });
  it('io2 above 64,000 IOPS in us-east-1 is unpriced (no source), never $0', () => {
    const line = priceOne(ebs({ volumeType: 'io2', sizeGB: 10000, iops: 70000 }));
    expect(line.status).toBe('unpriced');
  });
  it('st1, sc1 storage only; Seoul sc1 has no price (conflicting sources)', () => {
    expect(monthlyCents(priceOne(ebs({ volumeType: 'st1', sizeGB: 1000 })))).toBe('45.00');
    expect(monthlyCents(priceOne(ebs({ volumeType: 'sc1', sizeGB: 1000 })))).toBe('15.00');
    expect(priceOne(ebs({ volumeType: 'sc1', sizeGB: 1000 }), { region: 'ap-northeast-2' }).status).toBe(
      'unpriced',
    );
  });
  it('snapshots: full copy plus daily changes, each charged for the part of the month kept', () => {
    // 100 GB, 2%/day, kept 7 days: 100 + 30 × 2 GB × 6 d ÷ 30 d = 112 GB-month
    const g = snapshotGbMonths(new Decimal(100), 2, 7);
    expect(g.total.toString()).toBe('112');
    expect(snapshotGbMonths(new Decimal(100), 2, 1).total.toString()).toBe('100');
    // gp3 100 GB $8.00 + 112 × 0.05 = $5.60
    const line = priceOne(
      ebs({ volumeType: 'gp3', sizeGB: 100, snapshots: { dailyChangePercent: 2, retentionDays: 7 } }),
    );
    expect(monthlyCents(line)).toBe('13.60');
  });
  it('snapshot increments are 30 × change × days ÷ 30 to the last digit, also when that rounds', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,24}$/),
        fc.integer({ min: -20, max: 3 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 3650 }),
        (digits, exponent, percent, retention) => {
          const initial = new Decimal(`${digits}e${exponent}`);
          const g = snapshotGbMonths(initial, percent, retention);
          const daily = initial.times(percent).dividedBy(100);
          const long = new Decimal(30)
            .times(daily)
            .times(retention - 1)
            .dividedBy(30);
          expect(JSON.stringify(g.incrementsGbMonths)).toBe(JSON.stringify(long));
          expect(JSON.stringify(g.dailyChangeGB)).toBe(JSON.stringify(daily));
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('rejects impossible settings with paths', () => {
    expect(() => priceOne(ebs({ volumeType: 'gp2', sizeGB: 10, iops: 500 }))).toThrow(/iops/);
    expect(() => priceOne(ebs({ volumeType: 'io2', sizeGB: 10 }))).toThrow(/provisioned iops/);
  });
});
