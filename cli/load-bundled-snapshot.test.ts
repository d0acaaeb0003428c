import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../engine/prices';
import { loadBundledSnapshot, nodeSha256Hex, readSnapshotFiles } from './load-bundled-snapshot';

describe('loadBundledSnapshot', () => {
  it('native and pure-JS SHA-256 agree, including on Korean text', () => {
    for (const text of ['', 'abc', '아시아 태평양(서울)', readSnapshotFiles()['regions.json'] ?? '']) {
      expect(nodeSha256Hex(text)).toBe(sha256Hex(text));
    }
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('loads pricing-data/ from disk, independent of the working directory', () => {
    const snap = loadBundledSnapshot();
    expect(snap.onDemand.regions['us-east-1']?.['m5.large']?.hourly).toBe('0.096');
  });
});
