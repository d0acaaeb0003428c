import { describe, expect, it } from 'vitest';
import { matchesSearch, parseSearch } from './search-pattern';

describe('parseSearch', () => {
  it('treats blank input as no search', () => {
    expect(parseSearch('   ')).toEqual({ kind: 'all' });
  });

  it('matches plain text anywhere in the name, case-insensitively', () => {
    const pattern = parseSearch(' M7G ');
    expect(pattern).toEqual({ kind: 'text', needle: 'm7g' });
    expect(matchesSearch(pattern, 'm7gd.2xlarge')).toBe(true);
    expect(matchesSearch(pattern, 'm7i.large')).toBe(false);
  });

  it('reads /pattern/ as a case-insensitive regular expression', () => {
    const pattern = parseSearch('/^C[67]G\\./');
    expect(pattern.kind).toBe('regex');
    expect(matchesSearch(pattern, 'c7g.large')).toBe(true);
    expect(matchesSearch(pattern, 'c6gd.large')).toBe(false);
    expect(matchesSearch(pattern, 'c5.large')).toBe(false);
  });

  it('gives the same answer twice with a global flag (no lastIndex carry-over)', () => {
    const pattern = parseSearch('/large/g');
    expect(matchesSearch(pattern, 'm5.large')).toBe(true);
    expect(matchesSearch(pattern, 'm5.large')).toBe(true);
  });

  it('reports an invalid regular expression with the pattern and filters nothing', () => {
    const pattern = parseSearch('/m5(/');
    expect(pattern.kind).toBe('invalid');
    if (pattern.kind !== 'invalid') return;
    expect(pattern.pattern).toBe('/m5(/');
    expect(pattern.message).toMatch(/unterminated group|Invalid regular expression/i);
    expect(matchesSearch(pattern, 'm5.large')).toBe(true);
  });
});
