import { describe, expect, it } from 'vitest';
import { dec, sum } from './decimal';
import { compactString, exactString, krw, ROUNDING, round, usd } from './rounding';

describe('rounding policies', () => {
  it('rounds USD half-up to cents', () => {
    expect(usd(dec('247.197006'))).toBe('247.20');
    expect(usd(dec('0.005'))).toBe('0.01');
    expect(usd(dec('0.0049999'))).toBe('0.00');
    expect(usd(dec('24.8273306'))).toBe('24.83');
  });
  it('rounds KRW half-up to whole won', () => {
    expect(krw(dec('1384.5'))).toBe('1385');
    expect(krw(dec('1384.49'))).toBe('1384');
  });
  it('rounds a total once: the sum of unrounded parts, not the sum of rounded parts', () => {
    const parts = [dec('0.004'), dec('0.004'), dec('0.004')];
    expect(usd(sum(parts))).toBe('0.01');
    expect(sum(parts.map((p) => round(p, ROUNDING.usdDisplay))).toFixed(2)).toBe('0.00');
  });
  it('prints compact and exact strings without exponents', () => {
    expect(compactString(dec('30.416666666'), ROUNDING.quantity)).toBe('30.4167');
    expect(exactString(dec('0.0000166667').times(140000))).toBe('2.333338');
    expect(exactString(dec('1e-12'))).toBe('0.000000000001');
  });
});
