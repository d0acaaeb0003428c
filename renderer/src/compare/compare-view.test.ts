import { describe, expect, it } from 'vitest';
import { comparisonCsv, pricesFromSnapshot, usd, USD_MONEY } from '../../../engine';
import { readCsv as readCsvForTests } from '../../../engine/csv/read-csv';
import { defaultScenario } from '../app/default-scenario';
import { bundledSnapshot } from '../price-tables/test-helpers';
import {
  comparedEntries,
  compareView,
  createEstimateCache,
  DELTA_COLUMNS,
  sectionGroups,
  totalRows,
} from './compare-view';
import type { Scenario } from '../../../engine/scenario';

const prices = pricesFromSnapshot(bundledSnapshot());
const base = defaultScenario('en');
/** the variant: in N. Virginia, the web servers on a 3-year all-upfront standard RI (its card is bundled) */
const ri: Scenario = {
  ...base,
  name: 'Seoul web service (copy)',
  region: 'us-east-1',
  items: base.items.map((item) =>
    item.id === 'ec2-1' && item.service === 'ec2'
      ? {
          ...item,
          purchase: { option: 'reserved', offeringClass: 'standard', term: '3yr', payment: 'all-upfront' },
        }
      : item,
  ),
};
const entries = [
  { id: 's1', scenario: base },
  { id: 's2', scenario: ri },
  { id: 's3', scenario: { ...base, name: 'Third' } },
];

describe('compare view', () => {
  it('puts the chosen baseline first and leaves out unchosen scenarios', () => {
    const ids = (list: { id: string }[]) => list.map((e) => e.id);
    expect(ids(comparedEntries(entries, new Set(), 's2'))).toEqual(['s2', 's1', 's3']);
    expect(ids(comparedEntries(entries, new Set(['s1']), 's1'))).toEqual(['s2', 's3']);
    expect(comparedEntries(entries, new Set(['s1', 's2', 's3']), null)).toEqual([]);
  });

  it('estimates each scenario object once', () => {
    const estimateOf = createEstimateCache(prices);
    expect(estimateOf(base)).toBe(estimateOf(base));
    expect(estimateOf({ ...base })).not.toBe(estimateOf(base));
  });

  it('shows the engine comparison: totals and deltas from the display rows, grouped one row per scenario', () => {
    const estimateOf = createEstimateCache(prices);
    const view = compareView([base, ri], estimateOf, 'en', 'monthly', USD_MONEY);
    const [baseline, variant] = totalRows(view.display);
    const a = estimateOf(base).totals;
    const b = estimateOf(ri).totals;
    expect(baseline?.cells.monthly).toEqual({ number: usd(a.monthly) });
    expect(variant?.cells[DELTA_COLUMNS.monthly.amount]).toEqual({ number: usd(b.monthly.minus(a.monthly)) });
    expect(variant?.cells[DELTA_COLUMNS.upfront.amount]).toEqual({ number: usd(b.upfront) });
    expect(b.upfront.greaterThan(0)).toBe(true);
    expect(b.monthly.lessThan(a.monthly)).toBe(true);
    const lines = sectionGroups(view.display, 'line', 2);
    expect(lines.map((group) => group[0]?.cells.lineId)).toEqual(base.items.map((i) => i.id));
    const services = sectionGroups(view.display, 'service', 2);
    expect(services.map((group) => group[1]?.cells.service)).toEqual(['EC2', 'EBS', 'S3', 'Data transfer']);
    expect(comparisonCsv(view.comparison, { lang: 'en' })).toContain('Seoul web service (copy)');
    expect(readCsvForTests(comparisonCsv(view.comparison, { lang: 'en' }))).toHaveLength(
      1 + view.display.rows.length,
    );
  });
});
