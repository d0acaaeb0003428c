/**
 * Installed snapshots: `<store>/<snapshotId>/` folders and a `<store>/current` pointer file naming the
 * active one. A new snapshot is written to a staging folder, read back and validated by the engine's
 * loader, renamed into place, and only then does the pointer switch (write + rename, both atomic on
 * one file system). Any failure on the way removes the staging folder and leaves `current` untouched.
 */
import * as nodeFs from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot, type PriceSnapshot } from '../../../engine/prices/load-snapshot';

/** The file-system calls the store makes, so tests can inject failures (disk full, rename refused). */
export type StoreFs = {
  mkdir(path: string, opts: { recursive: true }): Promise<unknown>;
  writeFile(path: string, text: string): Promise<void>;
  readFile(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, opts: { recursive: true; force: true }): Promise<void>;
  exists(path: string): Promise<boolean>;
};

export const realFs: StoreFs = {
  mkdir: (path, opts) => nodeFs.mkdir(path, opts),
  writeFile: (path, text) => nodeFs.writeFile(path, text, 'utf8'),
  readFile: (path) => nodeFs.readFile(path, 'utf8'),
  readdir: (path) => nodeFs.readdir(path),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (path, opts) => nodeFs.rm(path, opts),
  exists: (path) =>
    nodeFs.access(path).then(
      () => true,
      () => false,
    ),
};

/** Default store: the user's data folder (the bundled pricing-data/ is read-only in the packaged app). */
export function defaultStoreDir(): string {
  return join(homedir(), '.cloudsizer', 'snapshots');
}

export const POINTER_FILE = 'current';

/** Reads every .json file of a snapshot folder into the name → text map the loader takes. */
export async function readSnapshotFiles(dir: string, fs: StoreFs = realFs): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await fs.readdir(dir)) {
    if (name.endsWith('.json')) files[name] = await fs.readFile(join(dir, name));
  }
  return files;
}

/** The folder of the active snapshot: the store's `current` pointer if set, else the bundled one. */
export async function activeSnapshotDir(
  store: string,
  bundled: string,
  fs: StoreFs = realFs,
): Promise<string> {
  const pointer = join(store, POINTER_FILE);
  if (!(await fs.exists(pointer))) return bundled;
  const id = (await fs.readFile(pointer)).trim();
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`${pointer} does not name a snapshot ("${id}")`);
  const dir = join(store, id);
  if (!(await fs.exists(dir))) throw new Error(`${pointer} names ${id}, but ${dir} does not exist`);
  return dir;
}

export class InstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallError';
  }
}

function failureText(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOSPC') return 'the disk is full (ENOSPC)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${String(code)})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Installs `files` as snapshot `snapshotId` in `store` and makes it current.
 * @returns the loaded (validated) snapshot and its folder
 * @throws InstallError saying which step failed; the previous `current` stays in force
 */
export async function installSnapshot(
  store: string,
  snapshotId: string,
  files: Readonly<Record<string, string>>,
  fs: StoreFs = realFs,
): Promise<{ dir: string; snapshot: PriceSnapshot }> {
  const finalDir = join(store, snapshotId);
  const staging = join(store, `.staging-${snapshotId}`);
  let step = 'create the staging folder';
  try {
    if (await fs.exists(finalDir)) throw new Error(`${finalDir} already exists`);
    await fs.mkdir(store, { recursive: true });
    // an update that was killed (power off, task manager) leaves its staging folder: nothing reads it, remove it
    for (const name of await fs.readdir(store))
      if (name.startsWith('.staging-')) await fs.rm(join(store, name), { recursive: true, force: true });
    await fs.mkdir(staging, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      step = `write ${name}`;
      await fs.writeFile(join(staging, name), text);
    }
    step = 'validate the written snapshot';
    const snapshot = loadSnapshot(await readSnapshotFiles(staging, fs));
    if (snapshot.manifest.snapshotId !== snapshotId) {
      throw new Error(`manifest says ${snapshot.manifest.snapshotId}, expected ${snapshotId}`);
    }
    step = `move the snapshot into ${finalDir}`;
    await fs.rename(staging, finalDir);
    step = 'switch the current pointer';
    const tmpPointer = join(store, `${POINTER_FILE}.tmp`);
    await fs.writeFile(tmpPointer, `${snapshotId}\n`);
    await fs.rename(tmpPointer, join(store, POINTER_FILE));
    return { dir: finalDir, snapshot };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    await fs.rm(join(store, `${POINTER_FILE}.tmp`), { recursive: true, force: true }).catch(() => undefined);
    throw new InstallError(
      `could not ${step}: ${failureText(error)}. Nothing was switched: the current snapshot is unchanged.`,
    );
  }
}
