import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZERO } from '../money/decimal';
import {
  aboveZero,
  dividedByExact,
  minusUnlessZero,
  plusNumber,
  plusUnlessZero,
  sumCharges,
  timesCount,
  decimalOf,
} from './amounts';

/** Decimals as decimal.js computes them: products and quotients of prices and quantities, up to 20 digits */
const amount = fc
  .tuple(
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.constantFrom('0.096', '0.0000166667', '0.023', '1', '0', '168', '7'),
    fc.constantFrom(1, 3, 7, 168, 720),
  )
  .map(([q, price, divisor]) => new Decimal(q).times(price).dividedBy(divisor));
/** the same as the engine compares results: exact value and sign, as JSON writes them */
const same = (a: Decimal, b: Decimal) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('shortcuts that leave Decimals as the long way does', () => {
  it('skip only what changes nothing', () => {
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 5 }), (a, b, n) => {
        same(plusUnlessZero(a, b), a.plus(b));
        same(plusUnlessZero(a, ZERO), a.plus(ZERO));
        same(minusUnlessZero(a, b), a.minus(b));
        same(minusUnlessZero(a, ZERO), a.minus(ZERO));
        same(timesCount(a, n), a.times(n));
        same(plusNumber(a, n), a.plus(n));
        expect(aboveZero(a)).toBe(a.greaterThan(0));
      }),
    );
  });
  it('divides by 100, 1,000, 1,024 and 1,000,000 exactly as dividedBy does, even where it rounds', () => {
    const digits = fc.stringMatching(/^[1-9][0-9]{0,27}$/);
    fc.assert(
      fc.property(
        digits,
        fc.integer({ min: -30, max: 10 }),
        fc.constantFrom(100, 1000, 1024, 1_000_000) as fc.Arbitrary<100 | 1000 | 1024 | 1_000_000>,
        (mantissa, exponent, divisor) => {
          const x = new Decimal(`${mantissa}e${exponent}`);
          same(dividedByExact(x, divisor), x.dividedBy(divisor));
        },
      ),
      { numRuns: 2000 },
    );
    // a tie at the 21st digit rounds half-up both ways
    const tie = new Decimal('1234567890123456789.25');
    same(dividedByExact(tie, 100), tie.dividedBy(100));
  });
  it('sums charges as reduce from zero does, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(amount, fc.constant(ZERO)), { maxLength: 8 }), (charges) => {
        same(
          sumCharges(charges),
          charges.reduce((acc, c) => acc.plus(c), ZERO),
        );
      }),
    );
  });
  it('does not skip an operation that would round (more digits than the precision)', () => {
    const long = new Decimal('1.234567890123456789012345'); // 25 significant digits, as parsed
    same(timesCount(long, 1), long.times(1));
    expect(timesCount(long, 1).toString()).toBe('1.234567890123456789');
    same(plusUnlessZero(long, ZERO), long.plus(0));
    same(sumCharges([long]), ZERO.plus(long));
  });
  it('shares whole numbers and keeps others exact', () => {
    expect(decimalOf(2)).toBe(decimalOf(2));
    expect(decimalOf(1536)).toBe(decimalOf(1536));
    expect(decimalOf(1536).toString()).toBe('1536');
    expect(decimalOf(42.5).toString()).toBe('42.5');
    expect(JSON.stringify(decimalOf(-0))).toBe(JSON.stringify(new Decimal(-0)));
    expect(() => decimalOf(Number.NaN)).toThrow(/not a finite number/);
    expect(aboveZero(new Decimal(-1))).toBe(false);
    expect(aboveZero(new Decimal(NaN))).toBe(false);
  });
});
