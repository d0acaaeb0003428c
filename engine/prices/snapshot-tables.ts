/**
 * One table of a price snapshot at a time: find it in the manifest, check its sha256, parse and validate it,
 * and cross-check it against the manifest's sources and the catalogue. Shared by the eager and lazy loaders.
 */
import type { z } from 'zod';
import { counted } from '../text/plural';
import {
  manifestSchema,
  tableSchemas,
  type InstanceType,
  type Manifest,
  type TableName,
} from '../../pricing-data/schema';
import { SnapshotError } from './snapshot-error';

export type Table<N extends TableName> = z.infer<(typeof tableSchemas)[N]>;

/** The snapshot's property for each table, in manifest order. */
export const TABLE_PROPERTIES = {
  regions: 'regions',
  catalogue: 'ec2-catalogue',
  onDemand: 'ec2-ondemand-linux',
  onDemandWindows: 'ec2-ondemand-windows',
  licenseRules: 'ec2-license-rules',
  spot: 'ec2-spot-advisor',
  reserved: 'ec2-reserved-exact',
  savingsPlans: 'ec2-savings-plans-exact',
  typicalDiscounts: 'typical-discounts-estimate',
  ebs: 'ebs',
  s3: 's3',
  s3ClassRules: 's3-class-rules',
  transfer: 'data-transfer',
  lambda: 'lambda',
} as const satisfies Record<string, TableName>;

type TableProperties = typeof TABLE_PROPERTIES;
export type SnapshotTables = { [P in keyof TableProperties]: Table<TableProperties[P]> };

/** Hex SHA-256 of a file's content, given its name and text. */
export type DigestOf = (file: string, text: string) => string;

const MAX_ISSUES_SHOWN = 5;

