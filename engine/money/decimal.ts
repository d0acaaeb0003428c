/** Building Decimals from user input and data. Never pass a float that came out of arithmetic. */
import Decimal from 'decimal.js';

export { Decimal };

export const ZERO = new Decimal(0);

/** From a decimal string of a price table, or a number the user typed (parsed from JSON). */
export function dec(value: string | number): Decimal {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

export const min = (a: Decimal, b: Decimal): Decimal => (a.lessThan(b) ? a : b);
export const max = (a: Decimal, b: Decimal): Decimal => (a.greaterThan(b) ? a : b);
