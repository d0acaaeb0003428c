import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tieredCost } from '../money/tiers';
import { STANDARD_BOUNDS, standardTiers } from './s3/formulas';
import { tieredCostOfTouched, touchedTiers } from './touched-tiers';
import { INTERNET_OUT_BOUNDS, internetOutTiers } from './transfer/formulas';

const d = (s: string | number) => new Decimal(s);
const schedules = [
  { bounds: INTERNET_OUT_BOUNDS, tiers: internetOutTiers([d('0.09'), d('0.085'), d('0.07'), d('0.05')]) },
  { bounds: STANDARD_BOUNDS, tiers: standardTiers(d('0.023'), d('0.022'), d('0.021')) },
];
const gb = fc.oneof(
  fc.integer({ min: 0, max: 700_000 }),
  fc.constantFrom(10_240, 51_200, 153_600, 512_000),
  fc.double({ min: 0, max: 700_000, noNaN: true }),
);

describe('pricing only the tiers a range touches', () => {
  it('gives the same parts and amount as the whole schedule, Decimal for Decimal', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), gb, gb, (which, from, quantity) => {
        const { bounds, tiers } = schedules[which]!;
        const f = d(from);
        const q = d(quantity);
        const touched = touchedTiers(bounds, f, q);
        expect(JSON.stringify(tieredCostOfTouched(tiers, f, q, touched))).toBe(
          JSON.stringify(tieredCost(tiers, f, q)),
        );
      }),
      { numRuns: 300 },
    );
  });
  it('finds the tiers: 60,000 GB after 40,000 GB of S3 Standard spans the first two', () => {
    const touched = touchedTiers(STANDARD_BOUNDS, d(40_000), d(60_000));
    expect([touched.first, touched.last, touched.end.toString()]).toEqual([0, 1, '100000']);
    // starting exactly at a bound: that tier is passed
    expect(touchedTiers(INTERNET_OUT_BOUNDS, d(10_240), d(1)).first).toBe(1);
    const { parts } = tieredCostOfTouched(
      schedules[0]!.tiers,
      d(10_240),
      d(100),
      touchedTiers(INTERNET_OUT_BOUNDS, d(10_240), d(100)),
    );
    expect(parts.map((p) => [p.index, p.amount.toString()])).toEqual([[1, '8.5']]);
  });
});
