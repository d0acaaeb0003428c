/**
 * Import bench: a synthetic ~200 MB AmazonEC2 regional offer (real JSON layout, all 12 RI variants per
 * product, types from the bundled catalogue) is generated in a temp folder, then parsed and mapped in a
 * child process with a capped V8 heap. Reports products per second and peak RSS.
 * `npx tsx bench/import.ts [sizeMB] [heapCapMB]`; `npm run bench` can call runImportBench().
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureImport, type ImportMeasure } from '../tools/prices/update/measure-import';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const IMPORT_BENCH_DEFAULTS = { sizeMB: 200, heapCapMB: 96 };

function catalogueTypes(): string[] {
  const catalogue = JSON.parse(
    readFileSync(resolve(repoRoot, 'pricing-data/ec2-catalogue.json'), 'utf8'),
  ) as {
    types: { type: string }[];
  };
  return catalogue.types.map((t) => t.type);
}

export type ImportBenchResult = ImportMeasure & { fileMB: number; peakRssMB: number; mbPerSecond: number };

export async function runImportBench(
  sizeMB = IMPORT_BENCH_DEFAULTS.sizeMB,
  heapCapMB = IMPORT_BENCH_DEFAULTS.heapCapMB,
): Promise<ImportBenchResult> {
  const m = await measureImport({ targetBytes: sizeMB * 1024 * 1024, heapCapMB, types: catalogueTypes() });
  const MB = 1024 * 1024;
  return {
    ...m,
    fileMB: Math.round(m.fileBytes / MB),
    peakRssMB: Math.round(m.peakRssBytes / MB),
    mbPerSecond: Math.round(m.fileBytes / MB / m.seconds),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [size, cap] = process.argv.slice(2).map(Number);
  runImportBench(size || undefined, cap || undefined).then((r) =>
    process.stdout.write(`${JSON.stringify({ import: r }, null, 2)}\n`),
  );
}
