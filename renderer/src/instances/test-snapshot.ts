/** The real bundled snapshot for tests, read with Node fs (the app bundles the same files through Vite). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshot, type PriceSnapshot } from '../../../engine/prices';

// a string, not a URL object: under jsdom the global URL is jsdom's, which node:url does not accept
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../pricing-data/');
let cached: PriceSnapshot | undefined;

export function testSnapshot(): PriceSnapshot {
  if (!cached) {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir))
      if (name.endsWith('.json')) files[name] = readFileSync(dir + name, 'utf8');
    cached = loadSnapshot(files);
  }
  return cached;
}
