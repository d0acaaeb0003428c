/**
 * `compare <a> <b> [...] [--format table|json|csv] [--lang en|ko] [--english-headers]`: totals side by side,
 * differences vs the first.
 */
import { estimate, usd, type Lang } from '../../engine';
import { compareEstimates, comparisonCsv, percentString, type Comparison } from '../../engine/compare';
import { loadPrices, parseOptions, readScenarios, textTable } from './estimate';

export const summary =
  'compare <a> <b> [...] [--format table|json|csv] [--lang en|ko] [--english-headers]: compare scenarios';

function comparisonJson(c: Comparison) {
  const t = (x: Comparison['scenarios'][number]['totals']) => ({
    monthly: usd(x.monthly),
    upfront: usd(x.upfront),
    first12Months: usd(x.first12Months),
    months36: usd(x.months36),
  });
  const pct = (x: Comparison['scenarios'][number]['deltaPercentVsBaseline']) =>
    Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v === null ? null : percentString(v)]));
  return {
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

function renderComparison(c: Comparison, lang: Lang): string {
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
  return `${ko ? '가격 스냅샷' : 'price snapshot'} ${c.snapshots.join(', ')} (USD)\n\n${textTable(rows, new Set([1, 2, 3, 4, 5]))}\n${cheapest ? `\n${cheapest}\n` : ''}`;
}

export async function run(args: string[]): Promise<number> {
  const usage = 'usage: compare <a> <b> [...] [--format table|json|csv] [--lang en|ko] [--english-headers]';
  const options = parseOptions(args, usage);
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
  const comparison = compareEstimates(scenarios.map((s) => estimate(s, prices)));
  if (options.format === 'json')
    process.stdout.write(JSON.stringify(comparisonJson(comparison), null, 2) + '\n');
  else if (options.format === 'csv')
    process.stdout.write(
      comparisonCsv(comparison, { lang: options.lang, englishHeaders: options.englishHeaders }),
    );
  else process.stdout.write(renderComparison(comparison, options.lang));
  const incomplete = comparison.scenarios.filter((s) => !s.complete).map((s) => s.name);
  if (incomplete.length > 0)
    process.stderr.write(`compare: incomplete (unpriced lines): ${incomplete.join(', ')}\n`);
  return incomplete.length > 0 ? 2 : 0;
}
