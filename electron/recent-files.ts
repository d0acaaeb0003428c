/**
 * The recent-files list (most recent first, at most 10), persisted as JSON in the app's data folder.
 * A missing or corrupt file yields an empty list, never a crash.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { atomicWriteFile } from './atomic-write';
import { fileNameOf, isAbsolutePath } from './file-rules';
import type { RecentFile } from './ipc-contract';

export const MAX_RECENT_FILES = 10;

const recentFilesFileSchema = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      path: z.string().min(1).refine(isAbsolutePath, 'must be an absolute path'),
      usedAt: z.iso.datetime(),
    }),
  ),
});

export interface LoadedRecentFiles {
  files: RecentFile[];
  /** Why the stored list was ignored, when it was. */
  problem: string | null;
}

export function parseRecentFiles(json: string): LoadedRecentFiles {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { files: [], problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = recentFilesFileSchema.safeParse(data);
  if (!parsed.success) return { files: [], problem: parsed.error.issues[0]?.message ?? 'invalid' };
  const files = dedupe(
    parsed.data.files.map((f) => ({ path: f.path, name: fileNameOf(f.path), usedAt: f.usedAt })),
  );
  return { files: files.slice(0, MAX_RECENT_FILES), problem: null };
}

export function serializeRecentFiles(files: readonly RecentFile[]): string {
  return `${JSON.stringify({ version: 1, files: files.map(({ path, usedAt }) => ({ path, usedAt })) }, null, 2)}\n`;
}

/** Moves `path` to the front (or adds it), keeping at most MAX_RECENT_FILES. */
export function addRecentFile(files: readonly RecentFile[], path: string, usedAt: Date): RecentFile[] {
  const entry: RecentFile = { path, name: fileNameOf(path), usedAt: usedAt.toISOString() };
  return dedupe([entry, ...files]).slice(0, MAX_RECENT_FILES);
}

export function removeRecentFile(files: readonly RecentFile[], path: string): RecentFile[] {
  return files.filter((f) => !samePath(f.path, path));
}

function dedupe(files: readonly RecentFile[]): RecentFile[] {
  const out: RecentFile[] = [];
  for (const file of files) if (!out.some((f) => samePath(f.path, file.path))) out.push(file);
  return out;
}

/** Windows and macOS file systems are case-insensitive by default; Linux is not. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export interface RecentFilesStore {
  list(): RecentFile[];
  has(path: string): boolean;
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
}

export async function openRecentFilesStore(
  storePath: string,
  options: { now?: () => Date; onProblem?: (message: string) => void; onChange?: () => void } = {},
): Promise<RecentFilesStore> {
  const now = options.now ?? (() => new Date());
  let files: RecentFile[] = [];
  try {
    const loaded = parseRecentFiles(await readFile(storePath, 'utf8'));
    files = loaded.files;
    if (loaded.problem) options.onProblem?.(`Ignored ${storePath}: ${loaded.problem}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      options.onProblem?.(
        `Could not read ${storePath}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const persist = async (next: RecentFile[]) => {
    files = next;
    options.onChange?.();
    await atomicWriteFile(storePath, serializeRecentFiles(files));
  };
  return {
    list: () => [...files],
    has: (path) => files.some((f) => samePath(f.path, path)),
    add: (path) => persist(addRecentFile(files, path, now())),
    remove: (path) => persist(removeRecentFile(files, path)),
    clear: () => persist([]),
  };
}
