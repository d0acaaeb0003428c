import { describe, expect, it } from 'vitest';
import { loadSnapshotFiles } from './load-snapshot-files';
import { asFiles, bundledFiles, editedFiles } from './test-helpers';

describe('loadSnapshotFiles', () => {
  it('loads a valid snapshot folder and says which files it used', async () => {
    const texts = editedFiles('2026-12-test-1', '2026-12-01', {});
    const result = await loadSnapshotFiles([...asFiles(texts), new File(['x'], 'README.md')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.manifest.snapshotId).toBe('2026-12-test-1');
    expect(result.used).toHaveLength(15); // manifest + 14 tables
    expect(result.ignored).toEqual(['README.md']);
  });

  it('names the file whose hash does not match the manifest', async () => {
    const texts = { ...bundledFiles() };
    texts['ebs.json'] = (texts['ebs.json'] ?? '').replace('"0.08"', '"0.09"');
    const result = await loadSnapshotFiles(asFiles(texts));
    expect(result).toMatchObject({ ok: false, file: 'ebs.json' });
    expect(!result.ok && result.message).toMatch(
      /^price snapshot: ebs\.json: sha256 mismatch: manifest says [0-9a-f]{64}/,
    );
  });

  it('names a missing table and a missing manifest', async () => {
    const withoutS3 = Object.fromEntries(
      Object.entries(bundledFiles()).filter(([name]) => name !== 's3.json'),
    );
    expect(await loadSnapshotFiles(asFiles(withoutS3))).toEqual({
      ok: false,
      file: 's3.json',
      message: 'price snapshot: s3.json: file is missing (table "s3")',
    });
    const withoutManifest = Object.fromEntries(
      Object.entries(bundledFiles()).filter(([name]) => name !== 'manifest.json'),
    );
    expect(await loadSnapshotFiles(asFiles(withoutManifest))).toMatchObject({
      ok: false,
      file: 'manifest.json',
    });
  });

  it('reports the schema path of a bad row whose hash was updated', async () => {
    const texts = editedFiles('2026-12-test-2', '2026-12-01', {
      'lambda.json': (json) => {
        const regions = json.regions as Record<string, { price: string | null }[]>;
        const first = regions['us-east-1']?.[0];
        if (first) first.price = '-1';
      },
    });
    const result = await loadSnapshotFiles(asFiles(texts));
    expect(result).toMatchObject({ ok: false, file: 'lambda.json' });
    expect(!result.ok && result.message).toContain(
      'at regions.us-east-1.0.price: price must be a decimal string',
    );
  });

  it('refuses two files with the same name and an empty selection', async () => {
    const manifest = bundledFiles()['manifest.json'] ?? '';
    expect(
      await loadSnapshotFiles(
        asFiles({ 'manifest.json': manifest }).concat(asFiles({ 'manifest.json': manifest })),
      ),
    ).toMatchObject({
      ok: false,
      file: 'manifest.json',
    });
    expect(await loadSnapshotFiles([])).toEqual({ ok: false, file: null, message: 'no file was selected' });
  });
});
