/** The estimate CSV: exactly the display rows (estimate-display.ts), written by csv.ts. */
import { toCsv } from './csv';
import { estimateDisplayRows, rowCells, type DisplayOptions, type EstimateInput } from './estimate-display';

export function estimateCsv(
  inputs: EstimateInput | readonly EstimateInput[],
  options: DisplayOptions,
): string {
  const display = estimateDisplayRows(inputs, options);
  return toCsv([display.headers, ...display.rows.map((row) => rowCells(display, row))]);
}
