import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonText } from './stable-json';

describe('toJsonText', () => {
  it('round-trips any JSON value and ends with a newline', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = toJsonText(value);
        expect(text.endsWith('\n')).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('puts rows of plain values on one line and indents the rest by one space', () => {
    expect(toJsonText({ a: { 'm5.large': { hourly: '0.096', n: 2 } }, b: [], c: {} })).toBe(
      '{\n "a": {\n  "m5.large": {"hourly": "0.096", "n": 2}\n },\n "b": [],\n "c": {}\n}\n',
    );
  });
});
