import { describe, expect, it } from 'vitest';
import { snapshotCoverage } from './coverage';
import { bundledSnapshot } from './testing/bundled-files';

describe('snapshotCoverage', () => {
  const coverage = snapshotCoverage(bundledSnapshot());

  it('meets the issue targets: ≥ 1,300 us-east-1 and ≥ 390 Seoul on-demand prices', () => {
    expect(coverage.snapshotId).toBe('2026-11-snapshot-1');
    expect(coverage.regions['us-east-1'].onDemandLinux).toBeGreaterThanOrEqual(1300);
    expect(coverage.regions['ap-northeast-2'].onDemandLinux).toBeGreaterThanOrEqual(390);
  });

  it('counts what the sources hold', () => {
    const us = coverage.regions['us-east-1'];
    expect(us).toMatchObject({
      catalogueTypes: 1363,
      onDemandLinux: 1345,
      reservedExactTypes: 2,
      reservedExactRates: 36,
      savingsPlansExactRates: 0,
      ebsItems: 13,
      s3Items: 12,
      transferItems: 9,
      lambdaItems: 5,
    });
    expect(us.windows).toBeLessThan(us.onDemandLinux);
    expect(coverage.regions['eu-west-1']).toMatchObject({
      onDemandLinux: 1,
      reservedExactRates: 24,
      ebsItems: 0,
    });
    const spotRegions = Object.values(coverage.regions).filter((r) => r.spot > 0);
    expect(spotRegions).toHaveLength(33);
  });
});
