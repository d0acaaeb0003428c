/** The comparison CSV: exactly the comparison display rows (compare-display.ts), written by csv.ts. */
import { toCsv } from '../csv/csv';
import type { Lang } from '../trace/types';
import type { Comparison } from './compare';
import { comparisonDisplayRows, type ComparisonDisplayOptions } from './compare-display';

export function comparisonCsv(comparison: Comparison, options: ComparisonDisplayOptions): string {
  const display = comparisonDisplayRows(comparison, options);
  return toCsv([display.headers, ...display.rows.map((row) => display.columns.map((c) => row.cells[c]))]);
}

/** Kept for existing callers. */
export function compareCsv(comparison: Comparison, lang: Lang = 'en', englishHeaders = false): string {
  return comparisonCsv(comparison, { lang, englishHeaders });
}