function describeIssues(error: z.ZodError): string {
  const lines = error.issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => `at ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const more = error.issues.length - MAX_ISSUES_SHOWN;
  return lines.join('; ') + (more > 0 ? `; and ${counted(more, 'more issue')}` : '');
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SnapshotError(
      file,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

export function readManifest(files: Readonly<Record<string, string>>): Manifest {
  const text = files['manifest.json'];
  if (text === undefined) throw new SnapshotError('manifest.json', 'file is missing', '파일이 없습니다');
  const parsed = manifestSchema.safeParse(parseJson('manifest.json', text));
  if (!parsed.success) throw new SnapshotError('manifest.json', describeIssues(parsed.error));
  return parsed.data;
}

/**
 * Tables added to schema version 1 after snapshots were already written (by earlier price updates): a
 * manifest without an entry for one of them reads it as empty, which prices exactly as before it existed.
 */
const ADDED_TABLES: { readonly [N in TableName]?: () => Table<N> } = {
  'ec2-ondemand-windows': () => ({
    table: 'ec2-ondemand-windows',
    unit: 'USD per instance-hour',
    tenancy: 'shared',
    os: 'windows',
    license: 'included',
    preInstalledSoftware: 'none',
    regions: {},
  }),
};

/** Tables that a snapshot written before them may lack (read as empty). */
export const ADDED_TABLE_NAMES = Object.keys(ADDED_TABLES) as readonly TableName[];

/**
 * The manifest's one entry for `name` and the file's text, or null for an added table the manifest
 * predates; refuses a missing or duplicated entry or file.
 */
export function tableText(
  manifest: Manifest,
  files: Readonly<Record<string, string>>,
  name: TableName,
): { file: string; sha256: string; text: string } | null {
  const entries = manifest.tables.filter((t) => t.name === name);
  const entry = entries[0];
  if (!entry && ADDED_TABLES[name]) return null;
  if (!entry || entries.length > 1) {
    throw new SnapshotError(
      'manifest.json',
      `expected exactly one entry for table "${name}", found ${entries.length}`,
    );
  }
  const text = files[entry.file];
  if (text === undefined)
    throw new SnapshotError(
      entry.file,
      `file is missing (table "${name}")`,
      `파일이 없습니다 (표 "${name}")`,
    );
  return { file: entry.file, sha256: entry.sha256, text };
}

/**
 * Checks the table's sha256 against the manifest before parsing it, then validates it with its schema
 * (unless `checkedBefore`: the same bytes passed that schema already, see LazyLoadOptions.verifiedManifestSha256).
 */
export function readTable<N extends TableName>(
  manifest: Manifest,
  files: Readonly<Record<string, string>>,
  name: N,
  digestOf: DigestOf,
  checkedBefore = false,
): Table<N> {
  const found = tableText(manifest, files, name);
  if (!found) {
    const empty = ADDED_TABLES[name] as (() => Table<N>) | undefined;
    if (!empty) throw new Error(`price snapshot: no manifest entry for table "${name}"`);
    return empty();
  }
  const { file, sha256, text } = found;
  const actual = digestOf(file, text);
  if (actual !== sha256) {
    throw new SnapshotError(
      file,
      `sha256 mismatch: manifest says ${sha256}, file has ${actual}; the table is corrupted or was edited by hand (run npm run prices:build)`,
      'SHA-256이 manifest.json에 적힌 값과 다릅니다: 표가 손상되었거나 손으로 고쳐졌으니 받은 그대로의 파일로 되돌리세요',
    );
  }
  const json = parseJson(file, text);
  if (checkedBefore) return json as Table<N>;
  const schema = tableSchemas[name] as unknown as z.ZodType<Table<N>>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SnapshotError(file, describeIssues(parsed.error));
  return parsed.data;
}

/** instance type name → catalogue row; a type listed twice is a generator bug. */
export function indexCatalogue(catalogue: Table<'ec2-catalogue'>): Map<string, InstanceType> {
  const index = new Map<string, InstanceType>();
  for (const row of catalogue.types) {
    if (index.has(row.type))
      throw new SnapshotError('ec2-catalogue.json', `instance type "${row.type}" appears twice`);
    index.set(row.type, row);
  }
  return index;
}

type Check<N extends TableName, Context> = (table: Table<N>, context: Context) => void;

function sourceChecker(file: string, known: ReadonlySet<string>) {
  return (where: string, id: string) => {
    if (!known.has(id))
      throw new SnapshotError(file, `${where} names source "${id}", which manifest.json does not list`);
  };
}

function curatedSources(file: string): Check<'ebs' | 's3' | 'data-transfer' | 'lambda', ReadonlySet<string>> {
  return (table, known) => {
    const check = sourceChecker(file, known);
    for (const [region, items] of Object.entries(table.regions)) {
      for (const item of items ?? []) check(`${region}.${item.key}`, item.source);
    }
  };
}

function onDemandSources(
  file: string,
): Check<'ec2-ondemand-linux' | 'ec2-ondemand-windows', ReadonlySet<string>> {
  return (table, known) => {
    const check = sourceChecker(file, known);
    for (const [region, rates] of Object.entries(table.regions)) {
      for (const [type, rate] of Object.entries(rates ?? {})) check(`${region}.${type}`, rate.source);
    }
  };
}

const SOURCE_CHECKS: { [N in TableName]?: Check<N, ReadonlySet<string>> } = {
  'ec2-ondemand-linux': onDemandSources('ec2-ondemand-linux.json'),
  'ec2-ondemand-windows': onDemandSources('ec2-ondemand-windows.json'),
  'ec2-reserved-exact': (table, known) => {
    const check = sourceChecker('ec2-reserved-exact.json', known);
    table.rates.forEach((r, i) => check(`rates.${i}`, r.source));
  },
  'ec2-savings-plans-exact': (table, known) => {
    const check = sourceChecker('ec2-savings-plans-exact.json', known);
    table.rates.forEach((r, i) => check(`rates.${i}`, r.source));
  },
  'ec2-spot-advisor': (table, known) => sourceChecker('ec2-spot-advisor.json', known)('source', table.source),
  'ec2-license-rules': (table, known) => {
    const check = sourceChecker('ec2-license-rules.json', known);
    check('windows', table.windows.source);
    check('tUnlimitedSurplus', table.tUnlimitedSurplus.source);
  },
  's3-class-rules': (table, known) => sourceChecker('s3-class-rules.json', known)('source', table.source),
  ebs: curatedSources('ebs.json'),
  s3: curatedSources('s3.json'),
  'data-transfer': curatedSources('data-transfer.json'),
  lambda: curatedSources('lambda.json'),
};

/** Source ids that the table's rows point at but the manifest does not define. */
export function checkSources<N extends TableName>(
  name: N,
  table: Table<N>,
  known: ReadonlySet<string>,
): void {
  (SOURCE_CHECKS[name] as Check<N, ReadonlySet<string>> | undefined)?.(table, known);
}

type Index = ReadonlyMap<string, InstanceType>;

function typeChecker(file: string, index: Index) {
  return (where: string, type: string) => {
    if (!index.has(type))
      throw new SnapshotError(file, `${where}: instance type "${type}" is not in ec2-catalogue.json`);
  };
}

function onDemandTypes(file: string): Check<'ec2-ondemand-linux' | 'ec2-ondemand-windows', Index> {
  return (table, index) => {
    const check = typeChecker(file, index);
    for (const [region, rates] of Object.entries(table.regions)) {
      for (const type of Object.keys(rates ?? {})) check(region, type);
    }
  };
}

const TYPE_CHECKS: { [N in TableName]?: Check<N, Index> } = {
  'ec2-ondemand-linux': onDemandTypes('ec2-ondemand-linux.json'),
  'ec2-ondemand-windows': onDemandTypes('ec2-ondemand-windows.json'),
  'ec2-spot-advisor': (table, index) => {
    const check = typeChecker('ec2-spot-advisor.json', index);
    for (const [region, byOs] of Object.entries(table.regions)) {
      for (const type of [...Object.keys(byOs?.linux ?? {}), ...Object.keys(byOs?.windows ?? {})]) {
        check(region, type);
      }
    }
  },
  'ec2-reserved-exact': (table, index) => {
    const check = typeChecker('ec2-reserved-exact.json', index);
    table.rates.forEach((r, i) => check(`rates.${i}`, r.type));
  },
  'ec2-savings-plans-exact': (table, index) => {
    const check = typeChecker('ec2-savings-plans-exact.json', index);
    table.rates.forEach((r, i) => check(`rates.${i}`, r.type));
  },
};

/** Tables whose rows name instance types, which must all be in the catalogue. */
export const TABLES_NAMING_TYPES: readonly TableName[] = Object.keys(TYPE_CHECKS) as TableName[];

/** Every priced type must exist in the catalogue: a price for an unknown type is a generator bug. */
export function checkPricedTypes<N extends TableName>(name: N, table: Table<N>, index: Index): void {
  (TYPE_CHECKS[name] as Check<N, Index> | undefined)?.(table, index);
}
