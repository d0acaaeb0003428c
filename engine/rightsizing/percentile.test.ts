import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockMeans, percentile, stats } from './percentile';

describe('percentile (nearest rank)', () => {
  // 200 five-minute maxima 0, 0.5, …, 99.5 in shuffled order
  const values = Array.from({ length: 200 }, (_, i) => ((i * 37) % 200) / 2);

  it('P90 / P95 / P99.5 of 200 values are the 180th / 190th / 199th smallest', () => {
    expect(percentile(values, 90)).toBe(89.5);
    expect(percentile(values, 95)).toBe(94.5);
    expect(percentile(values, 99.5)).toBe(99);
    expect(percentile(values, 100)).toBe(99.5);
  });

  it('P99.5 of 14 days of 5-minute data ignores the 20 highest intervals', () => {
    const day14 = new Float64Array(4032).fill(10);
    for (let i = 0; i < 20; i++) day14[i * 200] = 95;
    expect(percentile(day14, 99.5)).toBe(10);
    day14[1] = 95;
    expect(percentile(day14, 99.5)).toBe(95);
  });

  it('skips intervals without data (NaN) and returns null when nothing is left', () => {
    expect(percentile([NaN, 5, NaN, 7], 50)).toBe(5);
    expect(percentile([NaN], 50)).toBeNull();
  });

  it('property: equals the sorted-array definition and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (data, p) => {
          const sorted = [...data].sort((a, b) => a - b);
          const expected = sorted[Math.max(1, Math.ceil((p / 100) * data.length)) - 1];
          expect(percentile(data, p)).toBe(expected);
          expect(percentile(data, Math.min(100, p + 5)) as number).toBeGreaterThanOrEqual(
            percentile(data, p) as number,
          );
        },
      ),
    );
  });
});

describe('stats and blockMeans', () => {
  it('max and mean ignore NaN; blocks of 288 give daily means', () => {
    expect(stats(Float64Array.from([1, NaN, 3]))).toEqual({ count: 2, max: 3, mean: 2 });
    const twoDays = new Float64Array(576);
    twoDays.fill(10, 0, 288);
    twoDays.fill(40, 288);
    expect(blockMeans(twoDays, 288)).toEqual([10, 40]);
  });
});
