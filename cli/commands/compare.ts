/**
 * `compare <a> <b> [...] [--format table|json|csv] [--lang en|ko] [--english-headers] [--currency usd|krw]
 * [--vat]`: totals side by side, differences vs the first; in KRW at the first scenario's rate, as the app does.
 */
import type Decimal from 'decimal.js';
import { estimate, type Lang } from '../../engine';
import {
  compareEstimates,
  compareMoneyOf,
  comparisonCsv,
  moneyLabel,
  percentString,
  shownAmount,
  type CompareMoney,
  type Comparison,
} from '../../engine/compare';
import type { Scenario } from '../../engine/scenario';
import { textTable } from '../text-table';
import { loadPrices, parseOptions, readScenarios } from './estimate';

const OPTIONS = '[--format table|json|csv] [--lang en|ko] [--english-headers] [--currency usd|krw] [--vat]';
export const summary = `compare <a> <b> [...] ${OPTIONS}: compare scenarios`;

type MoneyChoice = { currency: 'usd' | 'krw'; vat: boolean };

/** Takes --currency and --vat out of `args` (the other options are the estimate command's). */
function moneyOptions(args: readonly string[]): { rest: string[]; money: MoneyChoice } | string {
  const rest: string[] = [];
  const money: MoneyChoice = { currency: 'usd', vat: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--vat') money.vat = true;
    else if (arg === '--currency') {
      const value = args[++i];
      if (value !== 'usd' && value !== 'krw') return `unknown --currency "${value ?? ''}": use usd or krw`;
      money.currency = value;
    } else rest.push(arg);
  }
  return { rest, money };
}

/** KRW needs the first scenario's rate (settings.currency), as the app's compare page does. */
function moneyFor(choice: MoneyChoice, baseline: Scenario): CompareMoney | string {
  if (choice.currency === 'usd') return { currency: 'USD', vat: choice.vat };
  const money = compareMoneyOf(baseline);
  if (money.currency !== 'KRW')
    return `--currency krw uses the first scenario's KRW rate, and "${baseline.name}" has none (settings.currency)`;
  return { ...money, vat: choice.vat };
}

function comparisonJson(c: Comparison, money: CompareMoney) {
  const usd = (value: Decimal) => shownAmount(value, money);
  const t = (x: Comparison['scenarios'][number]['totals']) => ({
    monthly: usd(x.monthly),
    upfront: usd(x.upfront),
    first12Months: usd(x.first12Months),
    months36: usd(x.months36),
  });
  const pct = (x: Comparison['scenarios'][number]['deltaPercentVsBaseline']) =>
    Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v === null ? null : percentString(v)]));
  return {
    money: { label: moneyLabel(money, 'en'), ...money },
    baseline: c.baseline,
    snapshots: c.snapshots,
    cheapest36Months: c.cheapest36Months,
    cheapest: c.cheapest,
    scenarios: c.scenarios.map((s) => ({
      scenario: s.name,
      complete: s.complete,
      unpricedLineIds: s.unpricedLineIds,
      totals: t(s.totals),
      deltaVsBaseline: t(s.deltaVsBaseline),
      deltaPercentVsBaseline: pct(s.deltaPercentVsBaseline),
      cheaperFromMonth: s.cheaperFromMonth,
      cumulative: s.cumulative.map(usd),
    })),
    services: c.services.map((row) => ({
      service: row.service,
      totals: row.totals.map(t),
      deltaVsBaseline: row.deltaVsBaseline.map(t),
    })),
  };
}

function renderComparison(c: Comparison, lang: Lang, money: CompareMoney): string {
  const usd = (value: Decimal) => shownAmount(value, money);
  const ko = lang === 'ko';
  const header = ko
    ? ['시나리오', '월 요금', '선결제', '첫 12개월', '36개월', '36개월 차이', '기준보다 저렴(개월~)', '']
    : ['scenario', 'monthly', 'upfront', 'first 12 mo', '36 months', 'Δ 36 months', 'cheaper from month', ''];
  const rows = [header];
  for (const s of c.scenarios)
    rows.push([
      s.name,
      usd(s.totals.monthly),
      usd(s.totals.upfront),
      usd(s.totals.first12Months),
      usd(s.totals.months36),
      usd(s.deltaVsBaseline.months36),
      s.name === c.baseline
        ? ko
          ? '(기준)'
          : '(baseline)'
        : s.cheaperFromMonth === null
          ? '—'
          : String(s.cheaperFromMonth),
      s.complete ? '' : ko ? '불완전' : 'INCOMPLETE',
    ]);
  const cheapest = c.cheapest36Months
    ? `${ko ? '36개월 최저' : 'Cheapest over 36 months'}: ${c.cheapest36Months}`
    : '';
  const rate = money.currency === 'KRW' ? ` @ ${money.krwPerUsd} KRW/USD (${money.rateDate})` : '';
  return `${ko ? '가격 스냅샷' : 'price snapshot'} ${c.snapshots.join(', ')} (${moneyLabel(money, lang)}${rate})\n\n${textTable(rows, new Set([1, 2, 3, 4, 5]))}\n${cheapest ? `\n${cheapest}\n` : ''}`;
}

export async function run(args: string[]): Promise<number> {
  const usage = `usage: compare <a> <b> [...] ${OPTIONS}`;
  const taken = moneyOptions(args);
  if (typeof taken === 'string') {
    process.stderr.write(`compare: ${taken}. ${usage}\n`);
    return 2;
  }
  const options = parseOptions(taken.rest, usage);
  if (typeof options === 'string' || options.files.length < 2) {
    process.stderr.write(
      `compare: ${typeof options === 'string' ? options : `give at least two scenario files. ${usage}`}\n`,
    );
    return 2;
  }
  const scenarios = readScenarios(options.files, 'compare');
  if (!scenarios) return 2;
  const prices = loadPrices('compare');
  if (!prices) return 1;
  const money = moneyFor(taken.money, scenarios[0]!);
  if (typeof money === 'string') {
    process.stderr.write(`compare: ${money}\n`);
    return 2;
  }
  const comparison = compareEstimates(scenarios.map((s) => estimate(s, prices)));
  if (options.format === 'json')
    process.stdout.write(JSON.stringify(comparisonJson(comparison, money), null, 2) + '\n');
  else if (options.format === 'csv')
    process.stdout.write(
      comparisonCsv(comparison, { lang: options.lang, englishHeaders: options.englishHeaders, money }),
    );
  else process.stdout.write(renderComparison(comparison, options.lang, money));
  const incomplete = comparison.scenarios.filter((s) => !s.complete).map((s) => s.name);
  if (incomplete.length > 0)
    process.stderr.write(`compare: incomplete (unpriced lines): ${incomplete.join(', ')}\n`);
  return incomplete.length > 0 ? 2 : 0;
}
