/**
 * Problems found while importing a utilization file. `line` is the 1-based line of the file (the header is
 * line 1); `column` is the header name as written in the file. `error` rows are left out of the import;
 * `warning` rows are imported. Every problem carries its message in English and Korean.
 */

export type ProblemCode =
  | 'empty-file'
  | 'unknown-shape'
  | 'missing-column'
  | 'bad-row'
  | 'missing-value'
  | 'bad-number'
  | 'bad-timestamp'
  | 'bad-unit'
  | 'out-of-range'
  | 'unknown-metric'
  | 'unknown-type'
  | 'unknown-region'
  | 'duplicate-timestamp'
  | 'duplicate-instance'
  | 'non-monotonic-time'
  | 'inconsistent-values';

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  line: number;
  column?: string;
  code: ProblemCode;
  severity: ProblemSeverity;
  message: string;
  messageKo: string;
}

export const WARNING_CODES: ReadonlySet<ProblemCode> = new Set(['non-monotonic-time']);

/** Whole-file problems make the import impossible (no header, unknown shape, missing column). */
export const FILE_LEVEL_CODES: ReadonlySet<ProblemCode> = new Set([
  'empty-file',
  'unknown-shape',
  'missing-column',
]);

export function problem(
  line: number,
  code: ProblemCode,
  detail: { en: string; ko: string },
  column?: string,
): ImportProblem {
  const where = column === undefined ? `line ${line}` : `line ${line}, column "${column}"`;
  const whereKo = column === undefined ? `${line}행` : `${line}행 "${column}" 열`;
  return {
    line,
    ...(column === undefined ? {} : { column }),
    code,
    severity: WARNING_CODES.has(code) ? 'warning' : 'error',
    message: `${where}: ${detail.en}`,
    messageKo: `${whereKo}: ${detail.ko}`,
  };
}
