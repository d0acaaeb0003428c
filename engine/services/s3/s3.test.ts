import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { monthlyCents, priceOne, run } from '../../testing/scenario';
import { earlyDeleteGbMonths, gbMonths, minimumSizePaddingGB } from './formulas';

const s3 = (extra: Record<string, unknown>) => ({ service: 's3' as const, id: 'bucket', ...extra });

describe('S3', () => {
  it('S3 User Guide March example: 100 GB × 15 days + 100 TB × 16 days = 52,900 GB-months → $1,215.00', () => {
    const months = gbMonths(
      [
        { gb: new Decimal(100), hours: new Decimal(15 * 24) },
        { gb: new Decimal(102_400), hours: new Decimal(16 * 24) },
      ],
      new Decimal(744),
    );
    expect(months.toString()).toBe('52900');
    const line = priceOne(s3({ storageGB: 52_900 }));
    expect(monthlyCents(line)).toBe('1215.00'); // 51,200 × 0.023 + 1,700 × 0.022
    expect(line.trace.filter((s) => s.label === 's3.storageTier')).toHaveLength(2);
  });
  it('Standard tiers are continuous at 50 TB and 500 TB', () => {
    expect(monthlyCents(priceOne(s3({ storageGB: 51_200 })))).toBe('1177.60');
    expect(monthlyCents(priceOne(s3({ storageGB: 512_000 })))).toBe('11315.20'); // 1177.6 + 460,800 × 0.022 = 1177.6 + 10137.6
    expect(monthlyCents(priceOne(s3({ storageGB: 512_100 })))).toBe('11317.30');
  });
  it('tiers are shared by the Standard lines of one region, in file order', () => {
    const result = run([s3({ id: 'a', storageGB: 51_200 }), s3({ id: 'b', storageGB: 100 })]);
    expect(monthlyCents(result.lines[1]!)).toBe('2.20');
  });
  it('IA classes bill objects under 128 KB as 128 KB', () => {
    expect(minimumSizePaddingGB(new Decimal(1_048_576), new Decimal(64), 128).toString()).toBe('64');
    // 1,048,576 objects of 64 KB = 64 GB stored, billed 128 GB × 0.0125
    expect(
      monthlyCents(priceOne(s3({ storageClass: 'STANDARD_IA', storageGB: 64, objectCount: 1_048_576 }))),
    ).toBe('1.60');
  });
  it('early delete: kept 10 of 30 days → charged (30 − 10) ÷ 10 = 2 more GB-months per GB', () => {
    expect(earlyDeleteGbMonths(new Decimal(100), new Decimal(10), 30).toString()).toBe('200');
    expect(earlyDeleteGbMonths(new Decimal(100), new Decimal(30), 30).toString()).toBe('0');
    expect(
      monthlyCents(priceOne(s3({ storageClass: 'STANDARD_IA', storageGB: 100, retentionDays: 10 }))),
    ).toBe('3.75');
    expect(
      monthlyCents(priceOne(s3({ storageClass: 'GLACIER_IR', storageGB: 100, retentionDays: 30 }))),
    ).toBe('1.20');
  });
  it('Glacier Flexible Retrieval: 8 KB per object at Standard + 32 KB at Glacier', () => {
    // 1,048,576 objects: 8 GB × 0.023 + 32 GB × 0.0036 = 0.184 + 0.1152, plus 1,000 GB × 0.0036 = 3.6
    expect(
      monthlyCents(priceOne(s3({ storageClass: 'GLACIER', storageGB: 1000, objectCount: 1_048_576 }))),
    ).toBe('3.90');
  });
  it('requests per 1,000 and Standard-IA retrieval per GB', () => {
    // 100 GB × 0.023 + 1M PUT × 0.005/1000 + 10M GET × 0.0004/1000 = 2.3 + 5 + 4
    expect(
      monthlyCents(priceOne(s3({ storageGB: 100, putRequests: 1_000_000, getRequests: 10_000_000 }))),
    ).toBe('11.30');
    expect(monthlyCents(priceOne(s3({ storageClass: 'STANDARD_IA', storageGB: 100, retrievalGB: 50 })))).toBe(
      '1.75',
    );
  });
  it('Intelligent-Tiering: monitoring fee for objects ≥ 128 KB; storage price missing → unpriced', () => {
    const line = priceOne(
      s3({ storageClass: 'INTELLIGENT_TIERING', storageGB: 1000, objectCount: 1_000_000 }),
    );
    expect(line.status).toBe('unpriced');
    expect(line.trace.some((s) => s.label === 's3.monitoring')).toBe(true);
  });
  it('request prices of other classes are not in the snapshot: unpriced, not Standard prices', () => {
    expect(priceOne(s3({ storageClass: 'STANDARD_IA', storageGB: 10, putRequests: 1000 })).status).toBe(
      'unpriced',
    );
  });
  it('Seoul Standard beyond 50 TB has no tier-2 price: unpriced', () => {
    expect(monthlyCents(priceOne(s3({ storageGB: 1000 }), { region: 'ap-northeast-2' }))).toBe('25.00');
    expect(priceOne(s3({ storageGB: 60_000 }), { region: 'ap-northeast-2' }).status).toBe('unpriced');
  });
});
