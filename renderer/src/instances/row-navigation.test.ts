import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextIndex } from './row-navigation';

describe('nextIndex', () => {
  it('moves by one, by a page, and to the ends', () => {
    expect(nextIndex('ArrowDown', 3, 10, 4)).toBe(4);
    expect(nextIndex('ArrowUp', 3, 10, 4)).toBe(2);
    expect(nextIndex('PageDown', 3, 10, 4)).toBe(7);
    expect(nextIndex('PageDown', 8, 10, 4)).toBe(9);
    expect(nextIndex('PageUp', 2, 10, 4)).toBe(0);
    expect(nextIndex('Home', 5, 10, 4)).toBe(0);
    expect(nextIndex('End', 5, 10, 4)).toBe(9);
  });

  it('starts at the first row when nothing is selected, and ignores other keys', () => {
    expect(nextIndex('ArrowUp', -1, 10, 4)).toBe(0);
    expect(nextIndex('ArrowDown', -1, 10, 4)).toBe(0);
    expect(nextIndex('a', 2, 10, 4)).toBeNull();
    expect(nextIndex('ArrowDown', -1, 0, 4)).toBeNull();
  });

  it('always stays inside the list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: -1, max: 2000 }),
        (key, count, current) => {
          const next = nextIndex(key, Math.min(current, count - 1), count, 12);
          return next !== null && next >= 0 && next < count;
        },
      ),
    );
  });
});
