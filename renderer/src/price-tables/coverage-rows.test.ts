import { describe, expect, it } from 'vitest';
import { coverageRows, filterCoverageRows } from './coverage-rows';
import { bundledSnapshot } from './test-helpers';

describe('coverageRows on the bundled snapshot', () => {
  const rows = coverageRows(bundledSnapshot());

  it('lists all 35 regions with Seoul and N. Virginia first', () => {
    expect(rows).toHaveLength(35);
    expect(rows.slice(0, 3).map((r) => r.region)).toEqual(['ap-northeast-2', 'us-east-1', 'af-south-1']);
  });

  it('counts what Seoul can price (pricing-data/README.md coverage)', () => {
    const seoul = rows[0];
    expect(seoul?.nameKo).toBe('아시아 태평양(서울)');
    expect(seoul?.counts.catalogueTypes).toBe(1363);
    expect(seoul?.counts.onDemandLinux).toBe(394);
    expect(seoul?.counts.savingsPlansExactRates).toBe(0);
    // manifest: ebs 12 priced + 2 unavailable, s3 6 + 7, transfer 8 + 1, lambda 5 + 0
    expect([seoul?.ebs, seoul?.s3, seoul?.transfer, seoul?.lambda]).toEqual([
      { priced: 12, total: 14 },
      { priced: 6, total: 13 },
      { priced: 8, total: 9 },
      { priced: 5, total: 5 },
    ]);
  });

  it('counts what N. Virginia can price, including the two exact RI cards', () => {
    const virginia = rows[1];
    expect(virginia?.counts.onDemandLinux).toBe(1345);
    expect(virginia?.counts.reservedExactTypes).toBe(2); // m5.large and x2iedn.32xlarge
    expect(virginia?.ebs).toEqual({ priced: 13, total: 14 });
    expect(virginia?.s3).toEqual({ priced: 12, total: 13 });
  });

  it('filters by code or by either name, case-insensitively', () => {
    const codes = (text: string, onDemandOnly = false) =>
      filterCoverageRows(rows, { text, onDemandOnly }).map((r) => r.region);
    expect(codes('서울')).toEqual(['ap-northeast-2']);
    expect(codes('SEOUL')).toEqual(['ap-northeast-2']);
    expect(codes('eu-west')).toEqual(['eu-west-1', 'eu-west-2', 'eu-west-3']);
    expect(codes('  ')).toHaveLength(35);
    // on-demand: us-east-1, Seoul, and x2iedn.32xlarge in 23 more regions
    expect(codes('', true)).toHaveLength(25);
    expect(codes('', true)).not.toContain('ap-east-1');
  });
});
