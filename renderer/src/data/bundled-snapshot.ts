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
  return Object.fromEntries(
    Object.entries(rawTables).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
  );
}

let cached: PriceSnapshot | undefined;

/** Loaded once per page; throws SnapshotError (naming the file) if a bundled table is damaged. */
export function bundledSnapshot(): PriceSnapshot {
  cached ??= loadSnapshot(bundledFiles());
  return cached;
}

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The same load and checks, with the tables' SHA-256 computed first by the browser's native Web Crypto
 * (several times faster than hashing in JavaScript); falls back to the engine's own hash without it.
 */
export async function bundledSnapshotAsync(): Promise<PriceSnapshot> {
  if (cached) return cached;
  const files = bundledFiles();
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return bundledSnapshot();
  const encoder = new TextEncoder();
  const digests = new Map<string, string>(
    await Promise.all(
      Object.values(files).map(
        async (text) => [text, hex(await subtle.digest('SHA-256', encoder.encode(text)))] as const,
      ),
    ),
  );
  cached ??= loadSnapshot(files, {
    sha256: (text) => {
      const known = digests.get(text);
      if (known === undefined) throw new Error('bundled snapshot: a table was not hashed before loading');
      return known;
    },
  });
  return cached;
}
