/**
 * The price snapshots the app can use: the bundled one (pricing-data/, read-only) and those installed in
 * the store folder (`<store>/<id>/` + the `current` pointer file, the layout of tools/prices/update).
 * Only ids that name the bundled snapshot or a real folder of the store are ever resolved to a path.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadSnapshot } from '../engine/prices/load-snapshot';
import { manifestSchema } from '../pricing-data/schema';
import { POINTER_FILE } from '../tools/prices/update/snapshot-store';
import { AtomicWriteError, atomicWriteFile } from './atomic-write';
import { fail, ok, type IpcResult } from './ipc-result';
import { SNAPSHOT_ID_PATTERN } from './ipc-schemas';
import type { SnapshotEntry, SnapshotFiles, SnapshotList } from './price-contract';
import type { SnapshotInfo } from './snapshot-info';

/** A snapshot is about 2 MB; this only stops a runaway folder from being sent over IPC. */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
const TABLE_FILE = /^[a-z0-9-]+\.json$/;

export interface PriceStoreDeps {
  storeDir: string;
  /** pricing-data/ of the installed app; null when it was not found (then `bundledLookedIn` says where) */
  bundledDir: string | null;
  bundledLookedIn?: readonly string[];
  /** id and date of the bundled snapshot as known at build time, used when bundledDir is null */
  bundledInfo: SnapshotInfo;
  writeFile?: (filePath: string, text: string) => Promise<void>;
  removeFile?: (filePath: string) => Promise<void>;
}

export interface PriceStore {
  readonly storeDir: string;
  readonly bundledDir: string | null;
  list(): Promise<SnapshotList>;
  read(id: string): Promise<IpcResult<SnapshotFiles>>;
  /** Validates an installed snapshot with the engine's loader, then points `current` at it (bundled: removes it). */
  setActive(id: string): Promise<IpcResult<SnapshotList>>;
}

