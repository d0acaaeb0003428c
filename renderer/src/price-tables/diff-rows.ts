/**
 * Filtering and sorting of the engine's snapshot diff for the table: by region, service (price table),
 * kind of change and text, sortable on every column with missing values last in both directions.
 */
import type Decimal from 'decimal.js';
import type { PriceChange, PriceTableKind, SnapshotDiff, TypeChange } from '../../../engine/snapshot-diff';

export const PRICE_TABLE_KINDS: readonly PriceTableKind[] = [
  'ec2-ondemand',
  'ec2-ondemand-windows',
  'ec2-reserved',
  'ec2-savings-plans',
  'ebs',
  's3',
  'data-transfer',
  'lambda',
];

export const CHANGE_KINDS = ['changed', 'added', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A price present on both sides that moved, one that appeared in B, or one that is gone (or null) in B. */
export function changeKind(change: PriceChange): ChangeKind {
  if (change.before === null) return 'added';
  if (change.after === null) return 'removed';
  return 'changed';
}

export type DiffFilter = {
  region: string;
  table: PriceTableKind | 'all';
  kind: ChangeKind | 'all';
  text: string;
};

export const NO_DIFF_FILTER: DiffFilter = { region: 'all', table: 'all', kind: 'all', text: '' };

const matchesText = (text: string, ...fields: string[]) => {
  const needle = text.trim().toLowerCase();
  return needle === '' || fields.some((field) => field.toLowerCase().includes(needle));
};

export function filterChanges(changes: readonly PriceChange[], filter: DiffFilter): PriceChange[] {
  return changes.filter(
    (c) =>
      (filter.region === 'all' || c.region === filter.region) &&
      (filter.table === 'all' || c.table === filter.table) &&
      (filter.kind === 'all' || changeKind(c) === filter.kind) &&
      matchesText(filter.text, c.item),
  );
}

/** Added / removed instance types follow the region and text filters, and only when EC2 on-demand is in view. */
export function filterTypeChanges(types: readonly TypeChange[], filter: DiffFilter): TypeChange[] {
  if (filter.table !== 'all' && filter.table !== 'ec2-ondemand') return [];
  return types.filter(
    (t) => (filter.region === 'all' || t.region === filter.region) && matchesText(filter.text, t.type),
  );
}

/** Regions that appear anywhere in the diff, for the region filter. */
export function diffRegions(diff: SnapshotDiff): string[] {
  const regions = new Set<string>();
  for (const c of diff.changes) regions.add(c.region);
  for (const t of [...diff.addedTypes, ...diff.removedTypes]) regions.add(t.region);
  return [...regions].sort();
}

export const SORT_KEYS = ['table', 'region', 'item', 'before', 'after', 'amount', 'percent'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export type DiffSort = { key: SortKey; direction: SortDirection };

function compareDecimals(x: Decimal | null, y: Decimal | null, sign: number): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return sign * x.comparedTo(y);
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A stable sort; ties fall back to the engine's order (table, region, item). */
export function sortChanges(changes: readonly PriceChange[], sort: DiffSort): PriceChange[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (x: PriceChange, y: PriceChange): number => {
    switch (sort.key) {
      case 'table':
      case 'region':
      case 'item':
        return sign * compareText(x[sort.key], y[sort.key]);
      default:
        return compareDecimals(x[sort.key], y[sort.key], sign);
    }
  };
  return changes
    .map((change, index) => ({ change, index }))
    .sort((x, y) => compare(x.change, y.change) || x.index - y.index)
    .map(({ change }) => change);
}
