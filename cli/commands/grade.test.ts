import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture-output';
import { run } from './grade';

afterEach(() => vi.restoreAllMocks());

const EXERCISE = 'examples/exercises/spiky-dev-box-burstable.exercise.json';
const SUBMISSIONS = 'examples/exercises/submissions/spiky-dev-box-burstable';

describe('cli grade', () => {
  it('grades a class folder, prints the best answer and each explanation, and writes the results CSV', async () => {
    const { out } = capture();
    const csv = join(mkdtempSync(join(tmpdir(), 'grade-')), 'results.csv');
    expect(await run([EXERCISE, SUBMISSIONS, '--csv', csv])).toBe(0);
    const text = out.join('');
    expect(text).toContain('dev: 1 × t3a.large, on-demand = $819.94 / 12 months');
    expect(text).toContain('2026001 (김민준) [s01-best.json]: 100/100');
    expect(text).toContain('2026002 (이서연) [s02-partial-credit.json]: 70/100');
    expect(text).toContain('2026005 [s05-wrong-exercise.json]: INVALID 0/100');
    const written = readFileSync(csv, 'utf8');
    expect(written.startsWith('\uFEFFstudent_id,student_name,exercise_id,status,workload_id,')).toBe(true);
    expect(written.split('\r\n')).toHaveLength(7); // header, 5 students, final line break
  });

  it('--json gives the scores and the checks in the chosen language', async () => {
    const { out } = capture();
    expect(await run([EXERCISE, SUBMISSIONS, '--json', '--lang', 'ko'])).toBe(0);
    const results = JSON.parse(out.join('')) as {
      score: number;
      workloads?: { checks: { ok: boolean; text: string }[] }[];
    }[];
    expect(results.map((r) => r.score)).toEqual([100, 70, 34.3, 34.3, 0]);
    expect(results[2]?.workloads?.[0]?.checks.find((c) => !c.ok)?.text).toBe(
      '필요 4.5 GiB에 인스턴스당 4 GiB',
    );
  });

  it.each([
    [['missing.exercise.json', SUBMISSIONS], /cannot read missing\.exercise\.json/],
    [[EXERCISE], /missing submissions folder/],
    [[EXERCISE, 'no-such-folder'], /cannot read folder no-such-folder/],
    [[EXERCISE, SUBMISSIONS, '--lang', 'fr'], /unknown or incomplete option "--lang"/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { err } = capture();
    expect(await run(args)).toBe(2);
    expect(err.join('')).toMatch(message);
  });

  it('exits 2 and lists the JSON paths of an invalid exercise file', async () => {
    const { err } = capture();
    const dir = mkdtempSync(join(tmpdir(), 'grade-'));
    const bad = JSON.parse(readFileSync(EXERCISE, 'utf8')) as Record<string, unknown>;
    bad.horizonMonths = 0;
    delete bad.title;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    expect(await run([join(dir, 'bad.json'), SUBMISSIONS])).toBe(2);
    expect(err.join('')).toContain('$.title: Invalid input');
    expect(err.join('')).toContain('$.horizonMonths: Too small');
  });
});
