import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  formatFraction,
  formatPercentChange,
  formatUnitPrice,
  formatUnitPriceChange,
  formatUsdChange,
} from './format';

describe('price-tables number formats', () => {
  it('keeps the digits of a unit price', () => {
    expect(formatUnitPrice(new Decimal('0.096'), 'en')).toBe('$0.096');
    expect(formatUnitPrice(new Decimal('0.0000166667'), 'ko')).toBe('$0.0000166667');
    expect(formatUnitPrice(new Decimal('0.1'), 'en')).toBe('$0.10');
    expect(formatUnitPrice(new Decimal('26.676'), 'en')).toBe('$26.676');
  });

  it('signs changes, so a rise and a fall read differently', () => {
    expect(formatUnitPriceChange(new Decimal('0.004'), 'en')).toBe('+$0.004');
    expect(formatUnitPriceChange(new Decimal('-0.0125'), 'ko')).toBe('-$0.0125');
    expect(formatUnitPriceChange(new Decimal(0), 'en')).toBe('$0.00');
  });

  it('shows percentages to 2 decimals, half-up', () => {
    // 0.004 / 0.096 = 4.1666…%
    expect(formatPercentChange(new Decimal('0.004').times(100).dividedBy('0.096'), 'en')).toBe('+4.17%');
    expect(formatPercentChange(new Decimal('-12.345'), 'ko')).toBe('-12.35%');
    expect(formatPercentChange(new Decimal(0), 'en')).toBe('0.00%');
  });

  it('turns estimate fractions into percentages', () => {
    expect(formatFraction('0.3847', 'ko')).toBe('38.47%');
    expect(formatFraction('0.7208', 'en')).toBe('72.08%');
    expect(formatFraction('1', 'en')).toBe('100.00%');
  });

  it('rounds money deltas to the cent before signing them', () => {
    expect(formatUsdChange(new Decimal('2.92'), 'en')).toBe('+$2.92');
    expect(formatUsdChange(new Decimal('-137.24'), 'en')).toBe('-$137.24');
    expect(formatUsdChange(new Decimal('0.004'), 'en')).toBe('$0.00');
    expect(formatUsdChange(new Decimal('1234.5'), 'ko')).toBe('+$1,234.50');
  });
});
