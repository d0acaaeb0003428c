import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshot, type PriceSnapshot } from '../engine/prices';

export const BUNDLED_PRICING_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../pricing-data');

/** Every *.json file of a pricing-data folder, by file name, as text. */
export function readSnapshotFiles(dir: string = BUNDLED_PRICING_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) files[name] = readFileSync(resolve(dir, name), 'utf8');
  }
  return files;
}

/** Loads and validates (zod + sha256) the snapshot bundled in pricing-data/. Throws SnapshotError if corrupted. */
export function loadBundledSnapshot(dir: string = BUNDLED_PRICING_DIR): PriceSnapshot {
  return loadSnapshot(readSnapshotFiles(dir));
}
