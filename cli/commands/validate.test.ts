import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, serializeScenario } from '../../engine/scenario';
import { loadBundledSnapshot } from '../load-bundled-snapshot';

const root = join(import.meta.dirname, '../..');
const corpus = join(root, 'tests/fixtures/bad-scenarios');
const snapshot = loadBundledSnapshot();
const catalogue = { id: snapshot.manifest.snapshotId, instanceTypes: snapshot.index };

type Expected = { accepted: true } | { path: string; message?: string; messageStartsWith?: string };
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(corpus).filter((f) => f.endsWith('.cloudsizer.json'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bad scenario corpus (tests/fixtures/bad-scenarios)', () => {
  it('has at least 30 refused files, each with an expected message', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(Object.values(expected).filter((e) => !('accepted' in e)).length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s', (file) => {
    const want = expected[file]!;
    const result = parseScenarioText(readFileSync(join(corpus, file), 'utf8'), { snapshot: catalogue });
    if ('accepted' in want) {
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
      return;
    }
    if (result.ok) throw new Error(`${file} was accepted`);
    const first = result.issues[0]!;
    expect(first.path).toBe(want.path);
    if (want.message !== undefined) expect(first.message).toBe(want.message);
    else expect(first.message.startsWith(want.messageStartsWith!), first.message).toBe(true);
  });

  it('refuses a 50 MB file by its size before parsing it (generated here, never committed)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cloudsizer-big-')), 'big.cloudsizer.json');
    const padding = 'x'.repeat(50 * 1024 * 1024);
    writeFileSync(
      file,
      `{"schemaVersion":1,"name":"big","region":"us-east-1","description":"${padding}","items":[]}`,
    );
    const started = performance.now();
    const r = parseScenarioText(readFileSync(file, 'utf8'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(!r.ok && r.issues).toEqual([
      {
        path: '$',
        message: 'the file is over 50.0 MB; a scenario file may be at most 20.0 MB',
        ko: '파일 크기가 50.0 MB를 넘습니다: 시나리오 파일은 최대 20.0 MB까지 열 수 있습니다',
      },
    ]);
    const viaCli = cli('validate', file);
    expect(viaCli.code).toBe(2);
    expect(viaCli.stdout).toContain('$: the file is over 50.0 MB');
  });
});

describe('cli validate', () => {
  it('lists every problem with its JSON path (text and json) and exits 2; valid files exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cloudsizer-validate-'));
    const bad = join(dir, 'bad.cloudsizer.json');
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        name: '',
        region: 'seoul',
        items: [
          { service: 'ec2', id: 'a', instanceType: 'm5.huge', count: 1 },
          { service: 'ec2', id: 'b', instanceType: 'm5.large', count: -1 },
        ],
      }),
    );
    const text = cli('validate', bad);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('bad.cloudsizer.json: 3 problems\n');
    expect(text.stdout).toContain('$.name: Too small');
    expect(text.stdout).toContain('$.region: unknown region "seoul"');
    expect(text.stdout).toContain('$.items[1].count: Too small: expected number to be >=1');
    const json = cli('validate', bad, 'examples/lambda-api.cloudsizer.json', '--format', 'json');
    expect(json.code).toBe(2);
    const reports = JSON.parse(json.stdout) as {
      file: string;
      valid: boolean;
      problems: { path: string }[];
    }[];
    expect(reports.map((r) => r.valid)).toEqual([false, true]);
    // the snapshot check runs once the schema is satisfied
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        name: 'x',
        region: 'us-east-1',
        items: [{ service: 'ec2', id: 'a', instanceType: 'm5.huge', count: 1 }],
      }),
    );
    const one = cli('validate', bad).stdout;
    expect(one).toContain('bad.cloudsizer.json: 1 problem\n');
    expect(one).toContain('$.items[0].instanceType: unknown instance type "m5.huge": not in price snapshot');
    const ok = cli(
      'validate',
      'examples/seoul-3tier-web.cloudsizer.json',
      'examples/s3-data-lake.cloudsizer.json',
    );
    expect([ok.code, ok.stdout]).toEqual([
      0,
      'examples/seoul-3tier-web.cloudsizer.json: valid\nexamples/s3-data-lake.cloudsizer.json: valid\n',
    ]);
    expect(cli('validate').code).toBe(2);
  });

  it('migrates a pre-release (schemaVersion 0) file with a note; the result is the golden version 1 file', () => {
    const v0 = join(root, 'tests/golden/migrations/v0-pre-release.cloudsizer.json');
    const goldenV1 = join(root, 'tests/golden/migrations/v0-pre-release.expected-v1.cloudsizer.json');
    const parsed = parseScenarioText(readFileSync(v0, 'utf8'), { snapshot: catalogue });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.migratedFrom).toBe(0);
    const text = serializeScenario(parsed.scenario);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenV1, text);
    expect(text).toBe(readFileSync(goldenV1, 'utf8'));
    const r = cli('validate', v0);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('note: converted from schemaVersion 0 to 1');
  });

  it('save → open → save is byte-identical for every example', () => {
    for (const name of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.cloudsizer.json'))) {
      const first = parseScenarioText(readFileSync(join(root, 'examples', name), 'utf8'));
      if (!first.ok) throw new Error(name);
      const saved = serializeScenario(first.scenario);
      const reopened = parseScenarioText(saved);
      if (!reopened.ok) throw new Error(name);
      expect(serializeScenario(reopened.scenario), name).toBe(saved);
      expect(reopened.scenario).toEqual(first.scenario);
    }
  });
});
