import { describe, expect, it } from 'vitest';
import { estimate, pricesFromSnapshot } from '../../../engine';
import type { Totals } from '../../../engine/estimate/types';
import type { LineItem, Scenario } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { groupRows, tagRows } from './split-rows';

const prices = pricesFromSnapshot(bundledSnapshot());
const plain = (t: Totals | null | undefined) => (t ? Object.values(t).map((d) => d.toString()) : null);

function seoul(change: (item: LineItem) => Partial<LineItem>, groups: Scenario['groups']): Scenario {
  const base = defaultScenario('en');
  return { ...base, groups, items: base.items.map((item) => ({ ...item, ...change(item) }) as LineItem) };
}

describe('rows by group and by tag', () => {
  const scenario = seoul(
    (item) =>
      item.service === 'ec2'
        ? { group: 'servers', tags: ['prod', item.id] }
        : item.service === 'ebs'
          ? { group: 'servers', tags: ['prod'] }
          : {},
    [
      { id: 'empty', name: 'Nothing yet' },
      { id: 'servers', name: 'Servers' },
    ],
  );
  const result = estimate(scenario, prices);

  it("are the engine's byGroup / byTag, with names, counts and the empty group", () => {
    const rows = groupRows(result.lines, scenario.groups, result.totals);
    expect(rows.map((r) => [r.key, r.name, r.lineCount, r.unpricedCount])).toEqual([
      ['empty', 'Nothing yet', 0, 0],
      ['servers', 'Servers', 3, 0],
      ['', null, 2, 0],
    ]);
    expect(rows[0]!.totals).toBeNull();
    expect(plain(rows[1]!.totals)).toEqual(plain(result.byGroup.servers));
    expect(plain(rows[2]!.totals)).toEqual(plain(result.byGroup['(no group)']));
    // m5.large × 2 + r5.large + gp3 2 × 50 GB
    expect(rows[1]!.totals!.monthly.toString()).toBe('292.36');
  });

  it('count a line once under each of its tags', () => {
    const rows = tagRows(result.lines, result.totals);
    expect(rows.map((r) => [r.key, r.lineCount])).toEqual([
      ['prod', 3],
      ['ec2-1', 1],
      ['ec2-2', 1],
      ['', 2],
    ]);
    for (const row of rows)
      expect(plain(row.totals)).toEqual(plain(result.byTag[row.key === '' ? '(untagged)' : row.key]));
  });

  it('show a group id no group has under the id, and leave unpriced lines out of the sums', () => {
    const broken = seoul((item) => (item.id === 'ec2-2' ? { instanceType: 'm5.gigantic' } : {}), []);
    const brokenResult = estimate(broken, prices);
    const lines = brokenResult.lines.map((line) => (line.id === 'ec2-1' ? { ...line, group: 'gone' } : line));
    const rows = groupRows(lines, [], brokenResult.totals);
    expect(rows.map((r) => [r.key, r.name, r.lineCount, r.unpricedCount])).toEqual([
      ['gone', 'gone', 1, 0],
      ['', null, 4, 1],
    ]);
    expect(rows[1]!.totals!.monthly.toString()).toBe('41.47');
  });
});
