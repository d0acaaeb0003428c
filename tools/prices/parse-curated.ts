import {
  priceSchema,
  sourceKindSchema,
  type CuratedItem,
  type Region,
  type ServiceTable,
  type Source,
  type SourceKind,
} from '../../pricing-data/schema';
import { parseCsv } from './csv';
import {
  CSV_SERVICE,
  CURATED_KEYS,
  CURATED_SERVICES,
  GLOBAL_KEYS,
  type CuratedServiceName,
} from './curated-keys';
import { RawSourceError } from './raw-source-error';
import { SOURCE_ID } from './sources';

export const CURATED_FILE = 'curated/storage-transfer-lambda.csv';
export const CURATED_REGIONS: readonly Region[] = ['us-east-1', 'ap-northeast-2'];

const LICENSE_ITEM = 'Windows license-included adder (non-burstable types)';
const FREE_TIER = /^(\d+) requests \+ (\d+) GB-seconds$/;
const SAME_AS_ABOVE = new Set(['same', 'same as above']);

type Row = {
  line: number;
  service: string;
  region: string;
  item: string;
  price: string | null;
  unit: string;
  sourceText: string;
  sourceKind: SourceKind;
  asOf: string | null;
  sourceId: string;
};

export type CuratedTable = { table: CuratedServiceName; regions: ServiceTable['regions'] };

export type CuratedResult = {
  tables: Record<CuratedServiceName, CuratedTable>;
  windowsAdder: { adderPerVcpuHour: string; method: string; unit: string };
  sources: Source[];
  report: string[];
};

function slug(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.length <= 56 ? words : words.slice(0, 56).replace(/-[^-]*$/, '');
}

/** One manifest source per distinct (source text, kind, date) of the curated CSV. */
function registerSources(rows: Omit<Row, 'sourceId'>[]): { rows: Row[]; sources: Source[] } {
  const byGroup = new Map<string, Source>();
  const usedIds = new Set<string>();
  const out: Row[] = rows.map((row) => {
    const group = `${row.sourceKind}|${row.sourceText}|${row.asOf ?? ''}`;
    let source = byGroup.get(group);
    if (!source) {
      const base = `curated-${slug(row.sourceText) || 'source'}`;
      let id = base;
      for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
      usedIds.add(id);
      source = {
        id,
        title: row.sourceText,
        date: row.asOf ?? 'undated',
        kind: row.sourceKind,
        note: `row(s) of pricing-raw/${CURATED_FILE}`,
      };
      byGroup.set(group, source);
    }
    return { ...row, sourceId: source.id };
  });
  return { rows: out, sources: [...byGroup.values()] };
}

function readRows(text: string): Omit<Row, 'sourceId'>[] {
  const records = parseCsv(CURATED_FILE, text, [
    'service',
    'region',
    'item',
    'price_usd',
    'unit',
    'source',
    'source_kind',
    'as_of',
  ]);
  let previousSource = '';
  return records.map((r) => {
    const where = `line ${r.line} (${r.service} ${r.region} ${r.item})`;
    const kind = sourceKindSchema.safeParse(r.source_kind);
    if (!kind.success)
      throw new RawSourceError(CURATED_FILE, where, `unknown source_kind "${r.source_kind}"`);
    const sourceText = SAME_AS_ABOVE.has(r.source.toLowerCase()) ? previousSource : r.source;
    if (!sourceText) throw new RawSourceError(CURATED_FILE, where, 'empty source');
    previousSource = sourceText;
    if (r.price_usd === '' && kind.data !== 'none') {
      throw new RawSourceError(
        CURATED_FILE,
        where,
        `blank price but source_kind "${kind.data}" (expected "none")`,
      );
    }
    return {
      line: r.line,
      service: r.service,
      region: r.region,
      item: r.item,
      price: r.price_usd === '' ? null : r.price_usd,
      unit: r.unit,
      sourceText,
      sourceKind: kind.data,
      asOf: r.as_of === '' ? null : r.as_of,
    };
  });
}

function checkedPrice(row: Row, price: string | null): string | null {
  if (price !== null && !priceSchema.safeParse(price).success) {
    throw new RawSourceError(
      CURATED_FILE,
      `line ${row.line} (${row.item})`,
      `price "${price}" is not a plain decimal`,
    );
  }
  return price;
}

