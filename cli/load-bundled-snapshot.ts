import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshot, SnapshotError, type PriceSnapshot } from '../engine/prices';

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
  return loadSnapshot(readSnapshotFiles(dir), { sha256: nodeSha256Hex });
}

/** Native SHA-256 (same digest as the engine's pure-JS one, several times faster). */
export function nodeSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The bundled snapshot for a command, or null after saying on stderr why it cannot be used
 * (`<command>: <file>: <problem>`; the command then exits 1). Other errors are bugs and propagate.
 */
export function bundledSnapshotFor(command: string, dir: string = BUNDLED_PRICING_DIR): PriceSnapshot | null {
  try {
    return loadBundledSnapshot(dir);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n`);
    return null;
  }
}
