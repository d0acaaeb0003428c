import { describe, expect, it } from 'vitest';
import { run } from '../testing/scenario';
import { addTotals, groupTotals, sumTotals, ZERO_TOTALS } from './summaries';
import type { LineResult, Totals } from './types';

const ec2 = (id: string, tags: string[], count = 1) => ({
  service: 'ec2',
  id,
  instanceType: 'm5.large',
  count,
  tags,
});
/** the long way: one addTotals per line and key, as the first engine did */
function naive(lines: readonly LineResult[], keysOf: (l: LineResult) => readonly string[]) {
  const out: Record<string, Totals> = {};
  for (const line of lines)
    if (line.status === 'priced')
      for (const key of keysOf(line)) out[key] = addTotals(out[key] ?? ZERO_TOTALS, line.costs);
  return out;
}

describe('breakdowns', () => {
  it('match adding line by line, with keys in order of first appearance', () => {
    const r = run([ec2('a', ['prod', 'web']), ec2('b', ['web']), ec2('c', ['web', 'batch'], 3)]);
    const byTag = groupTotals(r.lines, (l) => l.tags, sumTotals(r.lines));
    expect(Object.keys(byTag)).toEqual(['prod', 'web', 'batch']);
    expect(JSON.stringify(byTag)).toBe(JSON.stringify(naive(r.lines, (l) => l.tags)));
    // "web" is on every line once: it is the estimate's total
    expect(r.byTag.web).toBe(r.totals);
    expect(r.byTag.web!.monthly.toString()).toBe('350.4'); // 5 × 70.08
    expect(r.byTag.prod!.monthly.toString()).toBe('70.08');
  });
  it('a tag on a line twice counts twice, and then is not the total', () => {
    const r = run([ec2('a', ['x', 'x']), ec2('b', ['x'])]);
    expect(r.byTag.x!.monthly.toString()).toBe('210.24'); // 3 × 70.08
  });
  it('takes any tag as a key, even "constructor" and "__proto__"', () => {
    const r = run([ec2('a', ['constructor', '__proto__']), ec2('b', ['toString'])]);
    expect(Object.keys(r.byTag)).toEqual(['constructor', '__proto__', 'toString']);
    expect(r.byTag['__proto__']!.monthly.toString()).toBe('70.08');
    expect(Object.getPrototypeOf(r.byTag)).toBe(Object.prototype);
  });
});
