/**
 * THE rows of the comparison table (screen and CSV), long format so Excel can pivot it: one row per
 * scenario for the totals, per service and scenario, and per matched line and scenario. Amounts are USD
 * rounded to the cent, or KRW at one rate rounded to the won (compare-money.ts), percentages to one decimal
 * (decimal strings); deltas are against the first scenario.
 */
import type Decimal from 'decimal.js';
import type { Totals } from '../estimate/types';
import { FLAG_WORDS, fill, ROW_WORDS, SERVICE_NAMES } from '../csv/labels';
import { lineDescription } from '../csv/line-description';
import type { DisplayCell, DisplayOptions } from '../csv/estimate-display';
import type { Lang } from '../trace/types';
import type { Comparison } from './compare';
import { moneyLabel, shownAmount, USD_MONEY, type CompareMoney } from './compare-money';
import { METRICS, percentString, type Metric, type PercentTotals } from './metrics';

export const COMPARISON_COLUMNS = [
  'section',
  'scenario',
  'service',
  'lineId',
  'description',
  'flag',
  'monthly',
  'upfront',
  'first12Months',
  'months36',
  'deltaMonthly',
  'deltaMonthlyPercent',
  'deltaUpfront',
  'deltaUpfrontPercent',
  'deltaFirst12Months',
  'deltaFirst12MonthsPercent',
  'deltaMonths36',
  'deltaMonths36Percent',
  'cheapest',
  'cheaperFromMonth',
  'snapshot',
] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

type Words = Readonly<Record<Lang, string>>;
const METRIC_WORDS: Readonly<Record<Metric, Words>> = {
  monthly: { en: 'monthly', ko: '월 비용' },
  upfront: { en: 'upfront', ko: '선결제' },
  first12Months: { en: 'first 12 months', ko: '첫 12개월' },
  months36: { en: '36 months', ko: '36개월' },
};

const delta = (m: Metric) => `delta${m[0]!.toUpperCase()}${m.slice(1)}` as ComparisonColumn;
const deltaPct = (m: Metric) => `${delta(m)}Percent` as ComparisonColumn;

export const COMPARISON_HEADERS: Readonly<Record<ComparisonColumn, Words>> = {
  section: { en: 'section', ko: '구분' },
  scenario: { en: 'scenario', ko: '시나리오' },
  service: { en: 'service', ko: '서비스' },
  lineId: { en: 'line id', ko: '항목 ID' },
  description: { en: 'description', ko: '설명' },
  flag: { en: 'flag', ko: '상태' },
  monthly: { en: 'monthly (USD)', ko: '월 비용(USD)' },
  upfront: { en: 'upfront (USD)', ko: '선결제(USD)' },
  first12Months: { en: 'first 12 months (USD)', ko: '첫 12개월(USD)' },
  months36: { en: '36 months (USD)', ko: '36개월(USD)' },
  deltaMonthly: { en: 'Δ monthly vs baseline (USD)', ko: '기준 대비 월 비용 차이(USD)' },
  deltaMonthlyPercent: { en: 'Δ monthly vs baseline (%)', ko: '기준 대비 월 비용 차이(%)' },
  deltaUpfront: { en: 'Δ upfront vs baseline (USD)', ko: '기준 대비 선결제 차이(USD)' },
  deltaUpfrontPercent: { en: 'Δ upfront vs baseline (%)', ko: '기준 대비 선결제 차이(%)' },
  deltaFirst12Months: { en: 'Δ first 12 months vs baseline (USD)', ko: '기준 대비 첫 12개월 차이(USD)' },
  deltaFirst12MonthsPercent: { en: 'Δ first 12 months vs baseline (%)', ko: '기준 대비 첫 12개월 차이(%)' },
  deltaMonths36: { en: 'Δ 36 months vs baseline (USD)', ko: '기준 대비 36개월 차이(USD)' },
  deltaMonths36Percent: { en: 'Δ 36 months vs baseline (%)', ko: '기준 대비 36개월 차이(%)' },
  cheapest: { en: 'cheapest on', ko: '최저 항목' },
  cheaperFromMonth: { en: 'cheaper than baseline from month', ko: '기준보다 저렴해지는 달' },
  snapshot: { en: 'price snapshot', ko: '가격 스냅샷' },
};

const SECTION_WORDS = {
  total: { en: 'total', ko: '합계' },
  service: { en: 'by service', ko: '서비스별' },
  line: { en: 'by line', ko: '항목별' },
} as const satisfies Record<string, Words>;

const STATUS_WORDS = {
  baseline: { en: 'baseline', ko: '기준' },
  absent: { en: 'not in this scenario', ko: '이 시나리오에 없음' },
} as const satisfies Record<string, Words>;

