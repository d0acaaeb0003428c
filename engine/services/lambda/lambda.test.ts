import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatTrace } from '../../trace/format';
import { monthlyCents, priceOne, run } from '../../testing/scenario';
import { gbSeconds } from './formulas';

const fn = (extra: Record<string, unknown> = {}) => ({
  service: 'lambda' as const,
  id: 'api',
  requestsPerMonth: 3_000_000,
  averageDurationMs: 120,
  memoryMB: 1536,
  ...extra,
});

describe('Lambda', () => {
  it('x86 1,536 MB, 3M requests × 120 ms = $2.73 (brief §4)', () => {
    expect(gbSeconds(new Decimal(3_000_000), new Decimal(120), 1536).toString()).toBe('540000');
    const line = priceOne(fn());
    expect(monthlyCents(line)).toBe('2.73');
    const compute = line.trace.find((s) => s.label === 'lambda.compute');
    expect(formatTrace(compute!, 'en')).toBe('Duration (x86_64): 140,000 GB-s × $0.0000166667/GB-s = $2.33');
    const requests = line.trace.find((s) => s.label === 'lambda.requests');
    expect(formatTrace(requests!, 'en')).toBe(
      'Requests: 2,000,000 requests ÷ 1,000,000 × $0.2/1M requests = $0.40',
    );
  });
  it('without the free tier: 540,000 × 0.0000166667 + 3 × 0.20 = $9.60', () => {
    expect(monthlyCents(priceOne(fn(), { settings: { freeTier: false } }))).toBe('9.60');
  });
  it('arm64 uses its own duration price', () => {
    expect(monthlyCents(priceOne(fn({ architecture: 'arm64' })))).toBe('2.27'); // 140,000 × 0.0000133334 + 0.40
  });
  it('the free tier is shared by all functions of the estimate', () => {
    const result = run([fn({ id: 'a', requestsPerMonth: 1_000_000 }), fn({ id: 'b' })]);
    expect(monthlyCents(result.lines[0]!)).toBe('0.00'); // 180,000 GB-s and 1M requests: all free
    // b: 540,000 − 220,000 free = 320,000 × 0.0000166667 = 5.333344; 3M requests at 0.20/M = 0.60
    expect(monthlyCents(result.lines[1]!)).toBe('5.93');
  });
  it('a region without Lambda prices makes the line unpriced', () => {
    expect(priceOne(fn(), { region: 'eu-west-1' }).status).toBe('unpriced');
  });
});
