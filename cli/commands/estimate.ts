/**
 * `estimate <file> [--format table|json|csv] [--lang en|ko] [--english-headers] [--trace]`: prices a scenario
 * file with the bundled snapshot.
 */
import { readFileSync } from 'node:fs';
import {
  estimate,
  estimateJson,
  formatMessage,
  formatTrace,
  krw,
  parseScenarioText,
  pricesFromSnapshot,
  usd,
  type EstimateResult,
  type Lang,
  type Prices,
  type Scenario,
} from '../../engine';
import { estimateCsv, lineDescription, purchaseLabel, SERVICE_NAMES } from '../../engine/csv';
import { FLAG_WORDS } from '../../engine/csv/labels';
import { counted } from '../../engine/text/plural';
import { bundledSnapshotFor } from '../load-bundled-snapshot';
import { textTable } from '../text-table';

export const summary =
  'estimate <file> [--format table|json|csv] [--lang en|ko] [--english-headers] [--trace]: price a scenario file';

export type Format = 'table' | 'json' | 'csv';
export type CommonOptions = {
  files: string[];
  format: Format;
  lang: Lang;
  trace: boolean;
  englishHeaders: boolean;
};

/** Parses `[files…] --format x --lang y --english-headers --trace`; returns an error message for anything else. */
export function parseOptions(args: readonly string[], usage: string): CommonOptions | string {
  const options: CommonOptions = {
    files: [],
    format: 'table',
    lang: 'en',
    trace: false,
    englishHeaders: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '--format' || arg === '--lang') {
      if (value === undefined) return `${arg} needs a value. ${usage}`;
      if (arg === '--format') {
        if (value !== 'table' && value !== 'json' && value !== 'csv')
          return `unknown --format "${value}": use table, json or csv`;
        options.format = value;
      } else {
        if (value !== 'en' && value !== 'ko') return `unknown --lang "${value}": use en or ko`;
        options.lang = value;
      }
      i++;
    } else if (arg === '--trace') options.trace = true;
    else if (arg === '--english-headers') options.englishHeaders = true;
    else if (arg.startsWith('--')) return `unknown option "${arg}". ${usage}`;
    else options.files.push(arg);
  }
  return options;
}

