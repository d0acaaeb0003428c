import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTextFile } from './read-text-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cloudsizer-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const filePath = path.join(dir, name);
  await writeFile(filePath, bytes);
  return filePath;
}

describe('readTextFile', () => {
  it('returns UTF-8 text and drops a byte-order mark', async () => {
    const filePath = await file(
      'bom.cloudsizer.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"이름":"서울"}')]),
    );
    expect(await readTextFile(filePath)).toEqual({ ok: true, value: '{"이름":"서울"}' });
  });

  it('refuses binary data, naming the byte', async () => {
    const filePath = await file(
      'image.cloudsizer.json',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    );
    expect(await readTextFile(filePath)).toEqual({
      ok: false,
      error: { code: 'not-text', message: `${filePath} is not a text file (binary data at byte 4)` },
    });
  });

  it('refuses text that is not UTF-8 (e.g. a CP949 export)', async () => {
    const cp949 = new Uint8Array([0xbc, 0xad, 0xbf, 0xef]); // "서울" in CP949
    const filePath = await file('cp949.cloudsizer.json', cp949);
    expect(await readTextFile(filePath)).toEqual({
      ok: false,
      error: { code: 'not-text', message: `${filePath} is not UTF-8 text` },
    });
  });

  it('refuses files over the limit before reading them', async () => {
    const filePath = await file('big.cloudsizer.json', 'x'.repeat(2 * 1024 * 1024 + 1));
    const result = await readTextFile(filePath, 2 * 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: `${filePath} is 2.0 MB; CloudSizer opens files up to 2.0 MB` },
    });
  });

  it('says when the file is gone or is a folder', async () => {
    const missing = path.join(dir, 'gone.cloudsizer.json');
    expect(await readTextFile(missing)).toEqual({
      ok: false,
      error: { code: 'not-found', message: `${missing} does not exist (moved or deleted?)` },
    });
    expect(await readTextFile(dir)).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: `${dir} is not a file` },
    });
  });
});
