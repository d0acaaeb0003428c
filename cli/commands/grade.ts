import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pricesFromSnapshot } from '../../engine/estimate/prices-from-snapshot';
import {
  gradeSubmissionText,
  optionText,
  parseExerciseText,
  prepareExercise,
  resultsCsv,
  unreadableSubmission,
  withFileNames,
  type GradedFile,
  type GradeResult,
  type PreparedExercise,
} from '../../engine/exercise';
import { usd } from '../../engine/money/rounding';
import { bundledSnapshotFor } from '../load-bundled-snapshot';

export const summary =
  'grade <exercise.json> <submissions-folder> [--csv results.csv] [--lang ko|en] [--json]: grade a class';

const USAGE = 'usage: grade <exercise.json> <submissions-folder> [--csv results.csv] [--lang ko|en] [--json]';

interface GradeArgs {
  exercise: string;
  folder: string;
  csv: string | null;
  lang: 'ko' | 'en';
  json: boolean;
}

function parseArgs(args: readonly string[]): GradeArgs | string {
  const positional: string[] = [];
  let csv: string | null = null;
  let lang: 'ko' | 'en' = 'en';
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === '--json') json = true;
    else if (arg === '--csv' && value) {
      csv = value;
      i += 1;
    } else if (arg === '--lang' && (value === 'ko' || value === 'en')) {
      lang = value;
      i += 1;
    } else if (arg.startsWith('--')) return `unknown or incomplete option "${arg}". ${USAGE}`;
    else positional.push(arg);
  }
  const [exercise, folder, extra] = positional;
  if (!exercise || !folder) return `missing ${exercise ? 'submissions folder' : 'exercise file'}. ${USAGE}`;
  if (extra) return `unexpected argument "${extra}". ${USAGE}`;
  return { exercise, folder, csv, lang, json };
}

function readText(path: string): string | { error: string } {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return { error: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Submissions are the *.json files of the folder, graded in name order. */
function submissionFiles(folder: string): string[] | { error: string } {
  try {
    if (!statSync(folder).isDirectory()) return { error: `${folder} is not a folder` };
    return readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort()
      .map((name) => join(folder, name));
  } catch (error) {
    return {
      error: `cannot read folder ${folder}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function gradeFile(prepared: PreparedExercise, path: string): GradedFile {
  const text = readText(path);
  const file = basename(path);
  if (typeof text !== 'string') {
    return { file, result: unreadableSubmission(prepared, { path: '$', message: text.error }) };
  }
  return { file, result: gradeSubmissionText(prepared, text) };
}

function bestAnswerText(prepared: PreparedExercise, lang: 'ko' | 'en'): string {
  const lines: string[] = [];
  for (const [id, w] of prepared.workloads) {
    const b = w.best;
    lines.push(
      `  ${id}: ${b.count} × ${b.type.type}, ${optionText(b.cost)[lang]} = $${usd(b.cost.total)} / ${prepared.exercise.horizonMonths} ${lang === 'ko' ? '개월' : 'months'}`,
    );
  }
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`grade: ${parsed}\n`);
    return 2;
  }
  const text = readText(parsed.exercise);
  if (typeof text !== 'string') {
    process.stderr.write(`grade: ${text.error}\n`);
    return 2;
  }
  const exercise = parseExerciseText(text);
  if (!exercise.ok) {
    process.stderr.write(
      `grade: ${parsed.exercise} is not a valid exercise:\n${exercise.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`,
    );
    return 2;
  }
  const files = submissionFiles(parsed.folder);
  if (!Array.isArray(files)) {
    process.stderr.write(`grade: ${files.error}\n`);
    return 2;
  }
  const snap = bundledSnapshotFor('grade');
  if (!snap) return 1;
  const prepared = prepareExercise(exercise.value, pricesFromSnapshot(snap), snap.catalogue.types);
  if (!prepared.ok) {
    process.stderr.write(`grade: ${parsed.exercise}: ${prepared.message}\n`);
    return 2;
  }
  const graded = files.map((file) => gradeFile(prepared.prepared, file));
  const results = withFileNames(graded);
  if (parsed.csv) {
    try {
      writeFileSync(parsed.csv, resultsCsv(results, parsed.lang), 'utf8');
    } catch (error) {
      process.stderr.write(
        `grade: cannot write ${parsed.csv}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  if (parsed.json) {
    process.stdout.write(
      `${JSON.stringify(
        results.map((r) => jsonResult(r, parsed.lang)),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const ex = prepared.prepared.exercise;
  const out: string[] = [
    `${ex.title[parsed.lang]} (${ex.id}), ${ex.region}, ${snap.manifest.snapshotId}`,
    parsed.lang === 'ko' ? '최적 답:' : 'Best answer:',
    bestAnswerText(prepared.prepared, parsed.lang),
    '',
  ];
  if (files.length === 0)
    out.push(
      parsed.lang === 'ko' ? '제출 파일(*.json)이 없습니다.' : 'No submission files (*.json) in the folder.',
    );
  for (const { file, result: r } of graded) {
    if (r.status === 'invalid') {
      out.push(
        `${r.student?.id ?? '?'} [${file}]: ${parsed.lang === 'ko' ? '무효' : 'INVALID'} 0/${r.maxScore}`,
      );
      for (const issue of r.issues) out.push(`    ${issue.path}: ${issue.message}`);
      continue;
    }
    out.push(
      `${r.student.id}${r.student.name ? ` (${r.student.name})` : ''} [${file}]: ${r.score}/${r.maxScore}`,
    );
    for (const w of r.warnings) out.push(`  ! ${w[parsed.lang]}`);
    for (const g of r.workloads) {
      out.push(`  ${g.workloadId}: ${g.points}/${g.maxPoints}`);
      for (const line of g.explanation[parsed.lang]) out.push(`    ${line}`);
    }
  }
  if (parsed.csv) out.push('', `${parsed.lang === 'ko' ? 'CSV 저장' : 'CSV written'}: ${parsed.csv}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function jsonResult(r: GradeResult, lang: 'ko' | 'en') {
  // the CLI's JSON stays English: problems as path and message (the Korean text is for the app and the CSV)
  if (r.status === 'invalid')
    return { ...r, issues: r.issues.map(({ path, message }) => ({ path, message })) };
  return {
    status: r.status,
    exerciseId: r.exerciseId,
    student: r.student,
    score: r.score,
    maxScore: r.maxScore,
    warnings: r.warnings.map((w) => w[lang]),
    workloads: r.workloads.map((g) => ({
      workloadId: g.workloadId,
      answer: g.answer,
      costUsd: g.cost ? g.cost.total.toFixed() : null,
      best: {
        instanceType: g.best.type.type,
        count: g.best.count,
        purchase: g.best.cost.purchase,
        costUsd: g.best.cost.total.toFixed(),
      },
      aboveBestPct: g.diffPct ? g.diffPct.toFixed(2) : null,
      checks: g.checks.map((c) => ({ id: c.id, ok: c.ok, text: c[lang] })),
      points: g.points,
      maxPoints: g.maxPoints,
      explanation: g.explanation[lang],
    })),
  };
}
