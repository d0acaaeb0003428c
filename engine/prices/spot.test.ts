import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OperatingSystem } from '../../pricing-data/schema';
import type { SpotQuote } from './quotes';
import { spotEstimate } from './spot';
import { bundledSnapshot } from './testing/bundled-files';

const snap = bundledSnapshot();

function priced(quote: SpotQuote) {
  if (quote.status !== 'priced') throw new Error(`expected a price, got: ${quote.reason}`);
  return quote;
}

describe('spotEstimate = on-demand × (1 − advisor savings %)', () => {
  it('m5.large us-east-1 Linux: 0.096 × (1 − 66%) = 0.03264, interruption 15-20%', () => {
    const quote = priced(spotEstimate(snap, 'us-east-1', 'm5.large', 'linux'));
    expect(quote.hourly.toString()).toBe('0.03264');
    expect(quote.savingsPct).toBe(66);
    expect(quote.band).toEqual({ index: 3, label: '15-20%' });
    expect(quote.label).toBe('historical average');
    expect(quote.basis).toBe('estimate');
  });

  it('m5.large Seoul Linux: 0.118 × (1 − 68%) = 0.03776', () => {
    expect(priced(spotEstimate(snap, 'ap-northeast-2', 'm5.large', 'linux')).hourly.toString()).toBe(
      '0.03776',
    );
  });

  it('m5.xlarge us-east-1 Windows: 0.376 × (1 − 46%) = 0.20304', () => {
    expect(priced(spotEstimate(snap, 'us-east-1', 'm5.xlarge', 'windows')).hourly.toString()).toBe('0.20304');
  });

  it('keeps the savings when the region has no on-demand price, but does not invent a price', () => {
    const quote = spotEstimate(snap, 'eu-west-1', 'm5.large', 'linux');
    expect(quote.status).toBe('unavailable');
    if (quote.status === 'unavailable') {
      expect(quote.savingsPct).toBe(57);
      expect(quote.reason).toMatch(/57% off/);
    }
  });

  it('spot never exceeds on-demand and follows the formula for every advisor entry with a price', () => {
    const pairs: Array<[string, OperatingSystem]> = [];
    for (const region of ['us-east-1', 'ap-northeast-2'] as const) {
      for (const os of ['linux', 'windows'] as const) {
        for (const type of Object.keys(snap.spot.regions[region]?.[os] ?? {}))
          pairs.push([`${region}|${type}`, os]);
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([key, os]) => {
        const [region = '', type = ''] = key.split('|');
        const quote = spotEstimate(snap, region, type, os);
        if (quote.status !== 'priced') return;
        expect(quote.hourly.lessThanOrEqualTo(quote.onDemandHourly)).toBe(true);
        expect(quote.hourly.equals(quote.onDemandHourly.times(100 - quote.savingsPct).dividedBy(100))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });
});
