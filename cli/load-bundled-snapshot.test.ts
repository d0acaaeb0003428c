import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_PRICING_DIR, bundledSnapshotFor } from './load-bundled-snapshot';

describe('bundledSnapshotFor (every CLI command that needs prices)', () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('gives the bundled snapshot', () => {
    expect(bundledSnapshotFor('price')?.manifest.snapshotId).toBe('2026-11-snapshot-1');
  });

  it('says which command and which file when a table is corrupted, and gives null (exit 1)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cloudsizer-snapshot-'));
    folders.push(folder);
    cpSync(BUNDLED_PRICING_DIR, folder, { recursive: true });
    appendFileSync(join(folder, 'lambda.json'), ' ');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(bundledSnapshotFor('grade', folder)).toBeNull();
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(
      /^grade: price snapshot: lambda\.json: sha256 mismatch/,
    );
  });
});
