/** A comparison as CSV: one row per scenario with totals and differences against the baseline. */
import { toCsv, type CsvCell } from '../csv/csv';
import { usd } from '../money/rounding';
import type { Lang } from '../trace/types';
import type { Comparison } from './compare';

const HEADERS: Record<Lang, string[]> = {
  en: [
    'scenario',
    'complete',
    'monthly (USD)',
    'upfront (USD)',
    'first 12 months (USD)',
    '36 months (USD)',
    'Δ monthly',
    'Δ upfront',
    'Δ first 12 months',
    'Δ 36 months',
    'cheaper than baseline from month',
  ],
  ko: [
    '시나리오',
    '완전',
    '월 요금(USD)',
    '선결제(USD)',
    '첫 12개월(USD)',
    '36개월(USD)',
    '월 요금 차이',
    '선결제 차이',
    '첫 12개월 차이',
    '36개월 차이',
    '기준보다 저렴해지는 달',
  ],
};

export function compareCsv(comparison: Comparison, lang: Lang = 'en'): string {
  const n = (d: Parameters<typeof usd>[0]): CsvCell => ({ number: usd(d) });
  const rows: CsvCell[][] = [HEADERS[lang]];
  for (const s of comparison.scenarios)
    rows.push([
      s.name,
      s.complete ? 'yes' : 'no',
      n(s.totals.monthly),
      n(s.totals.upfront),
      n(s.totals.first12Months),
      n(s.totals.months36),
      n(s.deltaVsBaseline.monthly),
      n(s.deltaVsBaseline.upfront),
      n(s.deltaVsBaseline.first12Months),
      n(s.deltaVsBaseline.months36),
      s.cheaperFromMonth === null ? '' : { number: String(s.cheaperFromMonth) },
    ]);
  return toCsv(rows);
}
