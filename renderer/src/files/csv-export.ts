/**
 * The CSV files the UI exports, straight from the engine: the active scenario with `estimateCsv` (the same
 * display rows the table view shows) and a comparison with `comparisonCsv`. UTF-8 with BOM, CRLF.
 */
import {
  comparisonCsv,
  estimate,
  estimateCsv,
  type Comparison,
  type ComparisonDisplayOptions,
  type DisplayOptions,
  type EstimateResult,
  type Prices,
  type Scenario,
} from '../../../engine';

export type CsvOptions = DisplayOptions;

/** The display rows' input for a scenario: its result with its groups, so the group column shows names. */
export function estimateInput(scenario: Scenario, result: EstimateResult) {
  return { result, groups: scenario.groups };
}

export function scenarioCsv(scenario: Scenario, prices: Prices, options: CsvOptions): string {
  return estimateCsv(estimateInput(scenario, estimate(scenario, prices)), options);
}

export function comparisonCsvText(comparison: Comparison, options: ComparisonDisplayOptions): string {
  return comparisonCsv(comparison, options);
}

/**
 * The bytes a web download writes: the string encoded as UTF-8, so the BOM (U+FEFF) becomes EF BB BF and
 * every CRLF stays as it is.
 */
export function csvBlob(text: string): Blob {
  return new Blob([new TextEncoder().encode(text)], { type: 'text/csv;charset=utf-8' });
}
