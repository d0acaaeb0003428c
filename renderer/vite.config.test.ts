/**
 * The production build's start-up scripts (the entry chunk and every chunk it imports statically) hold
 * what the estimate page needs, not the code of pages loaded on demand, even though App imports the
 * engine through its index (renderer/vite.config.ts: engine modules are free of side effects).
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function productionChunks(): Promise<Rolldown.OutputChunk[]> {
  const result = await build({ configFile, logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) =>
    output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk'),
  );
}

/** Module ids (relative to the repository) of the entry chunk and its static imports. */
function startupModules(chunks: readonly Rolldown.OutputChunk[]): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the build has no entry chunk');
  const seen = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(entry);
  return [...seen].flatMap((chunk) => chunk.moduleIds.map((id) => id.replace(repoRoot, '')));
}

describe('start-up scripts of the production build', () => {
  it('leave out the exercise, right-sizing and utilization engines and papaparse, but keep pricing', async () => {
    const chunks = await productionChunks();
    const modules = startupModules(chunks);
    expect(modules).toContain('engine/prices/lazy-snapshot.ts');
    expect(modules).toContain('engine/estimate/prices-from-snapshot.ts');
    const deferred = modules.filter((id) =>
      /^engine\/(exercise|rightsizing|utilization)\/|node_modules\/papaparse\//.test(id),
    );
    expect(deferred).toEqual([]);
    // the pages that need them still get them, in their own chunks
    const all = chunks.flatMap((chunk) => chunk.moduleIds.map((id) => id.replace(repoRoot, '')));
    expect(all).toContain('engine/exercise/grade.ts');
    expect(all).toContain('engine/utilization/parse-utilization-csv.ts');
  }, 60_000);
});
