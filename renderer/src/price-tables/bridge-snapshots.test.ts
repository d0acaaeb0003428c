// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { activeSnapshotThroughBridge } from './bridge-snapshots';
import { BUNDLED_ID, fakePriceBridge, storedSnapshot } from './test-fake-bridge';
import { bundledFiles, bundledSnapshot, editedFiles } from './test-helpers';

const INSTALLED = 'aws-update-20261201-000000';
const installedFiles = () => editedFiles(INSTALLED, '2026-12-01', {});

describe('activeSnapshotThroughBridge (start-up)', () => {
  it('keeps the bundled prices while the bundled snapshot is active, without reading anything', async () => {
    const fake = fakePriceBridge([storedSnapshot(BUNDLED_ID, '2026-11-21', 'bundled', bundledFiles())]);
    const result = await activeSnapshotThroughBridge(fake.bridge, bundledSnapshot());
    expect(result).toEqual({ snapshot: bundledSnapshot(), problem: null });
    expect(fake.bridge.pricesReadSnapshot).not.toHaveBeenCalled();
  });

  it('loads the installed snapshot main says is active', async () => {
    const fake = fakePriceBridge([storedSnapshot(BUNDLED_ID, '2026-11-21', 'bundled', bundledFiles())]);
    fake.install(storedSnapshot(INSTALLED, '2026-12-01', 'installed', installedFiles()));
    const result = await activeSnapshotThroughBridge(fake.bridge, bundledSnapshot());
    expect(result.problem).toBeNull();
    expect(result.snapshot.manifest.snapshotId).toBe(INSTALLED);
  }, 30_000);

  it('falls back to the bundled prices with the reason when the active snapshot was edited by hand', async () => {
    const files = installedFiles();
    files['ebs.json'] = `${files['ebs.json'] ?? ''} `;
    const fake = fakePriceBridge([storedSnapshot(BUNDLED_ID, '2026-11-21', 'bundled', bundledFiles())]);
    fake.install(storedSnapshot(INSTALLED, '2026-12-01', 'installed', files));
    const result = await activeSnapshotThroughBridge(fake.bridge, bundledSnapshot());
    expect(result.snapshot).toBe(bundledSnapshot());
    expect(result.problem).toMatchObject({ code: 'invalid-snapshot', file: 'ebs.json' });
    expect(result.problem?.message).toContain('price snapshot: ebs.json: sha256 mismatch');
  }, 30_000);

  it('turns a bridge that throws into an internal problem, never an exception', async () => {
    const fake = fakePriceBridge([]);
    fake.bridge.pricesListSnapshots.mockImplementationOnce(() => {
      throw new Error('No handler registered for prices:listSnapshots');
    });
    const result = await activeSnapshotThroughBridge(fake.bridge, bundledSnapshot());
    expect(result).toEqual({
      snapshot: bundledSnapshot(),
      problem: { code: 'internal', file: null, message: 'No handler registered for prices:listSnapshots' },
    });
  });
});
