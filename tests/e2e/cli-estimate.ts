/** Runs the CLI's `estimate --format json` on a scenario file: the reference the UI's totals must equal. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type CliTotals = { monthly: string; upfront: string; first12Months: string; months36: string };
export type CliEstimate = {
  totals: CliTotals;
  complete: boolean;
  vat: CliTotals | null;
  krw: { krwPerUsd: string; rateDate: string; totals: CliTotals; vat: CliTotals | null } | null;
};

export function cliEstimate(file: string): CliEstimate {
  const out = execFileSync('npx', ['tsx', 'cli/main.ts', 'estimate', file, '--format', 'json'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return JSON.parse(out) as CliEstimate;
}

/** "$1,069.97" → "1069.97", "₩1,482,129" → "1482129" */
export function plainAmount(shown: string): string {
  return shown.replace(/[^0-9.\-−]/g, '').replace('−', '-');
}
