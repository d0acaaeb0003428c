/** Generates a synthetic EC2 offer of a given size and measures its import in a heap-capped child process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ParseMeasure } from './measure-parse';
import { writeSyntheticEc2Offer } from './synthetic-offer';

const run = promisify(execFile);

export type ImportMeasure = ParseMeasure & {
  fileBytes: number;
  heapCapMB: number;
  productsPerSecond: number;
};

export async function measureImport(opts: {
  targetBytes: number;
  heapCapMB: number;
  types: readonly string[];
}): Promise<ImportMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'cloudsizer-bench-'));
  try {
    const file = join(dir, 'AmazonEC2_ap-northeast-2_index.json');
    const written = await writeSyntheticEc2Offer(file, {
      types: opts.types,
      location: 'Asia Pacific (Seoul)',
      usagePrefix: 'APN2-',
      targetBytes: opts.targetBytes,
    });
    const child = resolve(dirname(fileURLToPath(import.meta.url)), 'measure-parse.ts');
    const { stdout } = await run(
      process.execPath,
      [`--max-old-space-size=${opts.heapCapMB}`, '--import', 'tsx', child, file, 'ap-northeast-2'],
      { maxBuffer: 1 << 20 },
    );
    const m = JSON.parse(stdout) as ParseMeasure;
    return {
      ...m,
      fileBytes: written.bytes,
      heapCapMB: opts.heapCapMB,
      productsPerSecond: Math.round(m.products / m.seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
