import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentSchema, riClassSchema, riTermSchema } from '../../pricing-data/schema';
import { reservedRate, savingsPlanRate } from './commitments';
import type { RiQuote } from './quotes';
import { bundledSnapshot } from './testing/bundled-files';

const snap = bundledSnapshot();

function priced(quote: RiQuote) {
  if (quote.status !== 'priced') throw new Error(`expected a price, got: ${quote.reason}`);
  return quote;
}

describe('reservedRate: exact cards', () => {
  it('m5.large us-east-1 1yr standard partial upfront: 252 upfront + 0.029/h (AWS Pricing API)', () => {
    const quote = priced(
      reservedRate(snap, {
        region: 'us-east-1',
        type: 'm5.large',
        os: 'linux',
        term: '1yr',
        offeringClass: 'standard',
        payment: 'partial-upfront',
      }),
    );
    expect(quote.basis).toBe('exact');
    expect(quote.splitExact).toBe(true);
    expect(quote.upfront.toString()).toBe('252');
    expect(quote.hourly.toString()).toBe('0.029');
    expect(quote.termHours).toBe(8760);
    expect(quote.effectiveHourly.equals(new Decimal(252).dividedBy(8760).plus('0.029'))).toBe(true);
  });

  it('m5.large 3yr convertible all upfront: 1161 upfront, nothing hourly', () => {
    const quote = priced(
      reservedRate(snap, {
        region: 'us-east-1',
        type: 'm5.large',
        os: 'linux',
        term: '3yr',
        offeringClass: 'convertible',
        payment: 'all-upfront',
      }),
    );
    expect(quote.upfront.toString()).toBe('1161');
    expect(quote.hourly.isZero()).toBe(true);
  });

  it('x2iedn.32xlarge us-east-1 1yr standard no upfront: 16.41374/h, exact split', () => {
    const quote = priced(
      reservedRate(snap, {
        region: 'us-east-1',
        type: 'x2iedn.32xlarge',
        os: 'linux',
        term: '1yr',
        offeringClass: 'standard',
        payment: 'no-upfront',
      }),
    );
    expect(quote.effectiveHourly.toString()).toBe('16.41374');
    expect(quote.upfront.isZero()).toBe(true);
    expect(quote.hourly.toString()).toBe('16.41374');
    expect(quote.splitExact).toBe(true);
  });

  it('x2iedn.32xlarge Seoul Windows 3yr convertible all upfront: effective 19.421271 × 26280 h upfront', () => {
    const quote = priced(
      reservedRate(snap, {
        region: 'ap-northeast-2',
        type: 'x2iedn.32xlarge',
        os: 'windows',
        term: '3yr',
        offeringClass: 'convertible',
        payment: 'all-upfront',
      }),
    );
    expect(quote.basis).toBe('exact');
    expect(quote.effectiveHourly.toString()).toBe('19.421271');
    expect(quote.upfront.toString()).toBe('510391.00188');
    expect(quote.hourly.isZero()).toBe(true);
    expect(quote.splitExact).toBe(false);
  });
});

