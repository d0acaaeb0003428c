/**
 * Grading results as CSV for Excel (engine/csv: UTF-8 BOM, CRLF): one row per student and workload,
 * money rounded half-up to the cent, the explanation in the chosen language. Invalid submissions get one
 * row with their problems (in Korean where the issue has a Korean text).
 */
import { toCsv, type CsvCell } from '../csv/csv';
import { percent, usd } from '../money/rounding';
import { issueText } from '../text/file-issue';
import { optionText } from './explain';
import type { GradeResult } from './grade';

const HEADERS = {
  en: [
    'student_id',
    'student_name',
    'exercise_id',
    'status',
    'workload_id',
    'answer',
    'answer_option',
    'answer_cost_usd',
    'best_answer',
    'best_option',
    'best_cost_usd',
    'above_best_pct',
    'constraints_met',
    'failed_checks',
    'points',
    'max_points',
    'score',
    'explanation',
  ],
  ko: [
    '학생_ID',
    '학생_이름',
    '문제_ID',
    '상태',
    '워크로드_ID',
    '제출_답',
    '제출_구매옵션',
    '제출_비용_USD',
    '최적_답',
    '최적_구매옵션',
    '최적_비용_USD',
    '최적_대비_초과_%',
    '제약조건_충족',
    '미충족_항목',
    '점수',
    '만점',
    '총점',
    '설명',
  ],
} as const;

const num = (value: string | number): CsvCell => ({ number: String(value) });

export function resultsCsv(results: readonly GradeResult[], lang: 'en' | 'ko'): string {
  const rows: CsvCell[][] = [[...HEADERS[lang]]];
  const yes = lang === 'ko' ? '예' : 'yes';
  const no = lang === 'ko' ? '아니요' : 'no';
  for (const r of results) {
    if (r.status === 'invalid') {
      rows.push([
        r.student?.id ?? null,
        r.student?.name ?? null,
        r.exerciseId,
        lang === 'ko' ? '무효' : 'invalid',
        ...Array<CsvCell>(10).fill(null),
        r.issues.map((i) => `${i.path}: ${issueText(i, lang)}`).join('; '),
        null,
        num(r.maxScore),
        num(0),
        null,
      ]);
      continue;
    }
    for (const g of r.workloads) {
      const failed = g.checks.filter((c) => !c.ok);
      rows.push([
        r.student.id,
        r.student.name ?? null,
        r.exerciseId,
        lang === 'ko' ? '채점됨' : 'graded',
        g.workloadId,
        `${g.answer.count} × ${g.answer.instanceType}`,
        optionText({ purchase: g.answer.purchase })[lang],
        g.cost ? num(usd(g.cost.total)) : null,
        `${g.best.count} × ${g.best.type.type}`,
        optionText(g.best.cost)[lang],
        num(usd(g.best.cost.total)),
        g.diffPct ? num(percent(g.diffPct)) : null,
        failed.length === 0 ? yes : no,
        failed.map((c) => c[lang]).join('; '),
        num(g.points),
        num(g.maxPoints),
        num(r.score),
        g.explanation[lang].join(' '),
      ]);
    }
  }
  return toCsv(rows);
}
