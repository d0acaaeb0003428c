import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PriceChange, PriceTableKind } from '../../../engine/snapshot-diff';
import {
  changeKind,
  filterChanges,
  filterTypeChanges,
  NO_DIFF_FILTER,
  PRICE_TABLE_KINDS,
  sortChanges,
  SORT_KEYS,
  type SortKey,
} from './diff-rows';

function change(
  table: PriceTableKind,
  region: string,
  item: string,
  before: string | null,
  after: string | null,
): PriceChange {
  const b = before === null ? null : new Decimal(before);
  const a = after === null ? null : new Decimal(after);
  const amount = a && b ? a.minus(b) : null;
  return {
    table,
    region,
    item,
    before: b,
    after: a,
    amount,
    percent: amount && b && !b.isZero() ? amount.times(100).div(b) : null,
  };
}

const m5 = change('ec2-ondemand', 'us-east-1', 'm5.large', '0.096', '0.1');
const gone = change('ec2-ondemand', 'us-east-1', 'm5.xlarge', '0.192', null);
const fresh = change('ebs', 'ap-northeast-2', 'sc1.storage', null, '0.029');
const cheaper = change('s3', 'ap-northeast-2', 'standard.storage.tier1', '0.025', '0.024');

describe('changeKind', () => {
  it('tells a moved price from one that appeared or went away', () => {
    expect([m5, gone, fresh, cheaper].map(changeKind)).toEqual(['changed', 'removed', 'added', 'changed']);
  });
});

describe('filterChanges', () => {
  const all = [m5, gone, fresh, cheaper];
  it('filters by region, table, kind and text', () => {
    expect(filterChanges(all, { ...NO_DIFF_FILTER, region: 'ap-northeast-2' })).toEqual([fresh, cheaper]);
    expect(filterChanges(all, { ...NO_DIFF_FILTER, table: 'ec2-ondemand' })).toEqual([m5, gone]);
    expect(filterChanges(all, { ...NO_DIFF_FILTER, kind: 'removed' })).toEqual([gone]);
    expect(filterChanges(all, { ...NO_DIFF_FILTER, text: ' M5. ' })).toEqual([m5, gone]);
    expect(filterChanges(all, NO_DIFF_FILTER)).toEqual(all);
  });

  it('shows added / removed types only while EC2 on-demand is in view', () => {
    const types = [
      { region: 'us-east-1', type: 'm5.xlarge' },
      { region: 'us-east-2', type: 'm8g.large' },
    ];
    expect(filterTypeChanges(types, { ...NO_DIFF_FILTER, region: 'us-east-2' })).toEqual([types[1]]);
    expect(filterTypeChanges(types, { ...NO_DIFF_FILTER, text: 'xlarge' })).toEqual([types[0]]);
    expect(filterTypeChanges(types, { ...NO_DIFF_FILTER, table: 'ebs' })).toEqual([]);
  });
});

describe('sortChanges', () => {
  it('sorts by percent, largest first, with missing percentages last', () => {
    const sorted = sortChanges([gone, cheaper, fresh, m5], { key: 'percent', direction: 'descending' });
    expect(sorted.map((c) => c.item)).toEqual([
      'm5.large',
      'standard.storage.tier1',
      'm5.xlarge',
      'sc1.storage',
    ]);
  });

  it('keeps missing values last when ascending too', () => {
    const sorted = sortChanges([fresh, m5, gone], { key: 'before', direction: 'ascending' });
    expect(sorted.map((c) => c.item)).toEqual(['m5.large', 'm5.xlarge', 'sc1.storage']);
  });

  const arbitraryChange = fc
    .record({
      table: fc.constantFrom(...PRICE_TABLE_KINDS),
      region: fc.constantFrom('us-east-1', 'ap-northeast-2', 'eu-west-1'),
      item: fc.string({ maxLength: 6 }),
      before: fc.option(
        fc.integer({ min: 0, max: 5000 }).map((n) => (n / 1000).toFixed(3)),
        { nil: null },
      ),
      after: fc.option(
        fc.integer({ min: 0, max: 5000 }).map((n) => (n / 1000).toFixed(3)),
        { nil: null },
      ),
    })
    .map((r) => change(r.table, r.region, r.item, r.before, r.after));

  it('is a permutation, ordered on the key, with nulls after every value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryChange, { maxLength: 40 }),
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (changes, key: SortKey, direction) => {
          const sorted = sortChanges(changes, { key, direction });
          expect([...sorted].sort(byIdentity(changes))).toEqual([...changes].sort(byIdentity(changes)));
          const sign = direction === 'ascending' ? 1 : -1;
          for (let i = 1; i < sorted.length; i++) {
            const x = sorted[i - 1]?.[key] ?? null;
            const y = sorted[i]?.[key] ?? null;
            if (typeof x === 'string' && typeof y === 'string') {
              expect(sign * (x < y ? -1 : x > y ? 1 : 0)).toBeLessThanOrEqual(0);
            } else if (x === null) {
              expect(y).toBeNull();
            } else if (x instanceof Decimal && y instanceof Decimal) {
              expect(sign * x.comparedTo(y)).toBeLessThanOrEqual(0);
            }
          }
        },
      ),
    );
  });
});

/** orders items by their position in `original`, to compare multisets of objects */
function byIdentity(original: readonly PriceChange[]) {
  return (x: PriceChange, y: PriceChange) => original.indexOf(x) - original.indexOf(y);
}
