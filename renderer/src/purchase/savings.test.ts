import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compactString, ROUNDING } from '../../../engine/money/rounding';
import { savingsPercent } from './savings';

describe('savingsPercent', () => {
  it('is the share saved against the baseline: 0.06 vs 0.096 is 37.5%', () => {
    expect(savingsPercent(new Decimal('70.08'), new Decimal('43.80'))?.toFixed()).toBe('37.5');
  });

  it('is negative when the option costs more, and null against a zero baseline', () => {
    expect(savingsPercent(new Decimal('100'), new Decimal('125'))?.toFixed()).toBe('-25');
    expect(savingsPercent(new Decimal('0'), new Decimal('1'))).toBeNull();
  });

  it('shows one decimal, half-up', () => {
    expect(compactString(new Decimal('41.2557'), ROUNDING.percentDisplay)).toBe('41.3');
    expect(compactString(new Decimal('41.25'), ROUNDING.percentDisplay)).toBe('41.3');
  });

  it('lies between 0 and 100 for any cost between zero and the baseline', () => {
    const cents = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10_000 }), (baselineCents, permyriad) => {
        const baseline = new Decimal(baselineCents).dividedBy(100);
        const cost = baseline.times(permyriad).dividedBy(10_000);
        const pct = savingsPercent(baseline, cost);
        return (
          pct !== null &&
          pct.greaterThanOrEqualTo(0) &&
          pct.lessThanOrEqualTo(100) &&
          pct.plus(permyriad / 100).equals(100)
        );
      }),
    );
  });
});
