/**
 * Shortcuts that leave every Decimal exactly as the long way would. decimal.js rounds each result to
 * `Decimal.precision` significant digits, so `x + 0` and `x × 1` give back x itself when x already fits
 * that precision (every computed amount does); only then is the operation skipped.
 */
import Decimal from 'decimal.js';
import { dec, ZERO } from '../money/decimal';

const fits = (x: Decimal): boolean => x.precision() <= Decimal.precision;

/** `sum.plus(value)`, skipped when `value` is zero. */
export function plusUnlessZero(sum: Decimal, value: Decimal): Decimal {
  return value.isZero() && fits(sum) ? sum : sum.plus(value);
}

/** `x > 0` without building a Decimal of 0 to compare with. */
export const aboveZero = (x: Decimal): boolean => !x.isZero() && x.isPositive() && !x.isNaN();

/** `x.minus(value)`, skipped when `value` is zero. */
export function minusUnlessZero(x: Decimal, value: Decimal): Decimal {
  return value.isZero() && fits(x) ? x : x.minus(value);
}

/** `x.plus(n)` for a plain number, skipped when n is 0. */
export function plusNumber(x: Decimal, n: number): Decimal {
  return n === 0 && fits(x) ? x : x.plus(n);
}

/** `x.times(n)`, skipped when n is 1. */
export function timesCount(x: Decimal, n: number): Decimal {
  return n === 1 && fits(x) ? x : x.times(n);
}

/** The charges added in order from zero, as `charges.reduce((a, c) => a.plus(c), ZERO)`. */
export function sumCharges(charges: readonly Decimal[]): Decimal {
  let sum = ZERO;
  for (const charge of charges)
    sum = sum.isZero() && fits(charge) && !charge.isZero() ? charge : plusUnlessZero(sum, charge);
  return sum;
}

const RECIPROCAL = {
  100: dec('0.01'),
  1000: dec('0.001'),
  1024: dec('0.0009765625'),
  1000000: dec('0.000001'),
} as const;

/**
 * `x.dividedBy(divisor)` as `x.times(1 / divisor)`: these reciprocals are exact decimals, and both
 * operations round the same exact value to the precision, so the result is the same Decimal (the tests
 * check it on random values, ties and values longer than the precision) without a long division.
 */
export function dividedByExact(x: Decimal, divisor: keyof typeof RECIPROCAL): Decimal {
  return x.times(RECIPROCAL[divisor]);
}

const SMALL = Array.from({ length: 101 }, (_, n) => new Decimal(n));
const WHOLE = new Map<number, Decimal>();

/**
 * `dec(n)` for a number of the scenario, one shared instance per whole number (counts, vCPUs, GB, MB,
 * requests repeat across lines; Decimals are immutable). Other numbers get a new Decimal.
 */
export function decimalOf(n: number): Decimal {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return dec(n);
  const small = SMALL[n];
  if (small) return small;
  let whole = WHOLE.get(n);
  if (!whole) {
    if (WHOLE.size >= 10_000) WHOLE.clear();
    whole = new Decimal(n);
    WHOLE.set(n, whole);
  }
  return whole;
}
