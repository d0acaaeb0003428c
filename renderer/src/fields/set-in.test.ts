import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './set-in';

describe('setIn', () => {
  it('replaces a nested value and shares untouched branches', () => {
    const before = { a: { b: 1, c: { d: 2 } }, e: { f: 3 } };
    const after = setIn(before, ['a', 'b'], 5);
    expect(after).toEqual({ a: { b: 5, c: { d: 2 } }, e: { f: 3 } });
    expect(after.e).toBe(before.e);
    expect(after.a.c).toBe(before.a.c);
    expect(before.a.b).toBe(1);
  });

  it('deletes a key when the value is undefined', () => {
    expect(setIn({ iops: 4000, sizeGB: 10 }, ['iops'], undefined)).toEqual({ sizeGB: 10 });
  });

  it('creates missing objects along the path', () => {
    expect(setIn({}, ['snapshots', 'retentionDays'], 7)).toEqual({ snapshots: { retentionDays: 7 } });
  });

  it('reads a nested value or undefined', () => {
    expect(getIn({ usage: { percent: 40 } }, ['usage', 'percent'])).toBe(40);
    expect(getIn({ usage: null }, ['usage', 'percent'])).toBeUndefined();
  });
});
