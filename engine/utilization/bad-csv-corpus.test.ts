import { describe, expect, it } from 'vitest';
import expected from '../../tests/fixtures/utilization/expected.json';
import { parseUtilizationCsv } from './parse-utilization-csv';

const files = import.meta.glob<string>('../../tests/fixtures/utilization/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const KNOWN = new Set(['m5.large', 'm5.xlarge', 'r5.large', 'r5.xlarge', 't3.large']);

interface Expectation {
  options?: { timeZone?: string };
  shape: 'cloudwatch' | 'summary' | null;
  rows: number;
  problems: {
    line: number;
    code: string;
    column?: string;
    severity?: string;
    contains: string;
    containsKo: string;
  }[];
}

describe('bad CSV corpus (tests/fixtures/utilization)', () => {
  const cases = Object.entries(expected.files as Record<string, Expectation>);

  it('covers every file in the folder', () => {
    const names = Object.keys(files).map((path) => path.split('/').pop());
    expect(names.sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it.each(cases)('%s', (name, want) => {
    const text = files[`../../tests/fixtures/utilization/${name}`];
    expect(text).toBeDefined();
    const result = parseUtilizationCsv(text ?? '', { ...want.options, isKnownType: (t) => KNOWN.has(t) });
    expect(result.shape).toBe(want.shape);
    expect(result.rows).toHaveLength(want.rows);
    expect(result.problems.map((p) => [p.line, p.code, p.column])).toEqual(
      want.problems.map((p) => [p.line, p.code, p.column]),
    );
    result.problems.forEach((p, i) => {
      const w = want.problems[i];
      expect(p.message).toContain(w?.contains);
      expect(p.messageKo).toContain(w?.containsKo);
      expect(p.severity).toBe(w?.severity ?? 'error');
    });
  });
});
