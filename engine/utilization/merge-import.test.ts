import { describe, expect, it } from 'vitest';
import { EMPTY_DATASET, mergeImport } from './merge-import';
import { parseUtilizationCsv } from './parse-utilization-csv';

const first = parseUtilizationCsv(
  'timestamp,instance,metric,value\n2026-07-01T00:00:00Z,web-1,CPUUtilization,10\n2026-07-01T00:05:00Z,web-1,CPUUtilization,11\n',
);
const second = parseUtilizationCsv(
  'timestamp,instance,metric,value\n2026-07-01T00:05:00Z,web-1,CPUUtilization,12\n2026-07-01T00:10:00Z,web-1,CPUUtilization,oops\n2026-07-01T00:15:00Z,web-1,CPUUtilization,13\n',
);

describe('mergeImport', () => {
  const loaded = mergeImport(EMPTY_DATASET, first, 'import-good-rows').dataset;

  it('cancel keeps what was loaded, untouched', () => {
    const result = mergeImport(loaded, second, 'cancel');
    expect(result.dataset).toBe(loaded);
    expect(result.added).toBe(0);
  });

  it('importing the good rows adds them, replaces the same instance/metric/time, and leaves the bad row out', () => {
    expect(second.problems.map((p) => [p.line, p.code])).toEqual([[3, 'bad-number']]);
    const result = mergeImport(loaded, second, 'import-good-rows');
    expect(result.added).toBe(1);
    expect(result.replaced).toBe(1);
    expect(result.dataset.samples.map((s) => s.value).sort()).toEqual([10, 12, 13]);
    expect(loaded.samples).toHaveLength(2);
  });
});
