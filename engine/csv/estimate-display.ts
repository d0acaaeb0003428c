/**
 * THE rows of the estimate table, already rounded and worded: the UI table renders these cells and the CSV
 * writes them, so the two cannot say different things. Money cells are `{ number }` decimal strings rounded
 * by engine/money/rounding.ts (USD to the cent, KRW to the won); a screen may group digits or add a currency
 * symbol but must show the same digits. `null` = nothing to show (e.g. the amounts of an unpriced line).
 */
import type Decimal from 'decimal.js';
import type { EstimateResult, LineResult, Totals } from '../estimate/types';
import { compactString, krw, ROUNDING, usd } from '../money/rounding';
import { formatMessage, formatTrace } from '../trace/format';
import type { Lang } from '../trace/types';
import type { CsvCell } from './csv';
import { ESTIMATE_COLUMNS, ESTIMATE_HEADERS, KRW_COLUMNS, type EstimateColumn } from './estimate-columns';
import { fill, FLAG_WORDS, purchaseLabel, ROW_WORDS, SERVICE_NAMES, unitLabel } from './labels';
import { lineDescription } from './line-description';

export type DisplayCell = CsvCell;
export type EstimateRowKind = 'line' | 'total' | 'vat' | 'totalWithVat';

export interface EstimateDisplayRow {
  readonly kind: EstimateRowKind;
  readonly scenario: string;
  /** the line's id for `line` rows, else null */
  readonly lineId: string | null;
  readonly cells: Readonly<Record<EstimateColumn, DisplayCell>>;
}

export interface EstimateDisplay {
  /** the columns shown, in order (KRW columns only when some scenario displays KRW) */
  readonly columns: readonly EstimateColumn[];
  readonly headers: readonly string[];
  readonly rows: readonly EstimateDisplayRow[];
}

export interface ScenarioGroup {
  readonly id: string;
  readonly name: string;
}

/** A result alone, or with its scenario's groups so the group column shows names instead of ids. */
export type EstimateInput =
  EstimateResult | { readonly result: EstimateResult; readonly groups: readonly ScenarioGroup[] };

export interface DisplayOptions {
  readonly lang: Lang;
  /** English headers whatever the language, for tools that read the CSV by column name */
  readonly englishHeaders?: boolean;
}

const n = (text: string): DisplayCell => ({ number: text });
const money = (value: Decimal | undefined): DisplayCell => (value === undefined ? null : n(usd(value)));
const won = (value: Decimal | undefined): DisplayCell => (value === undefined ? null : n(krw(value)));

const EMPTY: Readonly<Record<EstimateColumn, DisplayCell>> = Object.fromEntries(
  ESTIMATE_COLUMNS.map((c) => [c, null]),
) as Record<EstimateColumn, DisplayCell>;

function splitInput(input: EstimateInput): { result: EstimateResult; groups: readonly ScenarioGroup[] } {
  return 'result' in input ? input : { result: input, groups: [] };
}

function moneyCells(t: Totals | null): Partial<Record<EstimateColumn, DisplayCell>> {
  return {
    monthly: money(t?.monthly),
    upfront: money(t?.upfront),
    first12Months: money(t?.first12Months),
    months36: money(t?.months36),
  };
}

function krwCells(result: EstimateResult, t: Totals | null): Partial<Record<EstimateColumn, DisplayCell>> {
  if (!result.krw) return {};
  return {
    monthlyKrw: won(t?.monthly),
    upfrontKrw: won(t?.upfront),
    first12MonthsKrw: won(t?.first12Months),
    months36Krw: won(t?.months36),
    krwPerUsd: n(result.krw.krwPerUsd.toFixed()),
    rateDate: result.krw.rateDate,
  };
}

function timesRate(t: Totals, rate: Decimal): Totals {
  return {
    monthly: t.monthly.times(rate),
    upfront: t.upfront.times(rate),
    first12Months: t.first12Months.times(rate),
    months36: t.months36.times(rate),
  };
}

function plus(a: Totals, b: Totals): Totals {
  return {
    monthly: a.monthly.plus(b.monthly),
    upfront: a.upfront.plus(b.upfront),
    first12Months: a.first12Months.plus(b.first12Months),
    months36: a.months36.plus(b.months36),
  };
}

function calculation(line: LineResult, lang: Lang): string {
  const parts: string[] = [];
  if (line.status === 'unpriced') parts.push(formatMessage(line.reason, lang));
  for (const step of line.trace) parts.push(formatTrace(step, lang));
  for (const warning of line.warnings)
    parts.push(`${ROW_WORDS.warning[lang]}: ${formatMessage(warning, lang)}`);
  return parts.join('\n');
}

