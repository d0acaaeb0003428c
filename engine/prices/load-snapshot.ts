import type { z } from 'zod';
import {
  manifestSchema,
  tableSchemas,
  type InstanceType,
  type Manifest,
  type Source,
  type TableName,
} from '../../pricing-data/schema';
import { sha256Hex } from './sha256-hex';

/** A bundled table that is missing, corrupted or does not match its schema. The message names the file. */
export class SnapshotError extends Error {
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`price snapshot: ${file}: ${detail}`);
    this.name = 'SnapshotError';
    this.file = file;
  }
}

type Table<N extends TableName> = z.infer<(typeof tableSchemas)[N]>;

export type PriceSnapshot = {
  manifest: Manifest;
  regions: Table<'regions'>;
  catalogue: Table<'ec2-catalogue'>;
  onDemand: Table<'ec2-ondemand-linux'>;
  licenseRules: Table<'ec2-license-rules'>;
  spot: Table<'ec2-spot-advisor'>;
  reserved: Table<'ec2-reserved-exact'>;
  savingsPlans: Table<'ec2-savings-plans-exact'>;
  typicalDiscounts: Table<'typical-discounts-estimate'>;
  ebs: Table<'ebs'>;
  s3: Table<'s3'>;
  s3ClassRules: Table<'s3-class-rules'>;
  transfer: Table<'data-transfer'>;
  lambda: Table<'lambda'>;
  /** instance type name → catalogue row */
  index: ReadonlyMap<string, InstanceType>;
  /** manifest source id → source */
  sources: ReadonlyMap<string, Source>;
};

const MAX_ISSUES_SHOWN = 5;

