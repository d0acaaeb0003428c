import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledSnapshot } from '../rightsizing/testing/bundled-prices';
import { similarTypes } from './similar-types';

const TYPES = bundledSnapshot().catalogue.types.map((t) => t.type);

describe('similarTypes (the bundled catalogue, 1,363 types)', () => {
  it.each([
    ['t3.mirco', ['t3.micro']], // swapped letters
    ['m5large', ['m5.large']], // no dot
    ['M5.LARGE', ['m5.large']], // capitals
    ['m5.2xl', ['m5.2xlarge']], // short size
    ['t2.med', ['t2.medium']],
    [' c5.xlarge ', ['c5.xlarge']],
  ])('%s → %j', (input, expected) => {
    expect(similarTypes(input, TYPES)).toEqual(expected);
  });

  it('among equally close names, those starting like the input come first: m6.large → m6a/m6g/m6i.large', () => {
    expect(similarTypes('m6.large', TYPES)).toEqual(['m6a.large', 'm6g.large', 'm6i.large']);
  });

  it('suggests nothing when no name is close', () => {
    expect(similarTypes('m5.huge', TYPES)).toEqual([]);
    expect(similarTypes('banana', TYPES)).toEqual([]);
    expect(similarTypes('', TYPES)).toEqual([]);
  });

  it('every suggestion is a catalogue type, at most three, never the input itself', () => {
    const known = new Set(TYPES);
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.nat(), fc.string({ maxLength: 1 }), (type, at, letter) => {
        const i = at % (type.length + 1);
        const typo = type.slice(0, i) + letter + type.slice(i + 1);
        const found = similarTypes(typo, TYPES);
        expect(found.length).toBeLessThanOrEqual(3);
        for (const t of found) expect(known.has(t) && t !== typo).toBe(true);
        // one changed or dropped letter always gets a suggestion: the type it came from is one edit away
        if (typo.trim() !== '') expect(found.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
