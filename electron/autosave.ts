/**
 * Autosave of the open workspace in the app's data folder, and crash recovery.
 *
 * A session writes `session.lock` when it starts and deletes it on a clean shutdown. If the next start
 * still finds the lock, the previous session crashed or was killed: its last autosave is moved to
 * `recovery.json`, which the renderer is offered until it discards it. All writes are atomic.
 */
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from './atomic-write';
import type { Recovery } from './ipc-contract';

const autosaveFileSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  text: z.string(),
});

export interface AutosaveSession {
  /** True when the previous session did not shut down cleanly. */
  readonly previousSessionCrashed: boolean;
  write(text: string): Promise<{ savedAt: string }>;
  /** The workspace a crashed session left behind, if any (a corrupt copy counts as none). */
  recover(): Promise<Recovery>;
  discardRecovery(): Promise<void>;
  /** Clean shutdown: synchronous so it can run in `will-quit`. */
  endSync(): void;
}

export function autosavePaths(dir: string) {
  return {
    lock: path.join(dir, 'session.lock'),
    workspace: path.join(dir, 'workspace.json'),
    recovery: path.join(dir, 'recovery.json'),
  };
}

export async function startAutosaveSession(
  dir: string,
  options: { now?: () => Date; pid?: number; onProblem?: (message: string) => void } = {},
): Promise<AutosaveSession> {
  const now = options.now ?? (() => new Date());
  const paths = autosavePaths(dir);
  await mkdir(dir, { recursive: true });
  const previousSessionCrashed = existsSync(paths.lock);
  if (previousSessionCrashed && existsSync(paths.workspace)) {
    await rename(paths.workspace, paths.recovery);
  } else {
    await rm(paths.workspace, { force: true });
  }
  await atomicWriteFile(
    paths.lock,
    JSON.stringify({ pid: options.pid ?? process.pid, startedAt: now().toISOString() }),
  );

  return {
    previousSessionCrashed,
    async write(text) {
      const savedAt = now().toISOString();
      await atomicWriteFile(paths.workspace, JSON.stringify({ version: 1, savedAt, text }));
      return { savedAt };
    },
    async recover() {
      let raw: string;
      try {
        raw = await readFile(paths.recovery, 'utf8');
      } catch {
        return { available: false };
      }
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        options.onProblem?.(`Ignored ${paths.recovery}: not JSON`);
        return { available: false };
      }
      const parsed = autosaveFileSchema.safeParse(data);
      if (!parsed.success) {
        options.onProblem?.(`Ignored ${paths.recovery}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return { available: false };
      }
      return { available: true, text: parsed.data.text, savedAt: parsed.data.savedAt };
    },
    async discardRecovery() {
      await rm(paths.recovery, { force: true });
    },
    endSync() {
      rmSync(paths.workspace, { force: true });
      rmSync(paths.lock, { force: true });
    },
  };
}
