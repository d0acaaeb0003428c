/**
 * The same snapshot and the same checks as `loadSnapshot`, table by table on first use: reading a table's
 * property hashes, parses, validates and cross-checks that table (and the catalogue, for the types it
 * names) before returning it, so no table is ever used unchecked. A table that failed keeps failing.
 */
import { TABLE_NAMES, type InstanceType, type TableName } from '../../pricing-data/schema';
import { digestOf, type LoadOptions, type PriceSnapshot } from './load-snapshot';
import {
  checkPricedTypes,
  checkSources,
  indexCatalogue,
  readManifest,
  readTable,
  TABLE_PROPERTIES,
  TABLES_NAMING_TYPES,
  tableText,
  type Table,
} from './snapshot-tables';

export type LazyLoadOptions = LoadOptions & {
  /** Wraps each table's check (e.g. with performance marks); must call `check` exactly once. */
  measure?: (name: TableName, check: () => void) => void;
  /**
   * Hex SHA-256 of a manifest whose whole snapshot has been checked already, with these schemas and
   * cross-checks (the renderer's build checks the bundled snapshot: renderer/build/verified-snapshot.ts).
   * When `files` holds that very manifest, each table whose bytes match its manifest sha256 is the table
   * that was checked, so it is only parsed; any other manifest gets every check.
   */
  verifiedManifestSha256?: string;
};

export type LazySnapshot = {
  /** Tables are checked when their property (or `index`) is first read; a bad one throws SnapshotError. */
  readonly snapshot: PriceSnapshot;
  /** Checks a table now unless already done. @throws SnapshotError */
  validate(name: TableName): void;
  /** Tables not checked yet, in manifest order. */
  pending(): TableName[];
};

/**
 * Reads and checks the manifest now and that every table it lists is present; the tables themselves are
 * checked on first access or through `validate`.
 * @throws SnapshotError for a bad manifest or a missing table file
 */
export function loadSnapshotLazy(
  files: Readonly<Record<string, string>>,
  options: LazyLoadOptions = {},
): LazySnapshot {
  const manifest = readManifest(files);
  for (const name of TABLE_NAMES) tableText(manifest, files, name);
  const hash = digestOf(options);
  const verified =
    options.verifiedManifestSha256 !== undefined &&
    hash('manifest.json', files['manifest.json'] ?? '') === options.verifiedManifestSha256;
  const measure = options.measure ?? ((_name, check) => check());
  const sources = new Map(manifest.sources.map((s) => [s.id, s]));
  const known = new Set(sources.keys());
  // each value was read as Table<name> for its own key
  const checked = new Map<TableName, unknown>();
  const failures = new Map<TableName, unknown>();
  let index: ReadonlyMap<string, InstanceType> | undefined;

  function catalogueIndex(): ReadonlyMap<string, InstanceType> {
    table('ec2-catalogue');
    if (!index) throw new Error('price snapshot: the catalogue was checked but not indexed');
    return index;
  }

  function check<N extends TableName>(name: N): Table<N> {
    const read = readTable(manifest, files, name, hash, verified);
    if (name === 'ec2-catalogue') index = indexCatalogue(read as Table<'ec2-catalogue'>);
    if (verified) return read;
    checkSources(name, read, known);
    if (TABLES_NAMING_TYPES.includes(name)) checkPricedTypes(name, read, catalogueIndex());
    return read;
  }

  function table<N extends TableName>(name: N): Table<N> {
    if (checked.has(name)) return checked.get(name) as Table<N>;
    if (failures.has(name)) throw failures.get(name);
    try {
      measure(name, () => checked.set(name, check(name)));
      if (!checked.has(name)) throw new Error(`price snapshot: ${name} was not checked by measure()`);
      return checked.get(name) as Table<N>;
    } catch (error) {
      failures.set(name, error);
      throw error;
    }
  }

  const properties: PropertyDescriptorMap = {
    manifest: { value: manifest, enumerable: true },
    sources: { value: sources, enumerable: true },
    index: { get: catalogueIndex, enumerable: true },
  };
  for (const [property, name] of Object.entries(TABLE_PROPERTIES)) {
    properties[property] = { get: () => table(name), enumerable: true };
  }
  const snapshot = Object.defineProperties({}, properties) as PriceSnapshot;

  return {
    snapshot,
    validate: (name) => void table(name),
    pending: () => TABLE_NAMES.filter((name) => !checked.has(name)),
  };
}
