/**
 * `diff <snapshotDirA> <snapshotDirB> [--json] [--region R] [--table T] [--item TEXT] [--min-percent N]
 * [--changed-only]`: what changed between two installed price snapshots.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSnapshot, SnapshotError, type PriceSnapshot } from '../../engine/prices/load-snapshot';
import {
  diffSnapshots,
  type DiffFilter,
  type PriceChange,
  type PriceTableKind,
} from '../../engine/snapshot-diff';
import { counted } from '../../engine/text/plural';

export const summary =
  'diff <snapshotDirA> <snapshotDirB> [--json] [--region R] [--table T] [--item TEXT] [--min-percent N] [--changed-only]: price changes between two snapshots';

const USAGE =
  'usage: diff <snapshotDirA> <snapshotDirB> [--json] [--region R] [--table ec2-ondemand|ec2-ondemand-windows|ec2-reserved|ec2-savings-plans|ebs|s3|data-transfer|lambda] [--item TEXT] [--min-percent N] [--changed-only]';
const TABLES: readonly PriceTableKind[] = [
  'ec2-ondemand',
  'ec2-ondemand-windows',
  'ec2-reserved',
  'ec2-savings-plans',
  'ebs',
  's3',
  'data-transfer',
  'lambda',
];

type DiffArgs = { a: string; b: string; json: boolean; filter: DiffFilter };

function parseArgs(args: readonly string[]): DiffArgs | string {
  const positional: string[] = [];
  const filter: { -readonly [K in keyof DiffFilter]: DiffFilter[K] } = {};
  const regions: string[] = [];
  const tables: PriceTableKind[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '--json') json = true;
    else if (arg === '--changed-only') filter.include = 'changed';
    else if (['--region', '--table', '--item', '--min-percent'].includes(arg)) {
      if (value === undefined) return `${arg} needs a value. ${USAGE}`;
      i++;
      if (arg === '--region') regions.push(value);
      else if (arg === '--item') filter.item = value;
      else if (arg === '--table') {
        if (!(TABLES as readonly string[]).includes(value)) return `unknown --table "${value}". ${USAGE}`;
        tables.push(value as PriceTableKind);
      } else {
        if (!/^\d+(\.\d+)?$/.test(value)) return `--min-percent needs a number, got "${value}"`;
        filter.minPercent = Number(value);
      }
    } else if (arg.startsWith('--')) return `unknown option "${arg}". ${USAGE}`;
    else positional.push(arg);
  }
  const [a, b, extra] = positional;
  if (!a || !b || extra) return `give exactly two snapshot folders. ${USAGE}`;
  if (regions.length) filter.regions = regions;
  if (tables.length) filter.tables = tables;
  return { a, b, json, filter };
}

async function loadDir(dir: string): Promise<PriceSnapshot> {
  const files: Record<string, string> = {};
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new SnapshotError(dir, 'not a readable snapshot folder');
  }
  for (const name of names) if (name.endsWith('.json')) files[name] = await readFile(join(dir, name), 'utf8');
  try {
    return loadSnapshot(files);
  } catch (error) {
    if (error instanceof SnapshotError) throw new SnapshotError(join(dir, error.file), error.message);
    throw error;
  }
}

const str = (d: PriceChange['before']) => (d === null ? null : d.toString());

function line(c: PriceChange): string {
  const before = str(c.before) ?? '—';
  const after = str(c.after) ?? '—';
  const delta = c.amount ? ` (${c.amount.isNegative() ? '' : '+'}${c.amount.toString()}` : '';
  const pct = c.percent
    ? `, ${c.percent.isNegative() ? '' : '+'}${c.percent.toDecimalPlaces(2).toString()}%)`
    : delta
      ? ')'
      : '';
  return `${c.table.padEnd(17)} ${c.region.padEnd(15)} ${c.item}: ${before} → ${after}${delta}${pct}`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n`);
    return 2;
  }
  let a: PriceSnapshot;
  let b: PriceSnapshot;
  try {
    [a, b] = [await loadDir(parsed.a), await loadDir(parsed.b)];
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const diff = diffSnapshots(a, b, parsed.filter);
  if (parsed.json) {
    const changes = diff.changes.map((c) => ({
      ...c,
      before: str(c.before),
      after: str(c.after),
      amount: str(c.amount),
      percent: str(c.percent),
    }));
    process.stdout.write(`${JSON.stringify({ ...diff, changes }, null, 2)}\n`);
    return 0;
  }
  const out = [
    `${diff.from} → ${diff.to}`,
    `added types: ${diff.addedTypes.length ? diff.addedTypes.map((t) => `${t.region} ${t.type}`).join(', ') : 'none'}`,
    `removed types: ${diff.removedTypes.length ? diff.removedTypes.map((t) => `${t.region} ${t.type}`).join(', ') : 'none'}`,
    counted(diff.changes.length, 'price change'),
    ...diff.changes.map(line),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
