/**
 * Differences between two price snapshots: instance types added or removed (per region, from the
 * on-demand table), and every price that changed, appeared or disappeared across the on-demand (Linux and
 * Windows), Reserved, Savings Plans and curated tables, with the amount and the percentage of the change.
 */
import Decimal from 'decimal.js';
import type { PriceSnapshot } from '../prices/load-snapshot';

export type PriceTableKind =
  | 'ec2-ondemand'
  | 'ec2-ondemand-windows'
  | 'ec2-reserved'
  | 'ec2-savings-plans'
  | 'ebs'
  | 's3'
  | 'data-transfer'
  | 'lambda';

export type PriceChange = {
  table: PriceTableKind;
  region: string;
  /** what is priced, e.g. "m5.large", "m5.large linux shared 1yr standard partial-upfront upfront" or "gp3.storage" */
  item: string;
  before: Decimal | null;
  after: Decimal | null;
  /** after − before; null when one side is missing or unavailable */
  amount: Decimal | null;
  /** 100 × amount ÷ before; null when before is 0 or missing */
  percent: Decimal | null;
};

export type TypeChange = { region: string; type: string };

export type SnapshotDiff = {
  from: string;
  to: string;
  addedTypes: TypeChange[];
  removedTypes: TypeChange[];
  changes: PriceChange[];
};

export type DiffFilter = {
  tables?: readonly PriceTableKind[];
  regions?: readonly string[];
  /** substring of the item, e.g. "m5." */
  item?: string;
  /** keep changes whose |percent| is at least this (missing percent always kept) */
  minPercent?: Decimal | number;
  /** only prices present on both sides that changed, or also appeared/disappeared ones */
  include?: 'changed' | 'all';
};

type Priced = Map<string, { table: PriceTableKind; region: string; item: string; price: string | null }>;

function collect(snap: PriceSnapshot): Priced {
  const out: Priced = new Map();
  const put = (table: PriceTableKind, region: string, item: string, price: string | null) =>
    out.set(`${table}|${region}|${item}`, { table, region, item, price });
  for (const [region, rates] of Object.entries(snap.onDemand.regions)) {
    for (const [type, rate] of Object.entries(rates ?? {})) put('ec2-ondemand', region, type, rate.hourly);
  }
  for (const [region, rates] of Object.entries(snap.onDemandWindows.regions)) {
    for (const [type, rate] of Object.entries(rates ?? {}))
      put('ec2-ondemand-windows', region, type, rate.hourly);
  }
  for (const r of snap.reserved.rates) {
    const item = `${r.type} ${r.os} ${r.tenancy} ${r.term} ${r.offeringClass} ${r.payment}`;
    if (r.shape === 'split') {
      put('ec2-reserved', r.region, `${item} upfront`, r.upfront);
      put('ec2-reserved', r.region, `${item} hourly`, r.hourly);
    } else {
      put('ec2-reserved', r.region, `${item} effective-hourly`, r.effectiveHourly);
    }
  }
  for (const r of snap.savingsPlans.rates) {
    put('ec2-savings-plans', r.region, `${r.type} ${r.os} ${r.planType} ${r.term} ${r.payment}`, r.hourly);
  }
  const curated = [
    ['ebs', snap.ebs],
    ['s3', snap.s3],
    ['data-transfer', snap.transfer],
    ['lambda', snap.lambda],
  ] as const;
  for (const [table, data] of curated) {
    for (const [region, items] of Object.entries(data.regions)) {
      for (const item of items ?? []) put(table, region, item.key, item.price);
    }
  }
  return out;
}

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
  const percent = amount && b && !b.isZero() ? amount.times(100).dividedBy(b) : null;
  return { table, region, item, before: b, after: a, amount, percent };
}

export function diffSnapshots(a: PriceSnapshot, b: PriceSnapshot, filter: DiffFilter = {}): SnapshotDiff {
  const left = collect(a);
  const right = collect(b);
  const changes: PriceChange[] = [];
  for (const [key, l] of left) {
    const r = right.get(key);
    const after = r ? r.price : null;
    if (r && (l.price === null ? r.price === null : r.price !== null && new Decimal(l.price).equals(r.price)))
      continue;
    changes.push(change(l.table, l.region, l.item, l.price, after));
  }
  for (const [key, r] of right) {
    if (!left.has(key)) changes.push(change(r.table, r.region, r.item, null, r.price));
  }

  const typesOf = (snap: PriceSnapshot) =>
    new Set(
      Object.entries(snap.onDemand.regions).flatMap(([region, rates]) =>
        Object.keys(rates ?? {}).map((type) => `${region}|${type}`),
      ),
    );
  const before = typesOf(a);
  const after = typesOf(b);
  const split = (k: string): TypeChange => {
    const [region = '', type = ''] = k.split('|');
    return { region, type };
  };
  const keep = (region: string, item: string) =>
    (!filter.regions || filter.regions.includes(region)) && (!filter.item || item.includes(filter.item));
  const byKey = (x: TypeChange, y: TypeChange) =>
    x.region < y.region ? -1 : x.region > y.region ? 1 : x.type < y.type ? -1 : x.type > y.type ? 1 : 0;

  const minPercent = filter.minPercent === undefined ? null : new Decimal(filter.minPercent);
  const tableOk = (t: PriceTableKind) => !filter.tables || filter.tables.includes(t);
  const filtered = changes
    .filter((c) => tableOk(c.table) && keep(c.region, c.item))
    .filter((c) => filter.include !== 'changed' || (c.before !== null && c.after !== null))
    .filter(
      (c) => minPercent === null || c.percent === null || c.percent.abs().greaterThanOrEqualTo(minPercent),
    )
    .sort((x, y) => (`${x.table}|${x.region}|${x.item}` < `${y.table}|${y.region}|${y.item}` ? -1 : 1));

  const typeFilter = (t: TypeChange) => tableOk('ec2-ondemand') && keep(t.region, t.type);
  return {
    from: a.manifest.snapshotId,
    to: b.manifest.snapshotId,
    addedTypes: [...after]
      .filter((k) => !before.has(k))
      .map(split)
      .filter(typeFilter)
      .sort(byKey),
    removedTypes: [...before]
      .filter((k) => !after.has(k))
      .map(split)
      .filter(typeFilter)
      .sort(byKey),
    changes: filtered,
  };
}