/** Reads and validates scenario files; on any problem prints every issue with file and JSON path. */
export function readScenarios(files: readonly string[], command: string): Scenario[] | null {
  const scenarios: Scenario[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(
        `${command}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      failed = true;
      continue;
    }
    const parsed = parseScenarioText(text);
    if (parsed.ok) {
      scenarios.push(parsed.scenario);
      for (const note of parsed.notes) process.stderr.write(`${command}: ${file}: ${note.message}\n`);
    } else {
      failed = true;
      process.stderr.write(
        `${command}: ${file} is not a valid scenario (${counted(parsed.issues.length, 'problem')}):\n`,
      );
      for (const issue of parsed.issues) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
    }
  }
  return failed ? null : scenarios;
}

export function loadPrices(command: string): Prices | null {
  const snapshot = bundledSnapshotFor(command);
  return snapshot ? pricesFromSnapshot(snapshot) : null;
}

export function renderTable(result: EstimateResult, lang: Lang, withTrace: boolean): string {
  const ko = lang === 'ko';
  const header = ko
    ? ['ID', '서비스', '구매 옵션', '월 요금', '선결제', '첫 12개월', '36개월', '상태']
    : ['id', 'service', 'option', 'monthly', 'upfront', 'first 12 mo', '36 months', 'status'];
  const rows: string[][] = [header];
  for (const line of result.lines)
    rows.push([
      line.id,
      ko ? SERVICE_NAMES[line.service].ko : line.service,
      ko ? purchaseLabel(line.purchase, lang) : line.optionLabel,
      line.costs ? usd(line.costs.monthly) : '—',
      line.costs ? usd(line.costs.upfront) : '—',
      line.costs ? usd(line.costs.first12Months) : '—',
      line.costs ? usd(line.costs.months36) : '—',
      line.status === 'priced'
        ? ko
          ? FLAG_WORDS[line.basis].ko
          : line.basis
        : `${ko ? '가격 없음' : 'UNPRICED'}: ${formatMessage(line.reason, lang)}`,
    ]);
  const t = result.totals;
  rows.push([
    ko ? '합계' : 'TOTAL',
    '',
    'USD',
    usd(t.monthly),
    usd(t.upfront),
    usd(t.first12Months),
    usd(t.months36),
    result.complete ? '' : ko ? '불완전' : 'INCOMPLETE',
  ]);
  if (result.vat) {
    const v = result.vat;
    rows.push([
      ko ? '부가세 10%' : 'VAT 10%',
      '',
      'USD',
      usd(v.monthly),
      usd(v.upfront),
      usd(v.first12Months),
      usd(v.months36),
      '',
    ]);
  }
  if (result.krw) {
    const k = result.krw.totals;
    rows.push([
      ko ? '합계(원)' : 'TOTAL KRW',
      '',
      `₩${result.krw.krwPerUsd.toString()}/USD ${result.krw.rateDate}`,
      krw(k.monthly),
      krw(k.upfront),
      krw(k.first12Months),
      krw(k.months36),
      '',
    ]);
    if (result.krw.vat) {
      const kv = result.krw.vat;
      rows.push([
        ko ? '부가세(원)' : 'VAT KRW',
        '',
        '',
        krw(kv.monthly),
        krw(kv.upfront),
        krw(kv.first12Months),
        krw(kv.months36),
        '',
      ]);
    }
  }
  const out = [
    `${result.scenario.name} — ${ko ? '가격 스냅샷' : 'price snapshot'} ${result.snapshot.id} (${result.snapshot.date})`,
    '',
    textTable(rows, new Set([3, 4, 5, 6])),
  ];
  if (result.breakEven.length > 0) {
    out.push('', ko ? '손익분기(온디맨드 대비):' : 'Break-even vs on-demand:');
    for (const b of result.breakEven)
      out.push(
        `  ${b.lineId} ${ko ? purchaseLabel(result.lines.find((l) => l.id === b.lineId)?.purchase ?? null, lang) : b.option}: ${b.month === null ? (ko ? '약정 기간 내 없음' : 'not within the term') : `${ko ? '' : 'month '}${b.month}${ko ? '개월째' : ''}`}; ${ko ? '기간 절감액' : 'saves per term'} $${usd(b.savingsPerTerm)}`,
      );
  }
  if (withTrace)
    for (const line of result.lines) {
      out.push('', `[${line.id}] ${lineDescription(line, lang)}`);
      for (const step of line.trace) out.push(`  ${formatTrace(step, lang)}`);
    }
  if (result.warnings.length > 0) {
    out.push('', ko ? '경고:' : 'Warnings:');
    for (const w of result.warnings) out.push(`  - ${formatMessage(w, lang)}`);
  }
  return out.join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  const usage =
    'usage: estimate <file> [--format table|json|csv] [--lang en|ko] [--english-headers] [--trace]';
  const options = parseOptions(args, usage);
  if (typeof options === 'string' || options.files.length !== 1) {
    process.stderr.write(
      `estimate: ${typeof options === 'string' ? options : `give exactly one scenario file. ${usage}`}\n`,
    );
    return 2;
  }
  const scenarios = readScenarios(options.files, 'estimate');
  if (!scenarios) return 2;
  const prices = loadPrices('estimate');
  if (!prices) return 1;
  const scenario = scenarios[0]!;
  const result = estimate(scenario, prices);
  if (options.format === 'json')
    process.stdout.write(JSON.stringify(estimateJson(result, options.lang, scenario.groups), null, 2) + '\n');
  else if (options.format === 'csv')
    process.stdout.write(
      estimateCsv(
        { result, groups: scenario.groups },
        { lang: options.lang, englishHeaders: options.englishHeaders },
      ),
    );
  else process.stdout.write(renderTable(result, options.lang, options.trace));
  if (!result.complete)
    process.stderr.write(
      `estimate: ${counted(result.unpricedLineIds.length, 'unpriced line')} (${result.unpricedLineIds.join(', ')}): the total is incomplete\n`,
    );
  return result.complete ? 0 : 2;
}
