/**
 * The Korean side of grading: checks and explanations use the course's purchase-option words, never the
 * engine's option codes ("reserved standard 3yr all-upfront") or English price reasons.
 */
import { describe, expect, it } from 'vitest';
import { bundledPrices, bundledSnapshot } from '../rightsizing/testing/bundled-prices';
import { englishWordsIn } from '../trace/testing/english-words';
import { answerCost } from './answer-cost';
import { checkAnswer } from './constraints';
import { gradeSubmissionText } from './grade';
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

function prepared(id: string): PreparedExercise {
  const parsed = parseExerciseText(exercises[`../../examples/exercises/${id}.exercise.json`] ?? '');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const result = prepareExercise(parsed.value, bundledPrices(), bundledSnapshot().catalogue.types);
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
      '구매 옵션 예약 인스턴스(RI) 표준 3년 전체 선결제은(는) 이 문제에서 선택할 수 없습니다',
    );
    expect(ko('priced')).toMatch(/^이 답의 가격이 없습니다: 버스터블 t3\.micro의 Windows 가격이 없습니다/);
    expect(checks.find((c) => c.id === 'priced')?.en).toMatch(
      /^no price for this answer: Windows price for burstable t3\.micro is unavailable/,
    );
    for (const check of checks) expect(englishWordsIn(check.ko, TITLES), check.ko).toEqual([]);
  });
});
