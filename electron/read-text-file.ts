/** Reads a user's file as UTF-8 text, refusing folders, files over the size limit and binary data. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_TEXT_BYTES, formatMegabytes } from './file-rules';
import { fail, ok, type IpcResult } from './ipc-result';

export async function readTextFile(filePath: string, maxBytes = MAX_TEXT_BYTES): Promise<IpcResult<string>> {
  let bytes: Uint8Array;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return fail('invalid-argument', `${filePath} is not a file`);
    if (info.size > maxBytes) {
      return fail(
        'too-large',
        `${filePath} is ${formatMegabytes(info.size)}; CloudSizer opens files up to ${formatMegabytes(maxBytes)}`,
      );
    }
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', `${filePath} does not exist (moved or deleted?)`);
    return fail(
      'io',
      `Could not read ${filePath}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return decodeText(bytes, filePath);
}

export function decodeText(bytes: Uint8Array, filePath: string): IpcResult<string> {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('not-text', `${filePath} is not a text file (binary data at byte ${nul})`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return ok(text);
  } catch {
    return fail('not-text', `${filePath} is not UTF-8 text`);
  }
}
