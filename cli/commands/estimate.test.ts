import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function scenarioFile(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cloudsizer-')), 'scenario.cloudsizer.json');
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

describe('cli estimate (bundled price snapshot)', () => {
  it('--format json: the documented shape, worked examples to the cent', () => {
    const file = scenarioFile({
      schemaVersion: 1,
      name: 'worked examples',
      region: 'us-east-1',
      settings: { vat: false },
      items: [
        {
          service: 'lambda',
          id: 'lambda',
          requestsPerMonth: 3000000,
          averageDurationMs: 120,
          memoryMB: 1536,
        },
        { service: 'ec2', id: 'm5', instanceType: 'm5.large', count: 1 },
        { service: 'ec2', id: 'win', instanceType: 'm5.xlarge', count: 1, os: 'windows' },
        { service: 's3', id: 's3', storageGB: 52900 },
        { service: 'ebs', id: 'ebs', volumeType: 'gp2', sizeGB: 2000, hoursPerMonth: 12 },
        {
          service: 'data-transfer',
          id: 'seoul',
          region: 'ap-northeast-2',
          internetOutGB: 2061.881,
          interAzGB: 53.815,
        },
      ],
    });
    const { code, stdout } = cli('estimate', file, '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      scenario: string;
      snapshot: string;
      totals: Record<string, string>;
      byService: Record<string, Record<string, string>>;
      lines: {
        id: string;
        service: string;
        monthly: string;
        upfront: string;
        status: string;
        trace: string[];
        unitPrice: string;
      }[];
      warnings: string[];
    };
    expect(out.scenario).toBe('worked examples');
    expect(out.snapshot).toMatch(/^[a-z0-9-]+$/);
    expect(Object.keys(out.totals)).toEqual(['monthly', 'upfront', 'first12Months', 'months36']);
    const monthly = Object.fromEntries(out.lines.map((l) => [l.id, l.monthly]));
    expect(monthly).toEqual({
      lambda: '2.73',
      m5: '70.08',
      win: '274.48',
      s3: '1215.00',
      ebs: '3.33',
      seoul: '248.27',
    });
    expect(out.lines.find((l) => l.id === 'win')?.unitPrice).toBe('0.376');
    expect(out.lines.find((l) => l.id === 'm5')?.trace).toContain(
      'On-demand m5.large (Linux): 730 h × 1 × $0.096/h = $70.08',
    );
    expect(out.lines.find((l) => l.id === 'seoul')?.trace).toContain(
      'Internet out, tier first 10 TB: 1,961.881 GB × $0.126/GB = $247.20',
    );
    expect(out.totals.monthly).toBe('1813.90'); // 2.733338 + 70.08 + 274.48 + 1215 + 3.333333… + 248.273306 = 1813.899977…
    expect(out.byService.ec2?.monthly).toBe('344.56');
  });

  it('Seoul bill with VAT: $24.83', () => {
    const file = scenarioFile({
      schemaVersion: 1,
      name: 'Seoul bill 2020',
      region: 'ap-northeast-2',
      settings: { vat: true },
      items: [{ service: 'data-transfer', id: 'dt', internetOutGB: 2061.881, interAzGB: 53.815 }],
    });
    const out = JSON.parse(cli('estimate', file, '--format', 'json').stdout) as { vat: { monthly: string } };
    expect(out.vat.monthly).toBe('24.83');
  });

  it('an invalid file: every problem with its JSON path, exit code 2, nothing on stdout', () => {
    const file = scenarioFile({
      schemaVersion: 1,
      name: '',
      region: 'seoul',
      items: [{ service: 'ec2', id: 'a', instanceType: 'm5.large', count: -1 }],
    });
    const r = cli('estimate', file, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('$.name');
    expect(r.stderr).toContain('$.region');
    expect(r.stderr).toContain('$.items[0].count');
    expect(r.stderr).toContain('is not a valid scenario (3 problems):\n');
    const broken = cli('estimate', scenarioFile('{"schemaVersion": 1,,}'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not a valid scenario (1 problem):\n');
    expect(broken.stderr).toMatch(/line 1, column 21/);
  });

  it('csv: BOM, CRLF; table lists totals; unpriced lines exit 2 with the reason', () => {
    const csv = cli('estimate', 'examples/lambda-api.cloudsizer.json', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFscenario,line id,group,tags,service,')).toBe(true);
    expect(csv.stdout).toContain('\r\n');
    const ko = cli('estimate', 'examples/lambda-api.cloudsizer.json', '--format', 'csv', '--lang', 'ko');
    expect(ko.stdout.startsWith('\uFEFF시나리오,항목 ID,그룹,태그,서비스,')).toBe(true);
    expect(ko.stdout).toContain(',합계,');
    const tools = cli(
      'estimate',
      'examples/lambda-api.cloudsizer.json',
      '--format',
      'csv',
      '--lang',
      'ko',
      '--english-headers',
    );
    expect(tools.stdout.startsWith('\uFEFFscenario,line id,')).toBe(true);
    expect(tools.stdout).toContain(',합계,');
    const file = scenarioFile({
      schemaVersion: 1,
      name: 'gap',
      region: 'ap-northeast-2',
      items: [{ service: 'ebs', id: 'cold', volumeType: 'sc1', sizeGB: 500 }],
    });
    const table = cli('estimate', file);
    expect(table.code).toBe(2);
    expect(table.stdout).toContain('UNPRICED');
    expect(table.stdout).toContain('INCOMPLETE');
    expect(table.stderr).toBe('estimate: 1 unpriced line (cold): the total is incomplete\n');
  });

  it('--format json has totals per group, named, whose exact parts add up to the total', () => {
    const r = cli('estimate', 'examples/seoul-3tier-web.cloudsizer.json', '--format', 'json');
    const out = JSON.parse(r.stdout) as {
      totals: { monthly: string };
      byGroup: Record<string, { name: string | null; monthly: string }>;
      lines: { monthly: string; group?: string | null; id: string }[];
    };
    expect(Object.entries(out.byGroup).map(([id, g]) => [id, g.name])).toEqual([
      ['web', 'Web tier'],
      ['app', 'Application tier'],
      ['db', 'Database tier'],
      ['shared', 'Storage and network'],
    ]);
    // every line of the example is in a group: the groups' cents add up to the total's within rounding
    const cents = Object.values(out.byGroup).reduce((sum, g) => sum + Math.round(Number(g.monthly) * 100), 0);
    expect(Math.abs(cents - Math.round(Number(out.totals.monthly) * 100))).toBeLessThanOrEqual(2);
    expect(out.totals.monthly).toBe('1069.97');
  });

  it('every bundled example is valid and fully priced', () => {
    for (const name of [
      'seoul-3tier-web',
      'seoul-3tier-web.ko',
      'spot-batch-fleet',
      's3-data-lake',
      'lambda-api',
    ]) {
      const r = cli('estimate', `examples/${name}.cloudsizer.json`, '--format', 'json');
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect((JSON.parse(r.stdout) as { complete: boolean }).complete).toBe(true);
    }
  });
});

describe('cli compare and schema', () => {
  it('compare prints totals and differences against the first scenario', () => {
    const r = cli(
      'compare',
      'examples/lambda-api.cloudsizer.json',
      'examples/spot-batch-fleet.cloudsizer.json',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      baseline: string;
      scenarios: { scenario: string; totals: { monthly: string }; deltaVsBaseline: { monthly: string } }[];
    };
    expect(out.baseline).toBe('Lambda API');
    expect(out.scenarios[0]?.deltaVsBaseline.monthly).toBe('0.00');
    const [a, b] = out.scenarios;
    expect(Number(b!.deltaVsBaseline.monthly)).toBeCloseTo(
      Number(b!.totals.monthly) - Number(a!.totals.monthly),
      2,
    );
    expect(cli('compare', 'examples/lambda-api.cloudsizer.json').code).toBe(2);
    const csv = cli(
      'compare',
      'examples/lambda-api.cloudsizer.json',
      'examples/spot-batch-fleet.cloudsizer.json',
      '--format',
      'csv',
      '--lang',
      'ko',
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF구분,시나리오,서비스,항목 ID,')).toBe(true);
    expect(csv.stdout).toContain('\r\n합계,Spot batch fleet,,,합계,완전,960.38,0.00,');
  });
  it('schema prints a JSON Schema that names every service', () => {
    const r = cli('schema');
    expect(r.code).toBe(0);
    const text = r.stdout;
    const schema = JSON.parse(text) as { $schema: string };
    expect(schema.$schema).toMatch(/json-schema/);
    for (const service of ['ec2', 'ebs', 's3', 'data-transfer', 'lambda'])
      expect(text).toContain(`"${service}"`);
  });
});