describe('reservedRate: labelled estimates from the typical discounts', () => {
  it('m5.xlarge us-east-1 3yr standard all upfront = 0.192 × (1 − 0.7208) over 26280 h', () => {
    const quote = priced(
      reservedRate(snap, {
        region: 'us-east-1',
        type: 'm5.xlarge',
        os: 'linux',
        term: '3yr',
        offeringClass: 'standard',
        payment: 'all-upfront',
      }),
    );
    expect(quote.basis).toBe('estimate');
    expect(quote.confidence).toBe('low');
    expect(quote.sourceId).toBe('derived-typical-discounts');
    expect(quote.effectiveHourly.toString()).toBe('0.0536064');
    expect(quote.upfront.toString()).toBe('1408.776192');
    expect(quote.hourly.isZero()).toBe(true);
    expect(quote.explanation).toMatch(/^ESTIMATE/);
  });

  it('Windows estimates discount the Linux part only: m5.large 1yr standard no upfront', () => {
    const quote = priced(
      reservedRate(snap, {
        region: 'us-east-1',
        type: 'm5.large',
        os: 'windows',
        term: '1yr',
        offeringClass: 'standard',
        payment: 'no-upfront',
      }),
    );
    // 0.096 × (1 − 0.3847) + 0.046 × 2
    expect(quote.effectiveHourly.toString()).toBe('0.1510688');
    expect(quote.basis).toBe('estimate');
  });

  it('is unavailable without an on-demand base, and for Windows on T types', () => {
    const noBase = reservedRate(snap, {
      region: 'eu-west-1',
      type: 'm5.large',
      os: 'linux',
      term: '1yr',
      offeringClass: 'standard',
      payment: 'no-upfront',
    });
    expect(noBase.status === 'unavailable' && noBase.reason).toMatch(
      /no on-demand Linux price for m5\.large in eu-west-1/,
    );
    const tWindows = reservedRate(snap, {
      region: 'ap-northeast-2',
      type: 't3.micro',
      os: 'windows',
      term: '1yr',
      offeringClass: 'standard',
      payment: 'no-upfront',
    });
    expect(tWindows.status).toBe('unavailable');
  });

  it('upfront + hourly × term = effective × term, and every estimate is below on-demand (property)', () => {
    const types = Object.keys(snap.onDemand.regions['us-east-1'] ?? {});
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.constantFrom(...riTermSchema.options),
        fc.constantFrom(...riClassSchema.options),
        fc.constantFrom(...paymentSchema.options),
        (type, term, offeringClass, payment) => {
          const quote = priced(
            reservedRate(snap, { region: 'us-east-1', type, os: 'linux', term, offeringClass, payment }),
          );
          const hours = quote.termHours;
          expect(
            quote.upfront
              .plus(quote.hourly.times(hours))
              .minus(quote.effectiveHourly.times(hours))
              .abs()
              .lessThan('1e-9'),
          ).toBe(true);
          const onDemand = new Decimal(snap.onDemand.regions['us-east-1']?.[type]?.hourly ?? '0');
          expect(quote.effectiveHourly.lessThan(onDemand)).toBe(true);
          expect(quote.upfront.isNegative() || quote.hourly.isNegative()).toBe(false);
          if (payment === 'no-upfront') expect(quote.upfront.isZero()).toBe(true);
          if (payment === 'all-upfront') expect(quote.hourly.isZero()).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('savingsPlanRate', () => {
  it('has no exact rates: Compute SP 1yr no upfront on m5.large is a Convertible-RI-like estimate', () => {
    expect(snap.savingsPlans.rates).toHaveLength(0);
    const quote = priced(
      savingsPlanRate(snap, {
        region: 'us-east-1',
        type: 'm5.large',
        os: 'linux',
        planType: 'compute',
        term: '1yr',
        payment: 'no-upfront',
      }),
    );
    expect(quote.basis).toBe('estimate');
    expect(quote.effectiveHourly.toString()).toBe('0.0709632'); // 0.096 × (1 − 0.2608)
  });

  it('EC2 Instance SP copies the Standard RI estimate of the same term and payment', () => {
    const sp = priced(
      savingsPlanRate(snap, {
        region: 'ap-northeast-2',
        type: 'm5.large',
        os: 'linux',
        planType: 'ec2-instance',
        term: '3yr',
        payment: 'partial-upfront',
      }),
    );
    const ri = priced(
      reservedRate(snap, {
        region: 'ap-northeast-2',
        type: 'm5.large',
        os: 'linux',
        term: '3yr',
        offeringClass: 'standard',
        payment: 'partial-upfront',
      }),
    );
    expect(sp.effectiveHourly.equals(ri.effectiveHourly)).toBe(true);
  });
});
