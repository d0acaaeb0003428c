/**
 * Builds the files of a new snapshot from the current one plus what the update imported. Tables the
 * update did not touch keep their exact bytes (same sha256); for an imported region the AWS file is
 * authoritative: its on-demand, Reserved and Savings Plans rows replace the old ones, and its curated
 * items replace the same keys (keys the file does not price keep their old value and source).
 */
import { reportLine } from '../../../engine/prices/update-report';
import {
  REGIONS,
  SCHEMA_VERSION,
  TABLE_NAMES,
  type CuratedItem,
  type Ec2OnDemand,
  type Ec2OnDemandWindows,
  type OnDemandRate,
  type Ec2SavingsPlans,
  type Manifest,
  type Region,
  type RiRate,
  type ServiceTable,
  type Source,
  type TableName,
} from '../../../pricing-data/schema';
import { sha256Hex } from '../../../engine/prices/sha256-hex';
import type { PriceSnapshot } from '../../../engine/prices/load-snapshot';
import { ADDED_TABLE_NAMES } from '../../../engine/prices/snapshot-tables';
import { CURATED_KEYS, type CuratedServiceName } from '../curated-keys';
import { sortRates } from '../parse-rate-cards';
import { byCodePoint, sortedRecord, toJsonText } from '../stable-json';
import type { Ec2Import, ImportedPrice, SavingsPlansImport, ServiceImport } from './imported';

/** One imported offer file, as recorded in the manifest. */
export type ImportedFile = {
  sourceId: string;
  offerCode: string;
  region: Region;
  url: string;
  publicationDate: string | undefined;
  readFrom: string;
};

export type Imports = {
  ec2: { data: Ec2Import; file: ImportedFile; withOnDemand: boolean; withEbs: boolean }[];
  savingsPlans: { data: SavingsPlansImport; file: ImportedFile }[];
  services: { table: Exclude<CuratedServiceName, 'ebs'>; data: ServiceImport; file: ImportedFile }[];
};

export type MergeResult = { files: Record<string, string>; report: string[] };

export function sourceFor(file: ImportedFile): Source {
  return {
    id: file.sourceId,
    title: `AWS Price List bulk file: ${file.offerCode} ${file.region}`,
    url: file.url,
    date: file.publicationDate ?? 'undated',
    kind: 'aws-api',
    note: `publication ${file.publicationDate ?? 'date not stated'}; read from ${file.readFrom}`,
  };
}

/** `aws-price-list-amazonec2-eu-west-1-20210513` */
export function sourceIdFor(offerCode: string, region: Region, publicationDate: string | undefined): string {
  const day = (publicationDate ?? 'undated').slice(0, 10).replaceAll('-', '');
  return `aws-price-list-${offerCode.toLowerCase()}-${region}-${day}`;
}

function asOf(file: ImportedFile): string | null {
  return file.publicationDate ? file.publicationDate.slice(0, 10) : null;
}