/** The price a row gives for one key (the Lambda free-tier row holds two values). */
function priceForKey(row: Row, key: string): string | null {
  if (row.item !== 'free tier') return checkedPrice(row, row.price);
  const match = FREE_TIER.exec(row.price ?? '');
  if (!match) {
    throw new RawSourceError(
      CURATED_FILE,
      `line ${row.line} (free tier)`,
      `expected "N requests + M GB-seconds", got "${row.price}"`,
    );
  }
  return checkedPrice(row, key === 'free.requests' ? (match[1] ?? null) : (match[2] ?? null));
}

/**
 * Curated EBS / S3 / data transfer / Lambda prices for us-east-1 and Seoul, every key of the vocabulary
 * for both regions. Blank or missing prices stay null ("unavailable"); the CSV's remarks are kept as notes.
 */
export function parseCurated(text: string): CuratedResult {
  const { rows, sources } = registerSources(readRows(text));
  const report: string[] = [];
  const licenseRows = rows.filter((r) => r.service === 'ec2-license');
  const license = licenseRows[0];
  if (!license || licenseRows.length > 1 || license.item !== LICENSE_ITEM || license.region !== 'any') {
    throw new RawSourceError(
      CURATED_FILE,
      'ec2-license',
      `expected one row "${LICENSE_ITEM}" for region "any"`,
    );
  }
  const adder = checkedPrice(license, license.price);
  if (adder === null)
    throw new RawSourceError(CURATED_FILE, `line ${license.line}`, 'the Windows adder has no price');

  const knownServices = new Set(['ec2-license', ...Object.values(CSV_SERVICE)]);
  for (const row of rows) {
    if (!knownServices.has(row.service)) {
      throw new RawSourceError(CURATED_FILE, `line ${row.line}`, `unknown service "${row.service}"`);
    }
    if (row.service !== 'ec2-license' && !CURATED_REGIONS.includes(row.region as Region)) {
      throw new RawSourceError(CURATED_FILE, `line ${row.line}`, `unexpected region "${row.region}"`);
    }
  }

  const tables = {} as Record<CuratedServiceName, CuratedTable>;
  for (const service of CURATED_SERVICES) {
    const serviceRows = rows.filter((r) => r.service === CSV_SERVICE[service]);
    const mapped = new Set<Row>();
    const regions: ServiceTable['regions'] = {};
    for (const region of CURATED_REGIONS) {
      const items: CuratedItem[] = [];
      for (const spec of CURATED_KEYS[service]) {
        const matches = serviceRows.filter((r) => r.region === region && spec.items.includes(r.item));
        if (matches.length > 1) {
          throw new RawSourceError(
            CURATED_FILE,
            `lines ${matches.map((m) => m.line).join(', ')}`,
            `two rows for ${service} ${spec.key} in ${region}`,
          );
        }
        let row = matches[0];
        let note = row?.sourceText;
        const globalNote = GLOBAL_KEYS[`${service}/${spec.key}`];
        if (!row && globalNote) {
          row = serviceRows.find((r) => r.region === 'us-east-1' && spec.items.includes(r.item));
          note = `${globalNote}; ${row?.sourceText ?? ''}`;
          if (row)
            report.push(
              `curated: ${service} ${spec.key} in ${region} reuses the us-east-1 row (${globalNote})`,
            );
        }
        if (!row) {
          items.push({
            key: spec.key,
            label: spec.label,
            price: null,
            unit: spec.unit,
            source: SOURCE_ID.curatedNoRow,
            sourceKind: 'none',
            asOf: null,
            note: 'no row in the curated table: no source found',
          });
          continue;
        }
        mapped.add(row);
        const price = priceForKey(row, spec.key);
        items.push({
          key: spec.key,
          label: spec.label,
          price,
          unit:
            row.item === 'free tier' || spec.key === 'internet-out.free-allowance-gb' ? spec.unit : row.unit,
          source: row.sourceId,
          sourceKind: row.sourceKind,
          asOf: row.asOf,
          ...(note ? { note } : {}),
        });
      }
      regions[region] = items;
    }
    for (const row of serviceRows) {
      if (!mapped.has(row)) {
        throw new RawSourceError(
          CURATED_FILE,
          `line ${row.line}`,
          `item "${row.item}" has no key in tools/prices/curated-keys.ts`,
        );
      }
    }
    tables[service] = { table: service, regions };
  }
  const usedSourceIds = new Set(
    Object.values(tables).flatMap((t) =>
      Object.values(t.regions).flatMap((items) => (items ?? []).map((i) => i.source)),
    ),
  );
  return {
    tables,
    windowsAdder: { adderPerVcpuHour: adder, method: license.sourceText, unit: license.unit },
    sources: sources.filter((s) => usedSourceIds.has(s.id)),
    report,
  };
}
