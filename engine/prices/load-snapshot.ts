import type { InstanceType, Manifest, Source } from '../../pricing-data/schema';
import { sha256Hex } from './sha256-hex';
import { SnapshotError } from './snapshot-error';
import {
  checkPricedTypes,
  checkSources,
  indexCatalogue,
  readManifest,
  readTable,
  TABLE_PROPERTIES,
  type DigestOf,
  type SnapshotTables,
} from './snapshot-tables';

export { SnapshotError };

export type PriceSnapshot = SnapshotTables & {
  manifest: Manifest;
  /** instance type name → catalogue row */
  index: ReadonlyMap<string, InstanceType>;
  /** manifest source id → source */
  sources: ReadonlyMap<string, Source>;
};

export type LoadOptions = {
  /**
   * Hex SHA-256 of a text's UTF-8 bytes. Defaults to the pure-JS @noble/hashes implementation; Node callers
   * may pass a native one (node:crypto) to load faster. It must return the same digest.
   */
  sha256?: (text: string) => string;
  /**
   * Hex SHA-256 per file name, already computed by the caller over the exact bytes the text was decoded
   * from (e.g. with Web Crypto while fetching). A file without one is hashed with `sha256`.
   */
  digests?: Readonly<Record<string, string>>;
};

export function digestOf(options: LoadOptions): DigestOf {
  const sha256 = options.sha256 ?? sha256Hex;
  return (file, text) => options.digests?.[file] ?? sha256(text);
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
  const hash = digestOf(options);
  const tables = Object.fromEntries(
    Object.entries(TABLE_PROPERTIES).map(([property, name]) => [
      property,
      readTable(manifest, files, name, hash),
    ]),
  ) as SnapshotTables;
  const index = indexCatalogue(tables.catalogue);
  const sources = new Map(manifest.sources.map((s) => [s.id, s]));
  const known = new Set(sources.keys());
  checkSources('ec2-ondemand-linux', tables.onDemand, known);
  checkSources('ec2-ondemand-windows', tables.onDemandWindows, known);
  checkSources('ec2-reserved-exact', tables.reserved, known);
  checkSources('ec2-savings-plans-exact', tables.savingsPlans, known);
  checkSources('ec2-spot-advisor', tables.spot, known);
  checkSources('ec2-license-rules', tables.licenseRules, known);
  checkSources('s3-class-rules', tables.s3ClassRules, known);
  checkSources('ebs', tables.ebs, known);
  checkSources('s3', tables.s3, known);
  checkSources('data-transfer', tables.transfer, known);
  checkSources('lambda', tables.lambda, known);
  checkPricedTypes('ec2-ondemand-linux', tables.onDemand, index);
  checkPricedTypes('ec2-ondemand-windows', tables.onDemandWindows, index);
  checkPricedTypes('ec2-spot-advisor', tables.spot, index);
  checkPricedTypes('ec2-reserved-exact', tables.reserved, index);
  checkPricedTypes('ec2-savings-plans-exact', tables.savingsPlans, index);
  return { manifest, ...tables, index, sources };
}
