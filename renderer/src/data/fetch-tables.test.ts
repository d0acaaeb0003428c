import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../engine/prices';
import { bundledFiles } from './bundled-snapshot';
import { fetchTables } from './fetch-tables';
import { fakeFetch, fetchedBundled, nodeSubtle, testUrls } from './test-tables';

const files = bundledFiles();
const manifest = JSON.parse(files['manifest.json'] ?? '{}') as { tables: { file: string; sha256: string }[] };

async function rejection(promise: Promise<unknown>): Promise<SnapshotError> {
  const error = await promise.then(
    () => new Error('expected a SnapshotError'),
    (reason: unknown) => reason,
  );
  if (error instanceof SnapshotError) return error;
  throw error;
}

describe('fetchTables', () => {
  it('returns every file as text with the SHA-256 of its bytes, equal to the manifest', async () => {
    const fetched = await fetchedBundled();
    expect(fetched.texts).toEqual(files);
    expect(manifest.tables).toHaveLength(14);
    for (const table of manifest.tables) expect(fetched.digests?.[table.file]).toBe(table.sha256);
  });

  it('without Web Crypto returns no digests (the engine then hashes the text itself)', async () => {
    const fetched = await fetchedBundled(undefined, { webCrypto: false });
    expect(fetched.digests).toBeUndefined();
    expect(fetched.texts['ebs.json']).toBe(files['ebs.json']);
  });

  it('names the file and URL of a table the server does not have', async () => {
    const error = await rejection(
      fetchTables(
        { ...testUrls(files), 'ebs.json': '/assets/ebs-gone.json' },
        {
          fetch: fakeFetch(files),
          subtle: nodeSubtle,
        },
      ),
    );
    expect(error.file).toBe('ebs.json');
    expect(error.message).toBe(
      'price snapshot: ebs.json: could not be read from /assets/ebs-gone.json (HTTP 404)',
    );
  });

  it('names the file when the request itself fails', async () => {
    const error = await rejection(
      fetchTables(testUrls({ 'lambda.json': '' }), {
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
        subtle: nodeSubtle,
      }),
    );
    expect(error.message).toBe(
      'price snapshot: lambda.json: could not be read from /assets/lambda.json (Failed to fetch)',
    );
  });

  it('refuses bytes that are not UTF-8 instead of repairing them', async () => {
    const bad = Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    const error = await rejection(fetchedBundled((texts) => ({ ...texts, 's3.json': bad })));
    expect(error.file).toBe('s3.json');
    expect(error.message).toMatch(/^price snapshot: s3\.json: not valid UTF-8/);
  });

  it('keeps a byte-order mark in the text, so text and digest describe the same bytes', async () => {
    const withBom = `\uFEFF${files['regions.json'] ?? ''}`;
    const fetched = await fetchedBundled((texts) => ({ ...texts, 'regions.json': withBom }));
    expect(fetched.texts['regions.json']?.charCodeAt(0)).toBe(0xfeff);
    expect(fetched.digests?.['regions.json']).not.toBe(
      manifest.tables.find((t) => t.file === 'regions.json')?.sha256,
    );
  });
});
