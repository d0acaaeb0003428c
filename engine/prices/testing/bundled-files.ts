/**
 * Test helper: the bundled pricing-data/*.json files as text, through Vite's import.meta.glob (engine code
 * may not use node:fs). Only tests import this.
 */
import { loadSnapshot, type PriceSnapshot } from '../load-snapshot';
import { sha256Hex } from '../sha256-hex';

const modules = import.meta.glob<string>('../../../pricing-data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function bundledFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(modules)) files[path.slice(path.lastIndexOf('/') + 1)] = text;
  return files;
}

let cached: PriceSnapshot | undefined;
export function bundledSnapshot(): PriceSnapshot {
  cached ??= loadSnapshot(bundledFiles());
  return cached;
}

/**
 * A copy of `files` where one table's JSON is changed by `edit` and the manifest's sha256 is updated to
 * match, so the change reaches the schema check instead of failing the hash check.
 */
export function withEditedTable(
  files: Readonly<Record<string, string>>,
  file: string,
  edit: (json: Record<string, unknown>) => void,
): Record<string, string> {
  const json = JSON.parse(files[file] ?? 'null') as Record<string, unknown>;
  edit(json);
  const text = `${JSON.stringify(json, null, 1)}\n`;
  const manifest = JSON.parse(files['manifest.json'] ?? 'null') as {
    tables: Array<{ file: string; sha256: string }>;
  };
  for (const entry of manifest.tables) if (entry.file === file) entry.sha256 = sha256Hex(text);
  return { ...files, [file]: text, 'manifest.json': JSON.stringify(manifest) };
}
