import Papa from 'papaparse';
import { RawSourceError } from './raw-source-error';

/**
 * Parses a CSV with a header row (quoted fields may contain commas) into string records.
 * Fails when a required column is missing or a row has the wrong number of fields.
 */
export function parseCsv<C extends string>(
  file: string,
  text: string,
  columns: readonly C[],
): Array<Record<C, string> & { line: number }> {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const problem = result.errors[0];
  if (problem) {
    throw new RawSourceError(file, `row ${(problem.row ?? 0) + 2}`, `CSV error: ${problem.message}`);
  }
  const header = result.meta.fields ?? [];
  for (const column of columns) {
    if (!header.includes(column)) throw new RawSourceError(file, 'header', `missing column "${column}"`);
  }
  return result.data.map((row, i) => {
    const record: Record<string, string> = {};
    for (const column of columns) record[column] = (row[column] ?? '').trim();
    return { ...(record as Record<C, string>), line: i + 2 };
  });
}
