import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { findInstanceType, onDemandHourly } from './on-demand';
import type { PriceQuote } from './quotes';
import { bundledSnapshot } from './testing/bundled-files';

const snap = bundledSnapshot();

function priced(quote: PriceQuote) {
  if (quote.status !== 'priced') throw new Error(`expected a price, got: ${quote.reason}`);
  return quote;
}

function reason(quote: PriceQuote): string {
  if (quote.status !== 'unavailable') throw new Error(`expected unavailable, got ${quote.hourly.toString()}`);
  return quote.reason;
}

describe('onDemandHourly: spot checks against the sources', () => {
  it.each([
    ['us-east-1', 'm5.large', '0.096', 'karpenter-pricing-2026-07-20'],
    ['us-east-1', 't3.micro', '0.0104', 'karpenter-pricing-2026-07-20'],
    ['ap-northeast-2', 't3.micro', '0.013', 'skypilot-vms-csv'],
    ['ap-northeast-2', 'm5.large', '0.118', 'skypilot-vms-csv'],
    ['us-east-1', 'm5.xlarge', '0.192', 'karpenter-pricing-2026-07-20'],
    ['eu-west-1', 'x2iedn.32xlarge', '32.012', 'ec2instances-x2iedn'],
  ])('%s %s Linux = %s', (region, type, hourly, source) => {
    const quote = priced(onDemandHourly(snap, region, type, 'linux'));
    expect(quote.hourly.toString()).toBe(hourly);
    expect(quote.sourceId).toBe(source);
    expect(quote.basis).toBe('exact');
  });

  it('m5.large for a 730-hour month costs $70.08 (brief §4)', () => {
    expect(
      priced(onDemandHourly(snap, 'us-east-1', 'm5.large', 'linux'))
        .hourly.times(730)
        .toFixed(2),
    ).toBe('70.08');
  });

  it('keeps the digits of the source (trailing zeros of the table are not re-rounded)', () => {
    const rate = snap.onDemand.regions['us-east-1']?.['a1.medium'];
    expect(rate?.hourly).toBe('0.0255');
  });

  it('marks Seoul metal sizes low-confidence with a note', () => {
    const quote = priced(onDemandHourly(snap, 'ap-northeast-2', 'c5.metal', 'linux'));
    expect(quote.confidence).toBe('low');
    expect(quote.explanation).toMatch(/metal/);
    expect(priced(onDemandHourly(snap, 'ap-northeast-2', 'c5.large', 'linux')).confidence).toBe('high');
  });
});

describe('Windows = Linux + 0.046 per vCPU-hour for non-burstable types', () => {
  it('m5.xlarge us-east-1 Windows is 0.376 (brief §4)', () => {
    const quote = priced(onDemandHourly(snap, 'us-east-1', 'm5.xlarge', 'windows'));
    expect(quote.hourly.toString()).toBe('0.376');
    expect(quote.basis).toBe('derived-rule');
    expect(quote.sourceId).toBe('derived-windows-adder');
    expect(quote.explanation).toContain('0.046 × 4 vCPU');
  });

  it('matches the real x2iedn.32xlarge Windows rate in Seoul (44.57)', () => {
    expect(
      priced(onDemandHourly(snap, 'ap-northeast-2', 'x2iedn.32xlarge', 'windows')).hourly.toString(),
    ).toBe('44.57');
  });

  it('burstable T types have no Windows price', () => {
    expect(reason(onDemandHourly(snap, 'us-east-1', 't3.micro', 'windows'))).toMatch(/burstable t3\.micro/);
  });
});

describe('unavailable, with a reason naming what is missing', () => {
  it('unknown type', () => {
    expect(reason(onDemandHourly(snap, 'us-east-1', 'm5.huge', 'linux'))).toMatch(
      /unknown instance type "m5\.huge"/,
    );
    expect(findInstanceType(snap, 'm5.huge')).toBeUndefined();
  });
  it('unknown region', () => {
    expect(reason(onDemandHourly(snap, 'ap-northeast-9', 'm5.large', 'linux'))).toMatch(
      /unknown region "ap-northeast-9"/,
    );
  });
  it('a region without data for the type is never priced at zero', () => {
    const text = reason(onDemandHourly(snap, 'eu-west-1', 'm5.large', 'linux'));
    expect(text).toMatch(/no on-demand Linux price for m5\.large in eu-west-1/);
  });
});

describe('Windows adder property', () => {
  it('holds for every priced non-burstable us-east-1 type', () => {
    const rates = Object.entries(snap.onDemand.regions['us-east-1'] ?? {});
    expect(rates.length).toBeGreaterThanOrEqual(1300);
    for (const [type, rate] of rates) {
      const instance = findInstanceType(snap, type);
      const quote = onDemandHourly(snap, 'us-east-1', type, 'windows');
      if (instance?.burstable) {
        expect(quote.status).toBe('unavailable');
      } else {
        const expected = new Decimal(rate.hourly).plus(new Decimal('0.046').times(instance?.vcpu ?? 0));
        expect(priced(quote).hourly.equals(expected)).toBe(true);
      }
    }
  });
});