function describeIssues(error: z.ZodError): string {
  const lines = error.issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => `at ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const more = error.issues.length - MAX_ISSUES_SHOWN;
  return lines.join('; ') + (more > 0 ? `; and ${more} more issue(s)` : '');
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

function readManifest(files: Readonly<Record<string, string>>): Manifest {
  const text = files['manifest.json'];
  if (text === undefined) throw new SnapshotError('manifest.json', 'file is missing');
  const parsed = manifestSchema.safeParse(parseJson('manifest.json', text));
  if (!parsed.success) throw new SnapshotError('manifest.json', describeIssues(parsed.error));
  return parsed.data;
}

export type LoadOptions = {
  /**
   * Hex SHA-256 of a text's UTF-8 bytes. Defaults to the pure-JS @noble/hashes implementation; Node callers
   * may pass a native one (node:crypto) to load faster. It must return the same digest.
   */
  sha256?: (text: string) => string;
};

function readTable<N extends TableName>(
  manifest: Manifest,
  files: Readonly<Record<string, string>>,
  name: N,
  sha256: (text: string) => string,
): Table<N> {
  const entries = manifest.tables.filter((t) => t.name === name);
  const entry = entries[0];
  if (!entry || entries.length > 1) {
    throw new SnapshotError(
      'manifest.json',
      `expected exactly one entry for table "${name}", found ${entries.length}`,
    );
  }
  const text = files[entry.file];
  if (text === undefined) throw new SnapshotError(entry.file, `file is missing (table "${name}")`);
  const actual = sha256(text);
  if (actual !== entry.sha256) {
    throw new SnapshotError(
      entry.file,
      `sha256 mismatch: manifest says ${entry.sha256}, file has ${actual}; the table is corrupted or was edited by hand (run npm run prices:build)`,
    );
  }
  const schema = tableSchemas[name] as unknown as z.ZodType<Table<N>>;
  const parsed = schema.safeParse(parseJson(entry.file, text));
  if (!parsed.success) throw new SnapshotError(entry.file, describeIssues(parsed.error));
  return parsed.data;
}

/** Source ids that rows point at but the manifest does not define. */
function checkSourceIds(snap: Omit<PriceSnapshot, 'index' | 'sources'>, known: ReadonlySet<string>): void {
  const check = (file: string, where: string, id: string) => {
    if (!known.has(id))
      throw new SnapshotError(file, `${where} names source "${id}", which manifest.json does not list`);
  };
  for (const [region, rates] of Object.entries(snap.onDemand.regions)) {
    for (const [type, rate] of Object.entries(rates ?? {}))
      check('ec2-ondemand-linux.json', `${region}.${type}`, rate.source);
  }
  snap.reserved.rates.forEach((r, i) => check('ec2-reserved-exact.json', `rates.${i}`, r.source));
  snap.savingsPlans.rates.forEach((r, i) => check('ec2-savings-plans-exact.json', `rates.${i}`, r.source));
  check('ec2-spot-advisor.json', 'source', snap.spot.source);
  check('ec2-license-rules.json', 'windows', snap.licenseRules.windows.source);
  check('ec2-license-rules.json', 'tUnlimitedSurplus', snap.licenseRules.tUnlimitedSurplus.source);
  check('s3-class-rules.json', 'source', snap.s3ClassRules.source);
  for (const [file, table] of [
    ['ebs.json', snap.ebs],
    ['s3.json', snap.s3],
    ['data-transfer.json', snap.transfer],
    ['lambda.json', snap.lambda],
  ] as const) {
    for (const [region, items] of Object.entries(table.regions)) {
      for (const item of items ?? []) check(file, `${region}.${item.key}`, item.source);
    }
  }
}

/** Every priced type must exist in the catalogue: a price for an unknown type is a generator bug. */
function checkPricedTypes(
  snap: Omit<PriceSnapshot, 'index' | 'sources'>,
  index: ReadonlyMap<string, InstanceType>,
) {
  const check = (file: string, where: string, type: string) => {
    if (!index.has(type))
      throw new SnapshotError(file, `${where}: instance type "${type}" is not in ec2-catalogue.json`);
  };
  for (const [region, rates] of Object.entries(snap.onDemand.regions)) {
    for (const type of Object.keys(rates ?? {})) check('ec2-ondemand-linux.json', region, type);
  }
  for (const [region, byOs] of Object.entries(snap.spot.regions)) {
    for (const type of [...Object.keys(byOs?.linux ?? {}), ...Object.keys(byOs?.windows ?? {})]) {
      check('ec2-spot-advisor.json', region, type);
    }
  }
  snap.reserved.rates.forEach((r, i) => check('ec2-reserved-exact.json', `rates.${i}`, r.type));
  snap.savingsPlans.rates.forEach((r, i) => check('ec2-savings-plans-exact.json', `rates.${i}`, r.type));
}

/**
 * Validates a bundled price snapshot. `files` maps file name ('manifest.json', 'ec2-catalogue.json', …)
 * to its raw text. Each table's sha256 is checked against the manifest before it is parsed.
 * @throws SnapshotError naming the file and the zod path or hash mismatch
 */
export function loadSnapshot(
  files: Readonly<Record<string, string>>,
  options: LoadOptions = {},
): PriceSnapshot {
  const manifest = readManifest(files);
  const sha256 = options.sha256 ?? sha256Hex;
  const tables = {
    manifest,
    regions: readTable(manifest, files, 'regions', sha256),
    catalogue: readTable(manifest, files, 'ec2-catalogue', sha256),
    onDemand: readTable(manifest, files, 'ec2-ondemand-linux', sha256),
    licenseRules: readTable(manifest, files, 'ec2-license-rules', sha256),
    spot: readTable(manifest, files, 'ec2-spot-advisor', sha256),
    reserved: readTable(manifest, files, 'ec2-reserved-exact', sha256),
    savingsPlans: readTable(manifest, files, 'ec2-savings-plans-exact', sha256),
    typicalDiscounts: readTable(manifest, files, 'typical-discounts-estimate', sha256),
    ebs: readTable(manifest, files, 'ebs', sha256),
    s3: readTable(manifest, files, 's3', sha256),
    s3ClassRules: readTable(manifest, files, 's3-class-rules', sha256),
    transfer: readTable(manifest, files, 'data-transfer', sha256),
    lambda: readTable(manifest, files, 'lambda', sha256),
  };
  const index = new Map<string, InstanceType>();
  for (const row of tables.catalogue.types) {
    if (index.has(row.type))
      throw new SnapshotError('ec2-catalogue.json', `instance type "${row.type}" appears twice`);
    index.set(row.type, row);
  }
  const sources = new Map(manifest.sources.map((s) => [s.id, s]));
  checkSourceIds(tables, new Set(sources.keys()));
  checkPricedTypes(tables, index);
  return { ...tables, index, sources };
}
