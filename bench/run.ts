/**
 * `npm run bench`: every benchmark, printed as one JSON object { engine, rightsizing, import, ui }.
 * `npm run bench -- engine ui` runs only those parts. The engine part runs first (it is the most
 * sensitive to load); each other part comes from its own file and is called if the file exports it.
 * A part that is missing or fails is reported as such, and the others still run.
 */
import { loadBundledSnapshot } from '../cli/load-bundled-snapshot';
import { pricesFromSnapshot } from '../engine';
import { runEngineBench } from './engine';

type Part = { name: string; file: string; run: string };

/** The other benchmarks: module and exported function, called without arguments (their defaults). */
const OTHER_PARTS: readonly Part[] = [
  { name: 'rightsizing', file: './rightsizing', run: 'runRightsizingBench' },
  { name: 'import', file: './import', run: 'runImportBench' },
  { name: 'ui', file: './ui', run: 'runUiBench' },
];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runPart(part: Part): Promise<unknown> {
  let module: unknown;
  try {
    module = await import(part.file);
  } catch (error) {
    return { skipped: `bench/${part.file.slice(2)}.ts could not be loaded: ${message(error)}` };
  }
  const run = (module as Record<string, unknown>)[part.run];
  if (typeof run !== 'function')
    return { skipped: `bench/${part.file.slice(2)}.ts does not export ${part.run}()` };
  try {
    return (await (run as () => unknown)()) as unknown;
  } catch (error) {
    process.exitCode = 1;
    return { failed: message(error) };
  }
}

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const want = (name: string) => wanted.size === 0 || wanted.has(name);
  const results: Record<string, unknown> = {};
  if (want('engine')) results.engine = runEngineBench(pricesFromSnapshot(loadBundledSnapshot()));
  for (const part of OTHER_PARTS) if (want(part.name)) results[part.name] = await runPart(part);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();
