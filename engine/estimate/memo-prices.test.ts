import { describe, expect, it } from 'vitest';
import { fakePrices } from '../testing/fake-prices';
import { memoizedPrices } from './memo-prices';
import type { Prices } from './prices';

/** fake prices that count how often each lookup is asked */
function counted(): { prices: Prices; calls: Record<string, number> } {
  const base = fakePrices();
  const calls: Record<string, number> = {};
  const count =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      calls[name] = (calls[name] ?? 0) + 1;
      return fn(...args);
    };
  return {
    calls,
    prices: {
      ...base,
      instance: count('instance', base.instance),
      onDemand: count('onDemand', base.onDemand),
      reserved: count('reserved', base.reserved),
      curated: count('curated', base.curated),
    },
  };
}

describe('memoizedPrices', () => {
  it('asks each question once and returns the first answer (the same object) after that', () => {
    const { prices, calls } = counted();
    const memo = memoizedPrices(prices);
    const first = memo.onDemand('us-east-1', 'm5.large', 'linux');
    expect(memo.onDemand('us-east-1', 'm5.large', 'linux')).toBe(first);
    expect(first).toEqual(prices.onDemand('us-east-1', 'm5.large', 'linux'));
    memo.onDemand('us-east-1', 'm5.large', 'windows');
    memo.onDemand('ap-northeast-2', 'm5.large', 'linux');
    expect(calls.onDemand).toBe(1 + 1 + 2); // one direct call above
    expect(memo.curated('lambda', 'us-east-1', 'requests')).toBe(
      memo.curated('lambda', 'us-east-1', 'requests'),
    );
    expect(calls.curated).toBe(1);
  });
  it('remembers "not there" answers too, and keeps the parts of a question apart', () => {
    const { prices, calls } = counted();
    const memo = memoizedPrices(prices);
    expect(memo.instance('zz9.huge')).toBeUndefined();
    expect(memo.instance('zz9.huge')).toBeUndefined();
    expect(calls.instance).toBe(1);
    const q = {
      region: 'us-east-1',
      type: 'm5.large',
      os: 'linux',
      term: '1yr',
      payment: 'all-upfront',
    } as const;
    const standard = memo.reserved({ ...q, offeringClass: 'standard' });
    const convertible = memo.reserved({ ...q, offeringClass: 'convertible' });
    expect(standard).not.toBe(convertible);
    if (standard.status !== 'priced' || convertible.status !== 'priced') throw new Error('unpriced');
    expect([standard.upfront.toString(), convertible.upfront.toString()]).toEqual(['494', '577']);
  });
  it('wraps once: a remembering Prices is returned as it is', () => {
    const memo = memoizedPrices(fakePrices());
    expect(memoizedPrices(memo)).toBe(memo);
    expect(memo.snapshotId).toBe(fakePrices().snapshotId);
  });
});
