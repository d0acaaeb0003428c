/**
 * The engine's display cells on screen: text as it is, numbers with the same digits as the CSV, only grouped
 * by thousands for reading ("1069.97" → "1,069.97"). String work only, so no float ever touches an amount.
 */
import type { DisplayCell } from '../../../engine';

/** "1234567.891" → "1,234,567.891", "-1200" → "-1,200" */
export function groupDigits(decimal: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!match) return decimal;
  const [, sign = '', whole = '', fraction = ''] = match;
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + fraction;
}

export const isNumberCell = (cell: DisplayCell): cell is { readonly number: string } =>
  cell !== null && typeof cell !== 'string';

/** What a cell shows; `signed` puts "+" before positive numbers (differences). */
export function cellText(cell: DisplayCell, options: { signed?: boolean } = {}): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  const shown = groupDigits(cell.number);
  return options.signed && /^[1-9]|^0\.\d*[1-9]/.test(cell.number) ? `+${shown}` : shown;
}