type Located = { id: string; folder: string; kind: 'bundled' | 'installed' };
type Pointer = { id: string | null; problem: string | null };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;
const nativeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function createPriceStore(deps: PriceStoreDeps): PriceStore {
  const { storeDir, bundledDir } = deps;
  const writeFile = deps.writeFile ?? atomicWriteFile;
  const removeFile = deps.removeFile ?? ((filePath: string) => rm(filePath, { force: true }));
  const pointerPath = path.join(storeDir, POINTER_FILE);

  const bundledEntry = async (): Promise<SnapshotEntry> => {
    const fallbackId = deps.bundledInfo.snapshotId ?? 'bundled';
    if (bundledDir === null) {
      const where = deps.bundledLookedIn?.length ? ` (looked in ${deps.bundledLookedIn.join(', ')})` : '';
      return {
        id: fallbackId,
        date: deps.bundledInfo.snapshotDate,
        kind: 'bundled',
        folder: '',
        active: false,
        problem: `the bundled price tables were not found${where}`,
      };
    }
    const manifest = await readManifest(bundledDir);
    return {
      id: manifest.id ?? fallbackId,
      date: manifest.date,
      kind: 'bundled',
      folder: bundledDir,
      active: false,
      problem: manifest.problem,
    };
  };

  const installedEntries = async (bundledId: string): Promise<SnapshotEntry[]> => {
    let names: { name: string; isDirectory(): boolean }[];
    try {
      names = await readdir(storeDir, { withFileTypes: true });
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: SnapshotEntry[] = [];
    // Symbolic links, files and hidden or staging folders are not snapshots.
    for (const dirent of names) {
      if (!dirent.isDirectory() || !SNAPSHOT_ID_PATTERN.test(dirent.name)) continue;
      const folder = path.join(storeDir, dirent.name);
      const manifest = await readManifest(folder);
      let problem = manifest.problem;
      if (!problem && manifest.id !== dirent.name)
        problem = `manifest.json names snapshot "${manifest.id ?? ''}", not the folder's name "${dirent.name}"`;
      if (dirent.name === bundledId)
        problem = `the folder has the id of the bundled snapshot; rename or remove ${folder}`;
      entries.push({
        id: dirent.name,
        date: manifest.date,
        kind: 'installed',
        folder,
        active: false,
        problem,
      });
    }
    return entries.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id));
  };

  const readPointer = async (installed: readonly SnapshotEntry[]): Promise<Pointer> => {
    let text: string;
    try {
      text = await readFile(pointerPath, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { id: null, problem: null };
      return { id: null, problem: `${pointerPath} could not be read (${messageOf(error)})` };
    }
    const id = text.trim();
    if (!SNAPSHOT_ID_PATTERN.test(id))
      return { id: null, problem: `${pointerPath} does not name a snapshot ("${id.slice(0, 80)}")` };
    if (!installed.some((entry) => entry.id === id))
      return {
        id: null,
        problem: `${pointerPath} names ${id}, but ${path.join(storeDir, id)} does not exist`,
      };
    return { id, problem: null };
  };

  const list = async (): Promise<SnapshotList> => {
    const bundled = await bundledEntry();
    const installed = await installedEntries(bundled.id);
    const pointer = await readPointer(installed);
    const activeId = pointer.id ?? bundled.id;
    const snapshots = [bundled, ...installed].map((entry) => ({
      ...entry,
      active: entry.id === activeId && (entry.kind === 'installed') === (pointer.id !== null),
    }));
    return { storeFolder: storeDir, activeId, snapshots, pointerProblem: pointer.problem };
  };

  const locate = async (id: string): Promise<Located | null> => {
    const { snapshots } = await list();
    const bundled = snapshots[0];
    if (bundled && bundled.id === id)
      return bundled.folder ? { id, folder: bundled.folder, kind: 'bundled' } : null;
    const entry = snapshots.find((s) => s.kind === 'installed' && s.id === id);
    if (!entry) return null;
    // Belt and braces: the id pattern already rules out separators and dots.
    const relative = path.relative(storeDir, entry.folder);
    if (relative !== id) return null;
    return { id, folder: entry.folder, kind: 'installed' };
  };

  const notFound = (id: string) =>
    fail('not-found', `no snapshot "${id}": it is neither the bundled snapshot nor a folder of ${storeDir}`);

  return {
    storeDir,
    bundledDir,
    list,

    async read(id) {
      const located = await locate(id);
      if (!located) return notFound(id);
      try {
        return ok({ id, files: await readTableFiles(located.folder) });
      } catch (error) {
        if (error instanceof TooLargeError) return fail('too-large', error.message);
        return fail('io', `could not read snapshot ${id} from ${located.folder}: ${messageOf(error)}`);
      }
    },

    async setActive(id) {
      const located = await locate(id);
      if (!located) return notFound(id);
      const before = (await list()).activeId;
      if (located.kind === 'bundled') {
        try {
          await removeFile(pointerPath);
        } catch (error) {
          return fail(
            'io',
            `could not remove ${pointerPath} (${messageOf(error)}); the active snapshot is still ${before}`,
          );
        }
        return ok(await list());
      }
      try {
        const snapshot = loadSnapshot(await readTableFiles(located.folder), { sha256: nativeSha256 });
        if (snapshot.manifest.snapshotId !== id)
          throw new Error(`manifest.json names ${snapshot.manifest.snapshotId}, not ${id}`);
      } catch (error) {
        return fail(
          'invalid-argument',
          `snapshot ${id} (${located.folder}) does not validate, so it was not activated: ${messageOf(error)}. The active snapshot is still ${before}.`,
        );
      }
      try {
        await writeFile(pointerPath, `${id}\n`);
      } catch (error) {
        const detail =
          error instanceof AtomicWriteError
            ? error.message
            : `could not write ${pointerPath}: ${messageOf(error)}.`;
        return fail('io', `${detail} The active snapshot is still ${before}.`);
      }
      return ok(await list());
    },
  };
}

class TooLargeError extends Error {}

/** Every `name.json` file of a snapshot folder (manifest and tables), as text. */
async function readTableFiles(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  let total = 0;
  for (const dirent of await readdir(folder, { withFileTypes: true })) {
    if (!dirent.isFile() || !TABLE_FILE.test(dirent.name)) continue;
    const text = await readFile(path.join(folder, dirent.name), 'utf8');
    total += text.length;
    if (total > MAX_SNAPSHOT_BYTES)
      throw new TooLargeError(
        `${folder} holds more than ${MAX_SNAPSHOT_BYTES / (1024 * 1024)} MB of JSON: not a price snapshot`,
      );
    files[dirent.name] = text;
  }
  return files;
}

async function readManifest(
  folder: string,
): Promise<{ id: string | null; date: string | null; problem: string | null }> {
  const file = path.join(folder, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const problem =
      codeOf(error) === 'ENOENT' ? `${file} is missing` : `${file} could not be read (${messageOf(error)})`;
    return { id: null, date: null, problem };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { id: null, date: null, problem: `${file} is not valid JSON (${messageOf(error)})` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    return {
      id: null,
      date: null,
      problem: `${file} is not a price-snapshot manifest (at ${where}: ${issue?.message ?? 'invalid'})`,
    };
  }
  return { id: parsed.data.snapshotId, date: parsed.data.snapshotDate, problem: null };
}
