/**
 * CSV for Excel on Korean Windows: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting. Text cells that
 * start with = + - @ tab or CR are prefixed with ' so a spreadsheet never runs them as formulas;
 * `{ number }` cells (validated decimal strings) are written unchanged.
 */
export type CsvCell = string | { readonly number: string } | null;

const BOM = '\uFEFF';
const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  let text: string;
  if (typeof cell === 'string') text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  else {
    if (!NUMBER.test(cell.number))
      throw new Error(`CSV number cell is not a decimal string: "${cell.number}"`);
    text = cell.number;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