export function mergeSnapshot(
  base: PriceSnapshot,
  baseFiles: Readonly<Record<string, string>>,
  imports: Imports,
  meta: { snapshotId: string; snapshotDate: string },
): MergeResult {
  const report: string[] = [];
  const catalogued = (type: string) => base.index.has(type);
  const dropped = new Set<string>();
  const changed = new Map<TableName, unknown>();

  // ---- on-demand
  const ondemandImports = imports.ec2.filter((i) => i.withOnDemand);
  if (ondemandImports.length > 0) {
    const linux: Ec2OnDemand['regions'] = { ...base.onDemand.regions };
    const windows: Ec2OnDemandWindows['regions'] = { ...base.onDemandWindows.regions };
    const rates = (imported: ReadonlyMap<string, ImportedPrice>, sourceId: string) => {
      const out: Record<string, OnDemandRate> = {};
      for (const [type, rate] of imported) {
        if (catalogued(type)) out[type] = { hourly: rate.price, source: sourceId, confidence: 'high' };
        else dropped.add(type);
      }
      return sortedRecord(out);
    };
    for (const { data, file } of ondemandImports) {
      linux[data.region] = rates(data.onDemandLinux, file.sourceId);
      windows[data.region] = rates(data.onDemandWindows, file.sourceId);
      report.push(
        reportLine('onDemand', {
          region: data.region,
          linux: Object.keys(linux[data.region] ?? {}).length,
          windows: Object.keys(windows[data.region] ?? {}).length,
          offer: file.offerCode,
        }),
      );
    }
    changed.set('ec2-ondemand-linux', { ...base.onDemand, regions: inRegionOrder(linux) });
    changed.set('ec2-ondemand-windows', { ...base.onDemandWindows, regions: inRegionOrder(windows) });

    const reservedRegions = new Set(ondemandImports.map((i) => i.data.region));
    const reserved: RiRate[] = base.reserved.rates.filter((r) => !reservedRegions.has(r.region));
    for (const { data, file } of ondemandImports) {
      let n = 0;
      for (const r of data.reserved) {
        if (!catalogued(r.type)) {
          dropped.add(r.type);
          continue;
        }
        const { where: _where, ...rest } = r;
        reserved.push({ shape: 'split', region: data.region, ...rest, source: file.sourceId });
        n++;
      }
      report.push(reportLine('reserved', { region: data.region, count: n }));
    }
    changed.set('ec2-reserved-exact', { ...base.reserved, rates: sortRates(reserved) });
  }

  // ---- Savings Plans
  if (imports.savingsPlans.length > 0) {
    const spRegions = new Set(imports.savingsPlans.map((i) => i.data.region));
    const rates: Ec2SavingsPlans['rates'] = base.savingsPlans.rates.filter((r) => !spRegions.has(r.region));
    for (const { data, file } of imports.savingsPlans) {
      let n = 0;
      for (const r of data.rates) {
        if (!catalogued(r.type)) {
          dropped.add(r.type);
          continue;
        }
        const { where: _where, ...rest } = r;
        rates.push({ region: data.region, ...rest, source: file.sourceId });
        n++;
      }
      report.push(reportLine('savingsPlans', { region: data.region, count: n }));
    }
    const key = (r: Ec2SavingsPlans['rates'][number]) =>
      [r.region, r.type, r.os, r.planType, r.term, r.payment].join('|');
    changed.set('ec2-savings-plans-exact', {
      ...base.savingsPlans,
      rates: [...rates].sort((a, b) => byCodePoint(key(a), key(b))),
    });
  }

  // ---- curated item tables
  const curatedUpdates: { table: CuratedServiceName; data: ServiceImport; file: ImportedFile }[] = [
    ...imports.ec2
      .filter((i) => i.withEbs)
      .map((i) => ({
        table: 'ebs' as const,
        data: { region: i.data.region, publicationDate: i.data.publicationDate, items: i.data.ebs },
        file: i.file,
      })),
    ...imports.services,
  ];
  type AnyServiceTable = { table: string; regions: ServiceTable['regions'] };
  const baseCurated: Record<CuratedServiceName, AnyServiceTable> = {
    ebs: base.ebs,
    s3: base.s3,
    'data-transfer': base.transfer,
    lambda: base.lambda,
  };
  for (const { table, data, file } of curatedUpdates) {
    const current = (changed.get(table) as AnyServiceTable | undefined) ?? baseCurated[table];
    const old = current.regions[data.region] ?? [];
    const items: CuratedItem[] = CURATED_KEYS[table].map((spec) => {
      const imported = data.items.get(spec.key);
      const previous = old.find((i) => i.key === spec.key);
      if (imported) {
        return {
          key: spec.key,
          label: previous?.label ?? spec.label,
          price: imported.price,
          unit: previous?.unit ?? spec.unit,
          source: file.sourceId,
          sourceKind: 'aws-api',
          asOf: asOf(file),
        };
      }
      return (
        previous ?? {
          key: spec.key,
          label: spec.label,
          price: null,
          unit: spec.unit,
          source: file.sourceId,
          sourceKind: 'none',
          asOf: null,
          note: `${file.offerCode} ${data.region} has no price for this item`,
        }
      );
    });
    changed.set(table, { ...current, regions: inRegionOrder({ ...current.regions, [data.region]: items }) });
    report.push(
      reportLine('serviceItems', {
        region: data.region,
        table,
        count: data.items.size,
        offer: file.offerCode,
      }),
    );
  }

  if (dropped.size > 0) {
    report.push(
      reportLine('notInCatalogue', { count: dropped.size, types: [...dropped].sort(byCodePoint).join(', ') }),
    );
  }

  // ---- files and manifest
  const allFiles = [...imports.ec2, ...imports.savingsPlans, ...imports.services].map((i) => i.file);
  const newSources = new Map(allFiles.map((f) => [f.sourceId, sourceFor(f)]));
  const sources: Source[] = [
    ...base.manifest.sources.filter((s) => !newSources.has(s.id)),
    ...newSources.values(),
  ];

  const files: Record<string, string> = {};
  const tables: Manifest['tables'] = [];
  for (const name of TABLE_NAMES) {
    const value = changed.get(name);
    // a table added after the current snapshot was written is written once an import fills it
    const entry =
      base.manifest.tables.find((t) => t.name === name) ??
      (value === undefined
        ? undefined
        : { name, file: `${name}.json`, sha256: '', sources: [], coverage: {} });
    if (!entry) {
      if (ADDED_TABLE_NAMES.includes(name)) continue;
      throw new Error(`the current snapshot's manifest has no table "${name}"`);
    }
    if (value === undefined) {
      const text = baseFiles[entry.file];
      if (text === undefined) throw new Error(`the current snapshot has no file ${entry.file}`);
      files[entry.file] = text;
      tables.push(entry);
      continue;
    }
    const text = toJsonText(value);
    files[entry.file] = text;
    tables.push({
      ...entry,
      sha256: sha256Hex(text),
      sources: referencedSources(name, value, entry.sources),
      coverage: sortedRecord(coverageOf(name, value)),
    });
  }
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    snapshotId: meta.snapshotId,
    snapshotDate: meta.snapshotDate,
    generatedBy: `tools/prices/update (npm run prices:update) on top of snapshot ${base.manifest.snapshotId}`,
    sources,
    tables,
  };
  files['manifest.json'] = toJsonText(manifest);
  return { files, report };
}

