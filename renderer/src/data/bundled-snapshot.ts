/**
 * The bundled price snapshot loaded synchronously, for tests (jsdom has no server to fetch from): Vite
 * inlines pricing-data/*.json as raw text here. The app itself fetches the tables (bundled-tables.ts);
 * importing this module into the app fails the build (renderer/vite.config.ts).
 */
import { loadSnapshot, type PriceSnapshot } from '../../../engine/prices';

const rawTables = import.meta.glob<string>('../../../pricing-data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** '../../../pricing-data/ebs.json' → 'ebs.json' */
export function bundledFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rawTables).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
  );
}

let cached: PriceSnapshot | undefined;

/** Loaded once per test file; throws SnapshotError (naming the file) if a bundled table is damaged. */
export function bundledSnapshot(): PriceSnapshot {
  cached ??= loadSnapshot(bundledFiles());
  return cached;
}
