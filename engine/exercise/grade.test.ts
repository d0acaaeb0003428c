/**
 * The bundled exercises graded against their sample submissions on the bundled snapshot. Best answers are
 * checked by hand from Seoul (ap-northeast-2) rates: on-demand m6g.medium 0.047, t3a.large 0.0936,
 * r5a.2xlarge 0.544 $/h; Spot c6gd.medium 0.044 × (1 − 78 %); 3-yr standard RI all upfront as a typical
 * discount estimate of 72.08 %.
 */
import { describe, expect, it } from 'vitest';
import { bundledPrices, bundledSnapshot } from '../rightsizing/testing/bundled-prices';
import { costFraction, gradeSubmissionText, type GradeResult } from './grade';
import { parseExerciseText } from './parse';
import { prepareExercise, type PreparedExercise } from './prepare';
import { resultsCsv } from './results-csv';
import { rubricSchema } from './schema';

const exercises = import.meta.glob<string>('../../examples/exercises/*.exercise.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const submissions = import.meta.glob<string>('../../examples/exercises/submissions/*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const prepared = new Map<string, PreparedExercise>();
function exercise(id: string): PreparedExercise {
  let p = prepared.get(id);
  if (!p) {
    const parsed = parseExerciseText(exercises[`../../examples/exercises/${id}.exercise.json`] ?? '');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const result = prepareExercise(parsed.value, bundledPrices(), bundledSnapshot().catalogue.types);
    if (!result.ok) throw new Error(result.message);
    p = result.prepared;
    prepared.set(id, p);
  }
  return p;
}

function grade(id: string, file: string): GradeResult {
  const text = submissions[`../../examples/exercises/submissions/${id}/${file}.json`];
  if (text === undefined) throw new Error(`no sample submission ${id}/${file}`);
  return gradeSubmissionText(exercise(id), text);
}

const failedChecks = (r: GradeResult) =>
  r.status === 'graded' ? r.workloads.flatMap((w) => w.checks.filter((c) => !c.ok).map((c) => c.id)) : [];

describe('best answers of the bundled exercises', () => {
  it.each([
    ['web-nginx-rightsize', 'web', '2 × m6g.medium on-demand', '823.44'], // 0.047 × 730 h × 2 × 12
    ['steady-database-commitment', 'db', '1 × r5a.2xlarge reserved standard 3yr all-upfront', '3991.53'], // 0.544 × (1 − 0.7208) × 26,280 h
    ['nightly-batch-spot', 'batch', '10 × c6gd.medium spot', '141.72'], // 0.044 × 0.22 × 122 h × 10 × 12
    ['spiky-dev-box-burstable', 'dev', '1 × t3a.large on-demand', '819.94'], // 0.0936 × 730 × 12; 12% avg ≤ 30% baseline
  ])('%s: %s → %s = $%s', (id, workload, answer, total) => {
    const best = exercise(id).workloads.get(workload)?.best;
    expect(`${best?.count} × ${best?.type.type} ${best?.cost.label}`).toBe(answer);
    expect(best?.cost.total.toFixed(2)).toBe(total);
  });

  it('the database exercise: the 3-yr RI beats on-demand over 36 months and breaks even early', () => {
    const best = exercise('steady-database-commitment').workloads.get('db')?.best;
    expect(best?.cost.termMonths).toBe(36);
    expect(best?.cost.onDemandTotal?.toFixed(2)).toBe('14296.32'); // 0.544 × 730 × 36
    // all upfront 3,991.53 ≤ on-demand cumulative 397.12 × m from month 11 (3,971.20 at month 10)
    expect(best?.cost.breakEvenMonth).toBe(11);
    expect(best?.cost.breakEvenUtilization?.toFixed(4)).toBe('0.2792');
  });
});

describe('grading the sample submissions', () => {
  it.each([
    ['web-nginx-rightsize', 's01-best', 100, []],
    ['web-nginx-rightsize', 's02-within-tolerance', 100, []], // +6.8% ≤ 10%
    ['web-nginx-rightsize', 's03-partial-credit', 55, []], // +22.9% ≤ 40% → 40 + 0.25 × 60
    ['web-nginx-rightsize', 's04-one-az', 32, ['min-instances']], // 4 of 5 checks × 40
    ['web-nginx-rightsize', 's05-burstable-not-allowed', 34.3, ['burstable-allowed']], // 6 of 7 × 40
    ['web-nginx-rightsize', 's06-kept-as-is', 40, []], // +904%: no cost points
    ['steady-database-commitment', 's01-best', 100, []],
    ['steady-database-commitment', 's02-no-upfront', 58, []], // +14.9% ≤ 25% → 40 + 0.3 × 60
    ['steady-database-commitment', 's03-spot-database', 33.3, ['spot-interruptible']],
    ['steady-database-commitment', 's04-too-little-memory', 32, ['memory-capacity']], // 32 GiB < 44 GiB
    ['steady-database-commitment', 's05-on-demand', 40, []],
    ['nightly-batch-spot', 's01-best', 100, []],
    ['nightly-batch-spot', 's02-partial-credit', 70, []], // +15.3% ≤ 30%
    ['nightly-batch-spot', 's03-too-small', 32, ['cpu-capacity']], // 8 vCPU < 9.2
    ['nightly-batch-spot', 's04-reserved-for-4-hours', 40, []],
    ['spiky-dev-box-burstable', 's01-best', 100, []],
    ['spiky-dev-box-burstable', 's02-partial-credit', 70, []], // t3.large +11.1%
    ['spiky-dev-box-burstable', 's03-too-little-memory', 34.3, ['memory-capacity']],
    ['spiky-dev-box-burstable', 's04-graviton-not-allowed', 34.3, ['architecture']],
  ] as const)('%s / %s → %f points', (id, file, score, failed) => {
    const r = grade(id, file);
    expect(r.status).toBe('graded');
    expect(r.score).toBe(score);
    expect(failedChecks(r)).toEqual(failed);
  });

  it('says the instance count in plain English: one instance, two instances', () => {
    const text = (file: string) => {
      const r = grade('web-nginx-rightsize', file);
      if (r.status !== 'graded') throw new Error('not graded');
      return r.workloads[0]!.checks.find((c) => c.id === 'min-instances')?.en;
    };
    expect(text('s04-one-az')).toBe('1 instance; at least 2 needed (one per Availability Zone, 2 AZs)');
    expect(text('s01-best')).toMatch(/^2 instances; at least 2 needed/);
  });

  it('explains the grade in both languages: needs, the binding spec, the winning option, break-even', () => {
    const r = grade('steady-database-commitment', 's05-on-demand');
    if (r.status !== 'graded') throw new Error('not graded');
    const { en, ko } = r.workloads[0]!.explanation;
    expect(en[0]).toBe(
      'Needs (each instance): P99 CPU 35% × 8 vCPU ÷ (1 − 20%) = 3.5 vCPU; memory max 55% × 64 GiB ÷ (1 − 20%) = 44 GiB. Today it runs on r5.2xlarge (8 vCPU, 64 GiB).',
    );
    expect(en[1]).toContain(
      'Memory binds: 1 × r5a.2xlarge (8 vCPU, 64 GiB) covers 44 GiB (68.75% of its memory)',
    );
    expect(en[2]).toContain('Spot: not for work that must not be interrupted');
    expect(en[2]).toContain('→ 3-year standard RI, all upfront wins at $3,991.53.');
    expect(en[3]).toContain('breaks even in month 11');
    expect(en[4]).toBe('Your answer: 1 × r5.2xlarge, on-demand: $15,978.24 — 300.3% above the best.');
    expect(ko[1]).toContain('메모리가 크기를 정합니다');
    expect(ko[2]).toContain('3년 표준 예약 인스턴스, 전체 선결제');
    expect(ko[3]).toContain('11개월 차에 손익분기점');
  });

  it('the batch explanation says why a commitment loses for 122 h a month', () => {
    const r = grade('nightly-batch-spot', 's04-reserved-for-4-hours');
    if (r.status !== 'graded') throw new Error('not graded');
    expect(r.workloads[0]!.explanation.en.join(' ')).toContain('It runs 122 h a month (16.71% of 730 h)');
  });

  it('invalid submissions score 0 and say what is wrong and where', () => {
    const bad = grade('web-nginx-rightsize', 's07-invalid');
    expect(bad).toMatchObject({ status: 'invalid', score: 0, student: { id: '2026007' } });
    expect(bad.status === 'invalid' && bad.issues.map((i) => i.path)).toEqual([
      '$.answers[0].count',
      '$.answers[0].purchase',
    ]);
    const json = gradeSubmissionText(
      exercise('web-nginx-rightsize'),
      '{ "formatVersion": 1, "exerciseId": "web",\n',
    );
    expect(json.status === 'invalid' && json.issues[0]?.message).toMatch(
      /^not valid JSON at line 2, column 1: /,
    );
    const other = grade('spiky-dev-box-burstable', 's05-wrong-exercise');
    expect(other.status === 'invalid' && other.issues.map((i) => i.message)).toEqual([
      'answers exercise "nightly-batch-spot", not "spiky-dev-box-burstable"',
    ]);
  });
});

describe('rubric', () => {
  const rubric = rubricSchema.parse({});
  it('full cost points within the tolerance, then the partial-credit steps, then none', async () => {
    const { dec } = await import('../money/decimal');
    expect(costFraction(rubric, dec(5))).toBe(1);
    expect(costFraction(rubric, dec('5.01'))).toBe(0.5);
    expect(costFraction(rubric, dec(30))).toBe(0.25);
    expect(costFraction(rubric, dec('30.1'))).toBe(0);
  });
  it('refuses partial credit steps under the tolerance', () => {
    expect(
      rubricSchema.safeParse({ tolerancePct: 20, partialCredit: [{ withinPct: 10, fraction: 0.5 }] }).success,
    ).toBe(false);
  });
});

describe('results CSV', () => {
  it('one row per student and workload, UTF-8 BOM, CRLF, Korean headers, invalid rows with their problems', () => {
    const results = ['s01-best', 's04-one-az', 's07-invalid'].map((f) => grade('web-nginx-rightsize', f));
    const csv = resultsCsv(results, 'ko');
    expect(csv.startsWith('\uFEFF학생_ID,학생_이름,문제_ID,상태,워크로드_ID,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^2026001,김민준,web-nginx-rightsize,채점됨,web,2 × m6g.medium,온디맨드,823.44,2 × m6g.medium,온디맨드,823.44,0.0,예,,100,100,100,/,
    );
    expect(lines[2]).toContain(',아니요,인스턴스 1개; 최소 2개 필요 (가용 영역 2개에 하나씩),32,100,32,');
    expect(lines[3]).toContain('2026007,윤서준,web-nginx-rightsize,무효,');
  });
});

describe('a workload given as CloudWatch CSV', () => {
  it('is sized from its 5-minute series with the exercise threshold and headroom', () => {
    const rows = ['timestamp,instance,metric,value,unit'];
    for (let k = 0; k < 288; k++) {
      const ts = new Date(Date.UTC(2026, 6, 1) + k * 300_000).toISOString();
      rows.push(
        `${ts},db-1,CPUUtilization,${k === 100 ? 90 : 30},Percent`,
        `${ts},db-1,mem_used_percent,50,Percent`,
      );
    }
    const parsed = parseExerciseText(
      JSON.stringify({
        formatVersion: 1,
        id: 'csv-1',
        title: { ko: 'CSV', en: 'CSV' },
        text: { ko: 'CSV', en: 'CSV' },
        region: 'ap-northeast-2',
        workloads: [
          {
            id: 'db',
            name: { ko: 'DB', en: 'DB' },
            utilization: { kind: 'cloudwatch-csv', currentType: 'm5.xlarge', csv: rows.join('\n') },
          },
        ],
        constraints: { architectures: ['x86_64'], burstableAllowed: false },
        purchaseOptions: [{ option: 'on-demand' }],
        horizonMonths: 12,
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const p = prepareExercise(parsed.value, bundledPrices(), bundledSnapshot().catalogue.types);
    if (!p.ok) throw new Error(p.message);
    const w = p.prepared.workloads.get('db');
    // P99.5 of 288 intervals = the 287th smallest: the one 90 % spike is ignored → 30 % × 4 ÷ 0.8 = 1.5 vCPU;
    // memory 50 % × 16 GiB ÷ 0.8 = 10 GiB
    expect(w?.needs.profile).toMatchObject({
      source: 'timeseries',
      cpuThresholdPct: 30,
      cpuMaxPct: 90,
      dataHours: 24,
    });
    expect(w?.needs.req).toMatchObject({ vcpu: 1.5, memoryGiB: 10 });
    expect(w?.best.type.memoryGiB).toBeGreaterThanOrEqual(10);
  });
});