function inRegionOrder<T>(regions: Partial<Record<Region, T>>): Partial<Record<Region, T>> {
  const out: Partial<Record<Region, T>> = {};
  for (const r of REGIONS) if (regions[r] !== undefined) out[r] = regions[r];
  return out;
}

type SourcedRow = { source: string };

function rowsOf(name: TableName, value: unknown): SourcedRow[] {
  if (name === 'ec2-ondemand-linux' || name === 'ec2-ondemand-windows') {
    return Object.values((value as Ec2OnDemand).regions).flatMap((rates) => Object.values(rates ?? {}));
  }
  if (name === 'ec2-reserved-exact' || name === 'ec2-savings-plans-exact')
    return (value as { rates: SourcedRow[] }).rates;
  return Object.values((value as ServiceTable).regions).flatMap((items) => items ?? []);
}

function referencedSources(name: TableName, value: unknown, previous: readonly string[]): string[] {
  const used = new Set(rowsOf(name, value).map((r) => r.source));
  // keep table-level sources that rows do not name (e.g. a cross-check source)
  for (const id of previous) if (!rowsOf(name, value).length || used.has(id)) used.add(id);
  return [...used].sort(byCodePoint);
}

function coverageOf(name: TableName, value: unknown): Record<string, number> {
  if (name === 'ec2-ondemand-linux' || name === 'ec2-ondemand-windows') {
    return Object.fromEntries(
      Object.entries((value as Ec2OnDemand).regions).map(([r, rates]) => [
        r,
        Object.keys(rates ?? {}).length,
      ]),
    );
  }
  if (name === 'ec2-reserved-exact' || name === 'ec2-savings-plans-exact') {
    const rates = (value as { rates: { type: string; region: string }[] }).rates;
    return {
      rates: rates.length,
      types: new Set(rates.map((r) => r.type)).size,
      regions: new Set(rates.map((r) => r.region)).size,
    };
  }
  const out: Record<string, number> = {};
  for (const [region, items] of Object.entries((value as ServiceTable).regions)) {
    out[`${region}.priced`] = (items ?? []).filter((i) => i.price !== null).length;
    out[`${region}.unavailable`] = (items ?? []).filter((i) => i.price === null).length;
  }
  return out;
}
