/**
 * Atomic replace of a file: write a temporary file in the same folder, fsync it, rename it over the
 * target, fsync the folder. Any failure removes the temporary file and leaves the old file untouched;
 * the error names the step that failed and the path.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface WritableHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls atomic writes make; tests inject failures through this. */
export interface AtomicFs {
  open(filePath: string, flags: 'wx' | 'r', mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (filePath, flags, mode) => open(filePath, flags, mode),
  rename,
  unlink,
};

export type AtomicWriteStep = 'create temporary file' | 'write' | 'fsync' | 'close' | 'rename';

export class AtomicWriteError extends Error {
  constructor(
    readonly targetPath: string,
    readonly step: AtomicWriteStep,
    override readonly cause: unknown,
  ) {
    super(
      `Could not save ${targetPath}: the "${step}" step failed (${describeCause(cause)}). ` +
        'The previous file, if any, is unchanged.',
    );
    this.name = 'AtomicWriteError';
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code && !cause.message.startsWith(code) ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}

export function temporaryPathFor(targetPath: string): string {
  const dir = path.dirname(targetPath);
  return path.join(dir, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function atomicWriteFile(
  targetPath: string,
  data: string | Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const tempPath = temporaryPathFor(targetPath);
  let step: AtomicWriteStep = 'create temporary file';
  let handle: WritableHandle | null = null;
  let tempCreated = false;
  try {
    handle = await fs.open(tempPath, 'wx', 0o644);
    tempCreated = true;
    step = 'write';
    await handle.writeFile(bytes);
    step = 'fsync';
    await handle.sync();
    step = 'close';
    const closing = handle;
    handle = null;
    await closing.close();
    step = 'rename';
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (tempCreated) await fs.unlink(tempPath).catch(() => undefined);
    throw new AtomicWriteError(targetPath, step, error);
  }
  await syncDirectory(path.dirname(targetPath), fs);
}

/** Makes the rename durable. Windows cannot open folders, so there (and wherever it is refused) it is skipped. */
async function syncDirectory(dir: string, fs: AtomicFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is already renamed into place; a folder that cannot be fsynced is not a failed save.
  }
}
