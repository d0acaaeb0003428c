/**
 * The price snapshot shipped with the app: Vite inlines pricing-data/*.json as raw text at build time, and
 * the engine's loader checks every table's sha256 against the manifest and its schema before use.
 */
import { loadSnapshot, type PriceSnapshot } from '../../../engine/prices';

const rawTables = import.meta.glob<string>('../../../pricing-data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** '../../../pricing-data/ebs.json' → 'ebs.json' */
export function bundledFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(rawTables).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
}

let cached: PriceSnapshot | undefined;

/** Loaded once per page; throws SnapshotError (naming the file) if a bundled table is damaged. */
export function bundledSnapshot(): PriceSnapshot {
  cached ??= loadSnapshot(bundledFiles());
  return cached;
}
