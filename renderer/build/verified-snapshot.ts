/**
 * Build step: checks the bundled price snapshot in full (hashes, schemas, sources, catalogue) and gives the
 * app the manifest's sha256 as `__CLOUDSIZER_VERIFIED_MANIFEST__`. At start the app then only parses the
 * tables of that exact manifest (their bytes are pinned by its sha256s) instead of re-running the schemas:
 * renderer/src/data/verified-manifest.ts, engine/prices/lazy-snapshot.ts. A snapshot that fails a check,
 * or whose schemas would change what the JSON says (a default, a transform), fails the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { loadSnapshot } from '../../engine/prices/load-snapshot';
import { TABLE_PROPERTIES } from '../../engine/prices/snapshot-tables';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function readSnapshotFolder(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file, readFileSync(join(folder, file), 'utf8')]),
  );
}

/** @throws Error when the schema's output differs from the JSON as written (a default, a transform) */
export function assertCheckedAsWritten(file: string, checked: unknown, text: string): void {
  if (!isDeepStrictEqual(checked, JSON.parse(text)))
    throw new Error(
      `${file}: its schema changes the parsed JSON (a default or a transform), so the app could not skip the check`,
    );
}

/**
 * The manifest's sha256 once every table has passed its checks and reads the same parsed as checked.
 * @throws SnapshotError (naming the file) or Error (naming the table whose checked form differs)
 */
export function verifySnapshot(files: Readonly<Record<string, string>>): string {
  const snapshot = loadSnapshot(files, { sha256 });
  for (const [property, name] of Object.entries(TABLE_PROPERTIES)) {
    const entry = snapshot.manifest.tables.find((table) => table.name === name);
    if (!entry) continue; // a table the manifest predates reads as empty either way
    const checked: unknown = snapshot[property as keyof typeof TABLE_PROPERTIES];
    assertCheckedAsWritten(entry.file, checked, files[entry.file] ?? 'null');
  }
  const manifest = files['manifest.json'];
  if (manifest === undefined) throw new Error('manifest.json is missing');
  return sha256(manifest);
}

export function verifiedSnapshot(options: { pricingData: string }): Plugin {
  return {
    name: 'cloudsizer:verified-snapshot',
    config: () => ({
      define: {
        __CLOUDSIZER_VERIFIED_MANIFEST__: JSON.stringify(
          verifySnapshot(readSnapshotFolder(options.pricingData)),
        ),
      },
    }),
  };
}
