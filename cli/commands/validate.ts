/**
 * `validate <file>… [--format text|json]`: checks scenario files without pricing them: JSON syntax, schema,
 * migrations (reported as notes) and the bundled price snapshot (unknown instance types). Lists every problem
 * with its JSON path; exit 0 when all are valid, 2 when any is not, 1 when the snapshot cannot be loaded.
 */
import { readFileSync } from 'node:fs';
import { parseScenarioText, type ParseResult } from '../../engine/scenario';
import { counted } from '../../engine/text/plural';
import { bundledSnapshotFor } from '../load-bundled-snapshot';

export const summary =
  'validate <file>… [--format text|json]: list every problem of scenario files (JSON paths)';

const usage = 'usage: validate <file>… [--format text|json]';

type Report = {
  file: string;
  valid: boolean;
  notes: string[];
  problems: { path: string; message: string }[];
};

function readText(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { error: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function report(file: string, parsed: ParseResult): Report {
  return parsed.ok
    ? { file, valid: true, notes: parsed.notes.map((note) => note.message), problems: [] }
    : {
        file,
        valid: false,
        notes: [],
        problems: parsed.issues.map(({ path, message }) => ({ path, message })),
      };
}

export async function run(args: string[]): Promise<number> {
  const files: string[] = [];
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') {
      const value = args[++i];
      if (value !== 'text' && value !== 'json') {
        process.stderr.write(`validate: --format needs text or json. ${usage}\n`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`validate: unknown option "${arg}". ${usage}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write(`validate: give at least one scenario file. ${usage}\n`);
    return 2;
  }
  const snapshot = bundledSnapshotFor('validate');
  if (!snapshot) return 1;
  const catalogue = { id: snapshot.manifest.snapshotId, instanceTypes: snapshot.index };
  const reports = files.map((file) => {
    const read = readText(file);
    if ('error' in read)
      return { file, valid: false, notes: [], problems: [{ path: '$', message: read.error }] };
    return report(file, parseScenarioText(read.text, { snapshot: catalogue }));
  });
  if (format === 'json') process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else
    for (const r of reports) {
      if (r.valid) process.stdout.write(`${r.file}: valid\n`);
      else process.stdout.write(`${r.file}: ${counted(r.problems.length, 'problem')}\n`);
      for (const p of r.problems) process.stdout.write(`  ${p.path}: ${p.message}\n`);
      for (const n of r.notes) process.stdout.write(`  note: ${n}\n`);
    }
  return reports.every((r) => r.valid) ? 0 : 2;
}
