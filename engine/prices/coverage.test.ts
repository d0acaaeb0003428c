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
    // Windows priced either way: 366 non-burstable Seoul types by the rule (x2iedn.32xlarge among them) and
    // x2iedn.32xlarge exact; eu-west-1 has only the exact x2iedn.32xlarge rate
    expect(coverage.regions['ap-northeast-2']).toMatchObject({ windows: 366, windowsExact: 1 });
    expect(coverage.regions['eu-west-1']).toMatchObject({ windows: 1, windowsExact: 1 });
    expect(coverage.regions['ap-east-1']).toMatchObject({ windows: 0, windowsExact: 0 });
    const exactRegions = Object.values(coverage.regions).filter((r) => r.windowsExact > 0);
    expect(exactRegions).toHaveLength(25);
    expect(coverage.regions['eu-west-1']).toMatchObject({
      onDemandLinux: 1,
      reservedExactRates: 24,
      ebsItems: 0,
    });
    const spotRegions = Object.values(coverage.regions).filter((r) => r.spot > 0);
    expect(spotRegions).toHaveLength(33);
  });
});
