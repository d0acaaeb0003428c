/**
 * `npm run prices:build [-- --raw DIR]`: regenerates pricing-data/*.json and manifest.json from the raw
 * sources (default ../shared/pricing-raw relative to the repository root) and prints what was left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot } from './build-snapshot';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv: readonly string[]): { raw: string; out: string } {
  let raw = resolve(repoRoot, '../shared/pricing-raw');
  let out = resolve(repoRoot, 'pricing-data');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--raw' || arg === '--out') && value) {
      if (arg === '--raw') raw = resolve(value);
      else out = resolve(value);
      i += 1;
    } else {
      throw new Error(`unknown argument "${arg}" (usage: prices:build [--raw DIR] [--out DIR])`);
    }
  }
  return { raw, out };
}

function main(): number {
  const { raw, out } = parseArgs(process.argv.slice(2));
  const { files, report } = buildSnapshot((path) => readFileSync(resolve(raw, path), 'utf8'));
  for (const line of report) process.stdout.write(`- ${line}\n`);
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(resolve(out, name), text, 'utf8');
    process.stdout.write(`wrote ${name} (${Buffer.byteLength(text)} bytes)\n`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`prices:build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
