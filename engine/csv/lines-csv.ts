/** The estimate's lines as CSV (one row per line, totals last), with the calculation trace in a column. */
import type { EstimateResult } from '../estimate/types';
import { krw, usd } from '../money/rounding';
import { exactString } from '../money/rounding';
import { formatMessage, formatTrace } from '../trace/format';
import type { Lang } from '../trace/types';
import { toCsv, type CsvCell } from './csv';

const HEADERS: Record<Lang, string[]> = {
  en: [
    'id',
    'service',
    'description',
    'region',
    'option',
    'tags',
    'quantity',
    'unit',
    'unit price (USD)',
    'monthly (USD)',
    'upfront (USD)',
    'first 12 months (USD)',
    '36 months (USD)',
    'status',
    'reason',
    'basis',
    'sources',
    'snapshot',
    'trace',
  ],
  ko: [
    'ID',
    '서비스',
    '설명',
    '리전',
    '구매 옵션',
    '태그',
    '수량',
    '단위',
    '단가(USD)',
    '월 요금(USD)',
    '선결제(USD)',
    '첫 12개월(USD)',
    '36개월(USD)',
    '상태',
    '사유',
    '근거',
    '출처',
    '스냅샷',
    '계산 과정',
  ],
};

const money = (value: Parameters<typeof usd>[0] | null | undefined): CsvCell =>
  value ? { number: usd(value) } : null;

export function linesCsv(result: EstimateResult, lang: Lang = 'en'): string {
  const rows: CsvCell[][] = [HEADERS[lang]];
  for (const line of result.lines) {
    rows.push([
      line.id,
      line.service,
      line.description,
      line.region,
      line.optionLabel,
      line.tags.join(' '),
      { number: exactString(line.quantity) },
      line.unit,
      line.unitPrice ? { number: exactString(line.unitPrice) } : null,
      money(line.costs?.monthly),
      money(line.costs?.upfront),
      money(line.costs?.first12Months),
      money(line.costs?.months36),
      line.status,
      line.reason ? formatMessage(line.reason, lang) : '',
      line.basis,
      line.sources.map((s) => `${s.title} (${s.asOf ?? 'undated'})`).join('; '),
      line.snapshotId,
      line.trace.map((step) => formatTrace(step, lang)).join('\n'),
    ]);
  }
  const total = (
    label: string,
    t: NonNullable<EstimateResult['vat']>,
    round: typeof usd = usd,
  ): CsvCell[] => [
    label,
    '',
    '',
    '',
    '',
    '',
    null,
    '',
    null,
    { number: round(t.monthly) },
    { number: round(t.upfront) },
    { number: round(t.first12Months) },
    { number: round(t.months36) },
    result.complete ? 'complete' : 'incomplete',
    '',
    '',
    '',
    result.snapshot.id,
    '',
  ];
  rows.push(total(lang === 'ko' ? '합계' : 'total', result.totals));
  if (result.vat) rows.push(total(lang === 'ko' ? '부가세 10%' : 'VAT 10%', result.vat));
  if (result.krw) {
    rows.push(
      total(
        lang === 'ko'
          ? `합계(KRW, ${result.krw.rateDate} 환율 ${result.krw.krwPerUsd.toString()})`
          : `total KRW (rate ${result.krw.krwPerUsd.toString()} on ${result.krw.rateDate})`,
        result.krw.totals,
        krw,
      ),
    );
    if (result.krw.vat) rows.push(total(lang === 'ko' ? '부가세(KRW)' : 'VAT KRW', result.krw.vat, krw));
  }
  return toCsv(rows);
}
