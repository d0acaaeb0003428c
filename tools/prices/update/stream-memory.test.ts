/**
 * Bounded memory: a 20 MB synthetic EC2 offer is imported in a child process whose V8 heap is capped
 * at 64 MB (the file would not even fit). The 200 MB run is in bench/import.ts.
 */
import { describe, expect, it } from 'vitest';
import { measureImport } from './measure-import';

describe('streaming import', () => {
  it('imports a 20 MB offer with the heap capped at 64 MB', async () => {
    const m = await measureImport({
      targetBytes: 20 * 1024 * 1024,
      heapCapMB: 64,
      types: ['m5.large', 't3.micro', 'c5.xlarge'],
    });
    expect(m.fileBytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(m.rejected).toBe(0);
    expect(m.onDemandTypes).toBe(3);
    expect(m.reservedRates).toBe(3 * 2 * 2 * 12);
    expect(m.peakRssBytes - m.baselineRssBytes).toBeLessThan(120 * 1024 * 1024);
  }, 120_000);
});
