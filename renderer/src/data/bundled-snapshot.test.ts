import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../engine/prices';
import { bundledFiles, bundledSnapshot } from './bundled-snapshot';

describe('bundled snapshot (tests load it synchronously)', () => {
  it('holds every table the manifest lists, byte for byte as hashed', () => {
    const files = bundledFiles();
    const manifest = JSON.parse(files['manifest.json'] ?? '{}') as {
      tables: { file: string; sha256: string }[];
    };
    expect(manifest.tables.length).toBeGreaterThanOrEqual(13);
    for (const table of manifest.tables) expect(sha256Hex(files[table.file] ?? '')).toBe(table.sha256);
  });

  it('loads: Seoul m5.large is on-demand priced', () => {
    const snapshot = bundledSnapshot();
    expect(snapshot.onDemand.regions['ap-northeast-2']?.['m5.large']?.hourly).toBe('0.118');
    expect(snapshot.index.get('m7gd.2xlarge')?.vcpu).toBe(8);
  });
});
