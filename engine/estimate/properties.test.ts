import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tieredCost } from '../money/tiers';
import { internetOutTiers } from '../services/transfer/formulas';
import { standardTiers } from '../services/s3/formulas';
import { run } from '../testing/scenario';
import { sumTotals } from './summaries';

const money = (s: string) => new Decimal(s);
const lambda = (requests: number, ms: number) => ({
  service: 'lambda',
  id: 'f',
  requestsPerMonth: requests,
  averageDurationMs: ms,
  memoryMB: 1024,
});
const monthlyOf = (r: ReturnType<typeof run>) => r.totals.monthly;

describe('properties', () => {
  it('cost is monotonic in usage (transfer GB, Lambda requests, S3 GB, EC2 hours)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 300_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dt = (gb: number) => monthlyOf(run([{ service: 'data-transfer', id: 't', internetOutGB: gb }]));
        expect(dt(lo).lessThanOrEqualTo(dt(hi))).toBe(true);
        const s3 = (gb: number) => monthlyOf(run([{ service: 's3', id: 's', storageGB: gb * 3 }]));
        expect(s3(lo).lessThanOrEqualTo(s3(hi))).toBe(true);
        const fn = (n: number) => monthlyOf(run([lambda(n * 20, 100)]));
        expect(fn(lo).lessThanOrEqualTo(fn(hi))).toBe(true);
        const ec2 = (h: number) =>
          monthlyOf(
            run([
              {
                service: 'ec2',
                id: 'e',
                instanceType: 'm5.large',
                count: 1,
                usage: { pattern: 'hours', hoursPerMonth: h },
              },
            ]),
          );
        const [h1, h2] = [Math.min(a % 745, b % 745), Math.max(a % 745, b % 745)];
        expect(ec2(h1).lessThanOrEqualTo(ec2(h2))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('tiered costs are continuous at every boundary (no jump when crossing a tier)', () => {
    const schedules = [
      internetOutTiers([money('0.09'), money('0.085'), money('0.07'), money('0.05')]),
      standardTiers(money('0.023'), money('0.022'), money('0.021')),
    ];
    const epsilon = money('0.000001');
    for (const tiers of schedules)
      for (const tier of tiers) {
        if (tier.upTo === null) continue;
        const below = tieredCost(tiers, money('0'), tier.upTo).amount;
        const above = tieredCost(tiers, money('0'), tier.upTo.plus(epsilon)).amount;
        expect(above.minus(below).lessThanOrEqualTo(epsilon)).toBe(true);
        expect(above.greaterThanOrEqualTo(below)).toBe(true);
      }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 400_000 }), (from, q) => {
        const tiers = schedules[0]!;
        // splitting a quantity at any point costs the same as pricing it at once
        const whole = tieredCost(tiers, money('0'), money(String(from + q))).amount;
        const parts = tieredCost(tiers, money('0'), money(String(from))).amount.plus(
          tieredCost(tiers, money(String(from)), money(String(q))).amount,
        );
        expect(parts.equals(whole)).toBe(true);
      }),
    );
  });

  it('the sum of the lines equals the total, and every amount is a Decimal (no float leaks)', () => {
    const item = fc.oneof(
      fc.record({
        service: fc.constant('ec2'),
        instanceType: fc.constantFrom('m5.large', 'm5.xlarge', 't3.micro', 't3.large'),
        count: fc.integer({ min: 1, max: 50 }),
      }),
      fc.record({
        service: fc.constant('ebs'),
        volumeType: fc.constantFrom('gp2', 'gp3', 'st1'),
        sizeGB: fc.integer({ min: 1, max: 16_000 }),
      }),
      fc.record({ service: fc.constant('s3'), storageGB: fc.double({ min: 0, max: 1e6, noNaN: true }) }),
      fc.record({
        service: fc.constant('data-transfer'),
        internetOutGB: fc.double({ min: 0, max: 2e5, noNaN: true }),
      }),
      fc.record({
        service: fc.constant('lambda'),
        requestsPerMonth: fc.integer({ min: 0, max: 1e8 }),
        averageDurationMs: fc.integer({ min: 1, max: 900_000 }),
        memoryMB: fc.integer({ min: 128, max: 10_240 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const result = run(items.map((it, i) => ({ ...it, id: `l${i}` })));
        const sum = result.lines.reduce(
          (acc, l) => (l.costs ? acc.plus(l.costs.monthly) : acc),
          new Decimal(0),
        );
        expect(sum.equals(result.totals.monthly)).toBe(true);
        expect(sumTotals(result.lines).months36.equals(result.totals.months36)).toBe(true);
        for (const line of result.lines) {
          if (line.costs)
            for (const v of [
              line.costs.monthly,
              line.costs.upfront,
              line.costs.first12Months,
              line.costs.months36,
            ])
              expect(Decimal.isDecimal(v)).toBe(true);
          for (const step of line.trace)
            if (step.amount) expect(Decimal.isDecimal(step.amount.value)).toBe(true);
        }
        for (const value of Object.values(result.totals)) expect(Decimal.isDecimal(value)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('RI over its full term costs no more than on-demand at 100% usage, for every card option and count', () => {
    const options = fc.record({
      term: fc.constantFrom('1yr', '3yr'),
      offeringClass: fc.constantFrom('standard', 'convertible'),
      payment: fc.constantFrom('no-upfront', 'partial-upfront', 'all-upfront'),
    });
    fc.assert(
      fc.property(options, fc.integer({ min: 1, max: 100 }), (purchase, count) => {
        const line = run([
          {
            service: 'ec2',
            id: 'r',
            instanceType: 'm5.large',
            count,
            purchase: { option: 'reserved', ...purchase },
          },
        ]).lines[0]!;
        if (!line.costs) throw new Error('unpriced');
        const term = line.costs.termMonths!;
        expect(line.costs.perTerm!.lessThanOrEqualTo(line.costs.onDemandMonthly!.times(term))).toBe(true);
      }),
    );
  });
});
