import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { curatedPrice, type CuratedService } from './curated';
import type { CuratedQuote } from './quotes';
import { bundledSnapshot } from './testing/bundled-files';

const snap = bundledSnapshot();

function price(service: CuratedService, region: string, key: string): Decimal {
  const quote: CuratedQuote = curatedPrice(snap, service, region, key);
  if (quote.status !== 'priced') throw new Error(`expected a price for ${service} ${key}: ${quote.reason}`);
  return quote.price;
}

describe('worked examples from the product brief (§4), to the cent', () => {
  it('Lambda x86 1,536 MB, 3 M requests × 120 ms = $2.73', () => {
    const gbSeconds = new Decimal(3_000_000).times('0.12').times('1.5');
    expect(gbSeconds.toString()).toBe('540000');
    const billable = gbSeconds.minus(price('lambda', 'us-east-1', 'free.gb-seconds'));
    const compute = billable.times(price('lambda', 'us-east-1', 'duration.x86_64'));
    const requests = new Decimal(3_000_000)
      .minus(price('lambda', 'us-east-1', 'free.requests'))
      .dividedBy(1_000_000)
      .times(price('lambda', 'us-east-1', 'requests'));
    expect(compute.toFixed(2)).toBe('2.33');
    expect(requests.toFixed(2)).toBe('0.40');
    expect(compute.plus(requests).toFixed(2)).toBe('2.73');
  });

  it('S3 Standard us-east-1, 52,900 GB-months = $1,215.00', () => {
    const cost = new Decimal(51_200)
      .times(price('s3', 'us-east-1', 'standard.storage.tier1'))
      .plus(new Decimal(1_700).times(price('s3', 'us-east-1', 'standard.storage.tier2')));
    expect(cost.toFixed(2)).toBe('1215.00');
  });

  it('EBS gp2 2,000 GB for 12 hours of a 30-day month = $3.33', () => {
    const cost = new Decimal(2_000)
      .times(price('ebs', 'us-east-1', 'gp2.storage'))
      .times(12)
      .dividedBy(720);
    expect(cost.toFixed(2)).toBe('3.33');
  });

  it('Seoul bill: 1,961.881 GB out = $247.20, inter-AZ 107.630 GB = $1.08', () => {
    expect(
      new Decimal('1961.881')
        .times(price('data-transfer', 'ap-northeast-2', 'internet-out.tier1'))
        .toFixed(2),
    ).toBe('247.20');
    expect(
      new Decimal('107.630').times(price('data-transfer', 'ap-northeast-2', 'inter-az')).toFixed(2),
    ).toBe('1.08');
  });
});

describe('curated tables', () => {
  it('emit every key for both regions', () => {
    for (const table of [snap.ebs, snap.s3, snap.transfer, snap.lambda]) {
      const us = (table.regions['us-east-1'] ?? []).map((i) => i.key);
      const seoul = (table.regions['ap-northeast-2'] ?? []).map((i) => i.key);
      expect(us.length).toBeGreaterThan(0);
      expect(seoul).toEqual(us);
    }
    expect((snap.ebs.regions['us-east-1'] ?? []).length).toBe(14);
    expect((snap.s3.regions['us-east-1'] ?? []).length).toBe(13);
    expect((snap.transfer.regions['us-east-1'] ?? []).length).toBe(9);
    expect((snap.lambda.regions['us-east-1'] ?? []).length).toBe(5);
  });

  it('a blank source price is unavailable, never zero, and keeps the curated note', () => {
    const sc1 = curatedPrice(snap, 'ebs', 'ap-northeast-2', 'sc1.storage');
    expect(sc1.status).toBe('unavailable');
    expect(sc1.status === 'unavailable' && sc1.note).toMatch(/CONFLICTING sources/);
    expect(curatedPrice(snap, 'ebs', 'us-east-1', 'io2.iops.tier3').status).toBe('unavailable');
    expect(curatedPrice(snap, 'ebs', 'ap-northeast-2', 'gp3.throughput').status).toBe('unavailable');
    expect(curatedPrice(snap, 's3', 'us-east-1', 'intelligent-tiering.storage.frequent').status).toBe(
      'unavailable',
    );
    expect(curatedPrice(snap, 'data-transfer', 'ap-northeast-2', 'inter-region.out-us').status).toBe(
      'unavailable',
    );
  });

  it('internet-in is a real, sourced zero', () => {
    const quote = curatedPrice(snap, 'data-transfer', 'ap-northeast-2', 'internet-in');
    expect(quote.status === 'priced' && quote.price.isZero()).toBe(true);
    expect(quote.status === 'priced' && quote.sourceKind).toBe('aws-page');
  });

  it('keeps "VERIFY" notes and records source kind and date', () => {
    const quote = curatedPrice(snap, 's3', 'us-east-1', 'standard.storage.tier3');
    expect(quote.status === 'priced' && quote.note).toMatch(/VERIFY/);
    const gp3 = curatedPrice(snap, 'ebs', 'ap-northeast-2', 'gp3.storage');
    expect(gp3).toMatchObject({ status: 'priced', sourceKind: 'third-party', asOf: '2026-10-01' });
    expect(gp3.status === 'priced' && gp3.price.toString()).toBe('0.0912');
  });

  it('Seoul reuses the global free tiers and says so', () => {
    const quote = curatedPrice(snap, 'lambda', 'ap-northeast-2', 'free.gb-seconds');
    expect(quote.status === 'priced' && quote.price.toString()).toBe('400000');
    expect(quote.status === 'priced' && quote.note).toMatch(/global/);
    expect(price('data-transfer', 'ap-northeast-2', 'internet-out.free-allowance-gb').toString()).toBe('100');
  });

  it('unknown keys and regions say what is wrong', () => {
    const key = curatedPrice(snap, 'ebs', 'us-east-1', 'gp9.storage');
    expect(key.status === 'unavailable' && key.reason).toMatch(/unknown ebs price key "gp9\.storage"/);
    const region = curatedPrice(snap, 'ebs', 'eu-west-1', 'gp3.storage');
    expect(region.status === 'unavailable' && region.reason).toMatch(/no ebs prices for eu-west-1/);
  });
});