function lineRow(result: EstimateResult, groups: readonly ScenarioGroup[], line: LineResult, lang: Lang) {
  const costs = line.status === 'priced' ? line.costs : null;
  const cells: Record<EstimateColumn, DisplayCell> = {
    ...EMPTY,
    scenario: result.scenario.name,
    lineId: line.id,
    group: line.group === null ? '' : (groups.find((g) => g.id === line.group)?.name ?? line.group),
    tags: line.tags.join(' '),
    service: SERVICE_NAMES[line.service][lang],
    description: lineDescription(line, lang),
    region: line.region,
    option: purchaseLabel(line.purchase, lang),
    quantity: n(compactString(line.quantity, ROUNDING.quantity)),
    unit: unitLabel(line.unit, lang),
    unitPrice: line.unitPrice === null ? null : n(compactString(line.unitPrice, ROUNDING.unitPrice)),
    ...moneyCells(costs),
    ...krwCells(result, result.krw && costs ? timesRate(costs, result.krw.krwPerUsd) : null),
    sources: line.sources
      .map(
        (s) => `${s.title} (${s.asOf === null || s.asOf === 'undated' ? ROW_WORDS.undated[lang] : s.asOf})`,
      )
      .join('; '),
    snapshot: line.snapshotId,
    snapshotDate: result.snapshot.date,
    flag: FLAG_WORDS[line.status === 'unpriced' ? 'unpriced' : line.basis][lang],
    calculation: calculation(line, lang),
  };
  return { kind: 'line' as const, scenario: result.scenario.name, lineId: line.id, cells };
}

function summaryRows(result: EstimateResult, lang: Lang): EstimateDisplayRow[] {
  const base = {
    ...EMPTY,
    scenario: result.scenario.name,
    snapshot: result.snapshot.id,
    snapshotDate: result.snapshot.date,
  };
  const rateNote = result.krw
    ? fill(ROW_WORDS.krwRate[lang], { rate: result.krw.krwPerUsd.toFixed(), date: result.krw.rateDate })
    : '';
  const flag = result.complete
    ? ROW_WORDS.complete[lang]
    : fill(ROW_WORDS.incomplete[lang], { count: String(result.unpricedLineIds.length) });
  const row = (
    kind: EstimateRowKind,
    cells: Partial<Record<EstimateColumn, DisplayCell>>,
  ): EstimateDisplayRow => ({
    kind,
    scenario: result.scenario.name,
    lineId: null,
    cells: { ...base, flag, ...cells },
  });
  const rows = [
    row('total', {
      description: ROW_WORDS.total[lang],
      ...moneyCells(result.totals),
      ...krwCells(result, result.krw?.totals ?? null),
      calculation: rateNote,
    }),
  ];
  if (result.vat) {
    const krwVat = result.krw?.vat ?? null;
    rows.push(
      row('vat', {
        description: ROW_WORDS.vat[lang],
        ...moneyCells(result.vat),
        ...krwCells(result, krwVat),
        calculation: ROW_WORDS.vatCalculation[lang],
      }),
      row('totalWithVat', {
        description: ROW_WORDS.totalWithVat[lang],
        ...moneyCells(plus(result.totals, result.vat)),
        ...krwCells(result, result.krw && krwVat ? plus(result.krw.totals, krwVat) : null),
        calculation: rateNote,
      }),
    );
  }
  return rows;
}

/** One scenario, or several one after the other (each with its own totals, VAT and KRW rows). */
export function estimateDisplayRows(
  inputs: EstimateInput | readonly EstimateInput[],
  options: DisplayOptions,
): EstimateDisplay {
  const list = (Array.isArray(inputs) ? inputs : [inputs]) as readonly EstimateInput[];
  const { lang } = options;
  const headerLang: Lang = options.englishHeaders ? 'en' : lang;
  const rows: EstimateDisplayRow[] = [];
  let anyKrw = false;
  for (const input of list) {
    const { result, groups } = splitInput(input);
    anyKrw ||= result.krw !== null;
    for (const line of result.lines) rows.push(lineRow(result, groups, line, lang));
    rows.push(...summaryRows(result, lang));
  }
  const columns = ESTIMATE_COLUMNS.filter((c) => anyKrw || !KRW_COLUMNS.has(c));
  return { columns, headers: columns.map((c) => ESTIMATE_HEADERS[c][headerLang]), rows };
}

/** The cells of a row in the display's column order. */
export function rowCells(display: EstimateDisplay, row: EstimateDisplayRow): DisplayCell[] {
  return display.columns.map((c) => row.cells[c]);
}
