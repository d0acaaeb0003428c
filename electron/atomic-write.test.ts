import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AtomicWriteError,
  atomicWriteFile,
  nodeAtomicFs,
  type AtomicFs,
  type AtomicWriteStep,
} from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cloudsizer-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ORIGINAL = '{"name":"원래 시나리오","version":1}\n';

/** Real file system, except that one step throws (after doing part of its work where that is possible). */
function failingAt(step: AtomicWriteStep): AtomicFs {
  const boom = () => Object.assign(new Error(`injected ${step} failure`), { code: 'EIO' });
  return {
    async open(filePath, flags, mode) {
      if (step === 'create temporary file' && flags === 'wx') throw boom();
      const handle = await nodeAtomicFs.open(filePath, flags, mode);
      return {
        async writeFile(data) {
          if (step === 'write') {
            await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
            throw boom();
          }
          await handle.writeFile(data);
        },
        async sync() {
          if (step === 'fsync' && flags === 'wx') throw boom();
          await handle.sync();
        },
        async close() {
          await handle.close();
          if (step === 'close') throw boom();
        },
      };
    },
    async rename(from, to) {
      if (step === 'rename') throw boom();
      await nodeAtomicFs.rename(from, to);
    },
    unlink: nodeAtomicFs.unlink,
  };
}

describe('atomicWriteFile', () => {
  it('creates a new file with exactly the given UTF-8 bytes and leaves no temporary file', async () => {
    const target = path.join(dir, 'plan.cloudsizer.json');
    await atomicWriteFile(target, '\uFEFF가격,price\r\n');
    expect([...(await readFile(target))]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('가격,price\r\n')]);
    expect(await readdir(dir)).toEqual(['plan.cloudsizer.json']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(dir, 'plan.cloudsizer.json');
    await writeFile(target, ORIGINAL);
    await atomicWriteFile(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.cloudsizer.json']);
  });

  it.each<AtomicWriteStep>(['create temporary file', 'write', 'fsync', 'close', 'rename'])(
    'a failure at "%s" keeps the original bytes, removes the temporary file and names the step and path',
    async (step) => {
      const target = path.join(dir, 'plan.cloudsizer.json');
      await writeFile(target, ORIGINAL);
      const error = await atomicWriteFile(target, 'x'.repeat(100_000), failingAt(step)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AtomicWriteError);
      const message = (error as AtomicWriteError).message;
      expect(message).toContain(target);
      expect(message).toContain(`"${step}" step failed`);
      expect(message).toContain('EIO');
      expect(message).toContain('unchanged');
      expect(await readFile(target, 'utf8')).toBe(ORIGINAL);
      expect(await readdir(dir)).toEqual(['plan.cloudsizer.json']);
    },
  );

  it('fails at creating the temporary file when the folder does not exist', async () => {
    const target = path.join(dir, 'missing', 'plan.cloudsizer.json');
    await expect(atomicWriteFile(target, 'x')).rejects.toThrow(
      /"create temporary file" step failed \(ENOENT/,
    );
  });

  it('refuses to replace a folder and leaves it as it was', async () => {
    const target = path.join(dir, 'folder.cloudsizer.json');
    await atomicWriteFile(path.join(dir, 'keep.txt'), 'keep');
    await import('node:fs/promises').then((fs) => fs.mkdir(target));
    await expect(atomicWriteFile(target, 'x')).rejects.toThrow(/"rename" step failed/);
    expect((await readdir(dir)).sort()).toEqual(['folder.cloudsizer.json', 'keep.txt']);
  });

  it('round-trips any bytes (property)', async () => {
    const target = path.join(dir, 'bytes.bin');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await atomicWriteFile(target, bytes);
        expect(new Uint8Array(await readFile(target))).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
    expect(await readdir(dir)).toEqual(['bytes.bin']);
  });
});
