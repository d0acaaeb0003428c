/** Test helpers: the real bundled snapshot read with Node fs, an edited copy of it, and rendering with i18n. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { render } from '@testing-library/react';
import { loadSnapshot, type PriceSnapshot } from '../../../engine/prices';
import { createI18n, type Language } from '../i18n';
import { registerPriceTablesI18n } from './register-price-tables-i18n';

// a string, not a URL object: under jsdom the global URL is jsdom's, which node:url does not accept
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../pricing-data/');

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let files: Record<string, string> | undefined;
let snapshot: PriceSnapshot | undefined;

/** pricing-data/*.json as name → text */
export function bundledFiles(): Record<string, string> {
  if (!files) {
    files = {};
    for (const name of readdirSync(dir))
      if (name.endsWith('.json')) files[name] = readFileSync(dir + name, 'utf8');
  }
  return files;
}

export function bundledSnapshot(): PriceSnapshot {
  snapshot ??= loadSnapshot(bundledFiles(), { sha256: nodeSha256 });
  return snapshot;
}

type Json = Record<string, unknown>;

/**
 * A copy of the bundled files with new snapshot id/date and `edits` applied to the named tables; the
 * manifest's sha256 entries are updated, so the copy loads like a real second snapshot.
 */
export function editedFiles(
  snapshotId: string,
  snapshotDate: string,
  edits: Readonly<Record<string, (json: Json) => void>>,
): Record<string, string> {
  const out = { ...bundledFiles() };
  const manifest = JSON.parse(out['manifest.json'] ?? 'null') as Json & {
    tables: { file: string; sha256: string }[];
  };
  manifest.snapshotId = snapshotId;
  manifest.snapshotDate = snapshotDate;
  for (const [file, edit] of Object.entries(edits)) {
    const json = JSON.parse(out[file] ?? 'null') as Json;
    edit(json);
    const text = `${JSON.stringify(json, null, 1)}\n`;
    out[file] = text;
    for (const entry of manifest.tables) if (entry.file === file) entry.sha256 = nodeSha256(text);
  }
  out['manifest.json'] = `${JSON.stringify(manifest, null, 1)}\n`;
  return out;
}

/** Browser File objects for a name → text map (what a user picks in the multi-file input). */
export function asFiles(texts: Readonly<Record<string, string>>): File[] {
  return Object.entries(texts).map(([name, text]) => new File([text], name, { type: 'application/json' }));
}

export function renderWithPriceTables(ui: ReactElement, language: Language = 'ko') {
  const i18n = createI18n(language, [registerPriceTablesI18n]);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
