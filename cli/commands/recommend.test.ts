import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture-output';
import { run } from './recommend';

afterEach(() => vi.restoreAllMocks());

describe('cli recommend', () => {
  it('recommends for a summary CSV (Seoul on-demand): findings and savings per instance', async () => {
    const { out } = capture();
    expect(await run(['examples/utilization/fleet-summary-seoul.csv', '--json'])).toBe(0);
    const report = JSON.parse(out.join('')) as {
      instances: {
        instance: string;
        finding: string;
        recommended: { instanceType: string } | null;
        savings: { onDemandMonthlyUsd: string };
      }[];
      summary: {
        byFinding: Record<string, number>;
        savingsOnDemandMonthly: string;
        increaseOnDemandMonthly: string;
        netSavingsOnDemandMonthly: string;
      };
    };
    const byId = Object.fromEntries(report.instances.map((i) => [i.instance, i]));
    expect(byId['web-nginx-1']).toMatchObject({
      finding: 'Overprovisioned',
      recommended: { instanceType: 't3a.large' },
    });
    // m5.2xlarge 0.472 × 730 = 344.56; t3a.large 0.0936 × 730 = 68.328
    expect(byId['web-nginx-1']?.savings.onDemandMonthlyUsd).toBe('276.232');
    expect(byId['api-1']?.finding).toBe('Underprovisioned');
    expect(byId['old-test-1']).toMatchObject({ finding: 'Idle', recommended: null });
    expect(report.summary.byFinding).toEqual({
      Underprovisioned: 2,
      Overprovisioned: 1,
      Optimized: 2,
      Idle: 1,
      none: 0,
    });
    // api-1 (0.096 − 0.172) × 730 = −55.48 and batch-1 (0.384 − 0.688) × 122 h = −37.088 are the increases
    expect(report.summary).toMatchObject({
      savingsOnDemandMonthly: '513.044',
      increaseOnDemandMonthly: '92.568',
      netSavingsOnDemandMonthly: '420.476',
    });
  });

  it('refuses a file with bad rows unless --skip-bad-rows, and lists the rows', async () => {
    const { err } = capture();
    expect(await run(['tests/fixtures/utilization/bad-number.csv'])).toBe(2);
    expect(err.join('')).toContain('line 3, column "value": "abc" is not a number');
    expect(err.join('')).toContain(
      'recommend: 3 rows with errors; fix them or pass --skip-bad-rows to import the 2 good rows\n',
    );
  });

  it('names the catalogue types a mistyped instance type was probably meant to be', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cloudsizer-recommend-')), 'typo.csv');
    writeFileSync(
      file,
      [
        'instance,instance_type,region,cpu_p99,cpu_max,cpu_avg,memory_max',
        'web-1,m5.larg,us-east-1,9,22,4,15',
      ].join('\n'),
    );
    const { err } = capture();
    expect(await run([file])).toBe(2);
    expect(err.join('')).toContain(
      '"m5.larg" is not an instance type in the catalogue; similar types: m5.large',
    );
  });

  it('counts one bad row and one good row in the singular', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cloudsizer-recommend-')), 'one-bad.csv');
    writeFileSync(
      file,
      [
        'timestamp,instance,metric,value,unit',
        '2026-07-01T00:00:00Z,web-1,CPUUtilization,12.5,Percent',
        '2026-07-01T00:05:00Z,web-1,CPUUtilization,abc,Percent',
      ].join('\n'),
    );
    const { err } = capture();
    expect(await run([file])).toBe(2);
    expect(err.join('')).toContain(
      'recommend: 1 row with errors; fix them or pass --skip-bad-rows to import the 1 good row\n',
    );
  });

  it('imports the good rows with --skip-bad-rows (no instance type column: no recommendation, says why)', async () => {
    const { out } = capture();
    expect(
      await run(['tests/fixtures/utilization/bad-number.csv', '--skip-bad-rows', '--region', 'us-east-1']),
    ).toBe(0);
    expect(out.join('')).toContain('add an instance_type column');
  });

  it.each([
    [['examples/utilization/fleet-summary-seoul.csv', '--threshold', 'p50'], /bad option cpuThreshold/],
    [['examples/utilization/fleet-summary-seoul.csv', '--tz', 'Mars/Base'], /unknown time zone "Mars\/Base"/],
    [['examples/utilization/fleet-summary-seoul.csv', '--region'], /option --region needs a value/],
    [['nope.csv'], /cannot read nope\.csv/],
    [[], /missing utilization CSV file/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { err } = capture();
    expect(await run(args)).toBe(2);
    expect(err.join('')).toMatch(message);
  });
});