export type ComparisonSection = keyof typeof SECTION_WORDS;

export interface ComparisonDisplayRow {
  readonly section: ComparisonSection;
  readonly scenario: number;
  readonly cells: Readonly<Record<ComparisonColumn, DisplayCell>>;
}

export interface ComparisonDisplay {
  readonly columns: readonly ComparisonColumn[];
  readonly headers: readonly string[];
  readonly rows: readonly ComparisonDisplayRow[];
}

function amounts(
  t: Totals | null,
  d: Totals | null,
  pct: PercentTotals | null,
  money: CompareMoney,
): Partial<Record<ComparisonColumn, DisplayCell>> {
  const num = (value: Decimal): DisplayCell => ({ number: shownAmount(value, money) });
  const out: Partial<Record<ComparisonColumn, DisplayCell>> = {};
  for (const m of METRICS) {
    out[m] = t === null ? null : num(t[m]);
    out[delta(m)] = d === null ? null : num(d[m]);
    const p = pct?.[m];
    out[deltaPct(m)] = p === null || p === undefined ? null : { number: percentString(p) };
  }
  return out;
}

export type ComparisonDisplayOptions = DisplayOptions & { readonly money?: CompareMoney };

/** A header in the shown money: the table names USD, which becomes e.g. "KRW, 부가세 포함". */
const inCurrency = (header: string, money: CompareMoney, lang: Lang) =>
  header.replace('(USD)', `(${moneyLabel(money, lang)})`);

export function comparisonDisplayRows(
  comparison: Comparison,
  options: ComparisonDisplayOptions,
): ComparisonDisplay {
  const { lang } = options;
  const money = options.money ?? USD_MONEY;
  const empty = Object.fromEntries(COMPARISON_COLUMNS.map((c) => [c, null])) as Record<
    ComparisonColumn,
    DisplayCell
  >;
  const rows: ComparisonDisplayRow[] = [];
  const push = (
    section: ComparisonSection,
    scenario: number,
    cells: Partial<Record<ComparisonColumn, DisplayCell>>,
  ) => rows.push({ section, scenario, cells: { ...empty, section: SECTION_WORDS[section][lang], ...cells } });

  for (const s of comparison.scenarios) {
    const flags = [
      ...(s.index === 0 ? [STATUS_WORDS.baseline[lang]] : []),
      s.complete
        ? ROW_WORDS.complete[lang]
        : `${fill(ROW_WORDS.incomplete[lang], { count: String(s.unpricedLineIds.length) })} (${s.unpricedLineIds.join(', ')})`,
    ];
    push('total', s.index, {
      scenario: s.name,
      description: ROW_WORDS.total[lang],
      flag: flags.join('; '),
      ...amounts(
        s.totals,
        s.index === 0 ? null : s.deltaVsBaseline,
        s.index === 0 ? null : s.deltaPercentVsBaseline,
        money,
      ),
      cheapest: s.cheapest.map((m) => METRIC_WORDS[m][lang]).join(', '),
      cheaperFromMonth:
        s.index === 0 || s.cheaperFromMonth === null ? null : { number: String(s.cheaperFromMonth) },
      snapshot: s.snapshotId,
    });
  }
  for (const row of comparison.services)
    for (const s of comparison.scenarios)
      push('service', s.index, {
        scenario: s.name,
        service: SERVICE_NAMES[row.service][lang],
        ...amounts(
          row.totals[s.index] ?? null,
          s.index === 0 ? null : (row.deltaVsBaseline[s.index] ?? null),
          s.index === 0 ? null : (row.deltaPercentVsBaseline[s.index] ?? null),
          money,
        ),
        snapshot: s.snapshotId,
      });
  for (const line of comparison.lines)
    for (const s of comparison.scenarios) {
      const e = line.entries[s.index];
      if (!e) continue;
      push('line', s.index, {
        scenario: s.name,
        service: SERVICE_NAMES[line.service][lang],
        lineId: e.lineId ?? line.key,
        description: lineDescription(line, lang),
        flag:
          e.status === 'priced'
            ? ''
            : e.status === 'unpriced'
              ? FLAG_WORDS.unpriced[lang]
              : STATUS_WORDS.absent[lang],
        ...amounts(e.totals, e.deltaVsBaseline, e.deltaPercentVsBaseline, money),
        snapshot: s.snapshotId,
      });
    }
  const headerLang: Lang = options.englishHeaders ? 'en' : lang;
  return {
    columns: COMPARISON_COLUMNS,
    headers: COMPARISON_COLUMNS.map((c) => inCurrency(COMPARISON_HEADERS[c][headerLang], money, headerLang)),
    rows,
  };
}
