/**
 * The Korean side of grading: checks and explanations use the course's purchase-option words, never the
 * engine's option codes ("reserved standard 3yr all-upfront") or English price reasons.
 */
import { describe, expect, it } from 'vitest';
import { bundledPrices, bundledSnapshot } from '../rightsizing/testing/bundled-prices';
import { englishWordsIn } from '../trace/testing/english-words';
import { answerCost } from './answer-cost';
import { checkAnswer } from './constraints';
import { gradeAnswer, gradeSubmissionText } from './grade';
import { parseExerciseText } from './parse';
import { prepareExercise, type PreparedExercise } from './prepare';

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
const TITLES = [...bundledSnapshot().sources.values()].map((s) => s.title);

function prepared(id: string, snapshotId?: string): PreparedExercise {
  const parsed = parseExerciseText(exercises[`../../examples/exercises/${id}.exercise.json`] ?? '');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const exercise = snapshotId === undefined ? parsed.value : { ...parsed.value, snapshotId };
  const result = prepareExercise(exercise, bundledPrices(), bundledSnapshot().catalogue.types);
  if (!result.ok) throw new Error(result.message);
  return result.prepared;
}

describe('Korean grading text', () => {
  it('every sample submission: checks and explanations read as Korean', () => {
    let lines = 0;
    for (const [path, text] of Object.entries(submissions)) {
      const id = path.split('/').at(-2) ?? '';
      const r = gradeSubmissionText(prepared(id), text);
      if (r.status !== 'graded') continue;
      for (const w of r.workloads) {
        const ko = [...w.checks.map((c) => c.ko), ...w.explanation.ko];
        lines += ko.length;
        for (const line of ko) expect(englishWordsIn(line, TITLES), line).toEqual([]);
      }
    }
    expect(lines).toBeGreaterThan(100);
  });

  it('an option the exercise does not offer, and an answer without a price', () => {
    const p = prepared('web-nginx-rightsize');
    const [workload] = [...p.workloads.values()];
    if (!workload) throw new Error('no workload');
    const needs = workload.needs;
    const type = bundledSnapshot().index.get('t3.micro');
    if (!type) throw new Error('no t3.micro');
    const ri = {
      option: 'reserved',
      offeringClass: 'standard',
      term: '3yr',
      payment: 'all-upfront',
    } as const;
    const windows = { ...p.query, os: 'windows' as const };
    const cost = answerCost(windows, needs, type, 2, ri);
    expect(cost.status).toBe('unavailable');
    const checks = checkAnswer(p.exercise, needs, type, 2, ri, cost);
    const ko = (id: string) => checks.find((c) => c.id === id)?.ko ?? '';
    expect(ko('purchase-allowed')).toBe(
      '구매 옵션 예약 인스턴스(RI) 표준 3년 전체 선결제는 이 문제에서 선택할 수 없습니다',
    );
    expect(ko('priced')).toMatch(/^이 답의 가격이 없습니다: 버스터블 t3\.micro의 Windows 가격이 없습니다/);
    expect(checks.find((c) => c.id === 'priced')?.en).toMatch(
      /^no price for this answer: Windows price for burstable t3\.micro is unavailable/,
    );
    for (const check of checks) expect(englishWordsIn(check.ko, TITLES), check.ko).toEqual([]);
  });

  it('particles fit the words before them (no "은(는)" forms)', () => {
    const p = prepared('spiky-dev-box-burstable');
    const answer = (instanceType: string, purchase: Parameters<typeof gradeAnswer>[1]['purchase']) =>
      gradeAnswer(p, { workloadId: 'dev', instanceType, count: 1, purchase });
    const ko = (grade: ReturnType<typeof answer>, id: string) => grade.checks.find((c) => c.id === id)?.ko;
    const onDemand = answer('m5.large', { option: 'on-demand' });
    expect(ko(onDemand, 'purchase-allowed')).toBe('구매 옵션 온디맨드는 이 문제에서 선택할 수 있습니다');
    const graviton = answer('m6g.medium', { option: 'on-demand' });
    expect(ko(graviton, 'architecture')).toBe('m6g.medium은 arm64입니다; 허용: x86_64');
    expect(ko(answer('c5.metal', { option: 'on-demand' }), 'same-hardware-kind')).toBe(
      'c5.metal은 m5.large의 하드웨어 종류(GPU, 가속기, 로컬 NVMe, 베어 메탈, HPC)를 바꿉니다',
    );
    expect(ko(answer('zz9.huge', { option: 'on-demand' }), 'known-type')).toBe(
      '"zz9.huge"는 카탈로그에 없는 인스턴스 유형입니다',
    );
    const typo = answer('m6g.medum', { option: 'on-demand' });
    expect(ko(typo, 'known-type')).toBe(
      '"m6g.medum"은 카탈로그에 없는 인스턴스 유형입니다 (비슷한 유형: m6g.medium)',
    );
    expect(typo.checks.find((c) => c.id === 'known-type')?.en).toBe(
      '"m6g.medum" is not an instance type in the catalogue; similar types: m6g.medium',
    );
    const lines = [...onDemand.checks.map((c) => c.ko), ...onDemand.explanation.ko];
    for (const line of [...lines, ...graviton.checks.map((c) => c.ko)])
      expect(line).not.toMatch(/은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로/);
    expect(onDemand.explanation.ko.join('\n')).toMatch(/→ 온디맨드가 \$[\d,.]+로 가장 저렴합니다\./);
  });

  it('an exercise written for another snapshot says which one graded it', () => {
    const p = prepared('web-nginx-rightsize', '2026-05-snapshot-1');
    expect(p.snapshotWarning?.ko).toBe(
      `이 문제는 가격 스냅샷 2026-05-snapshot-1 기준으로 작성되었고 ${bundledPrices().snapshotId}로 채점했습니다`,
    );
    expect(bundledPrices().snapshotId).toMatch(/-1$/);
    expect(p.snapshotWarning?.en).toBe(
      `the exercise was written for price snapshot 2026-05-snapshot-1; graded with ${bundledPrices().snapshotId}`,
    );
  });
});
