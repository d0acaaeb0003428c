/**
 * A snapshot folder's files chosen in the browser (manifest.json and its tables) → the engine's loader, which
 * checks every table's SHA-256 and schema. Failures come back as values naming the file, never thrown.
 */
import { loadSnapshot, SnapshotError, type PriceSnapshot } from '../../../engine/prices';
import { readFileText } from '../files/read-file-text';

/** What the loader needs of a browser File. */
export type SnapshotFile = Blob & { name: string };

export type LoadedFiles =
  | { ok: true; snapshot: PriceSnapshot; used: string[]; ignored: string[] }
  | { ok: false; file: string | null; message: string };

/** Base name only: a browser gives "manifest.json", a folder pick may give "snap/manifest.json". */
const baseName = (name: string) => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

export async function loadSnapshotFiles(files: readonly SnapshotFile[]): Promise<LoadedFiles> {
  if (files.length === 0) return { ok: false, file: null, message: 'no file was selected' };
  const texts: Record<string, string> = {};
  const ignored: string[] = [];
  for (const file of files) {
    const name = baseName(file.name);
    if (!name.toLowerCase().endsWith('.json')) {
      ignored.push(name);
      continue;
    }
    if (name in texts) {
      return {
        ok: false,
        file: name,
        message: `"${name}" was selected twice: choose the files of one snapshot`,
      };
    }
    try {
      texts[name] = await readFileText(file);
    } catch (error) {
      return { ok: false, file: name, message: error instanceof Error ? error.message : String(error) };
    }
  }
  let snapshot: PriceSnapshot;
  try {
    snapshot = loadSnapshot(texts);
  } catch (error) {
    if (error instanceof SnapshotError) return { ok: false, file: error.file, message: error.message };
    return { ok: false, file: null, message: error instanceof Error ? error.message : String(error) };
  }
  const listed = new Set(['manifest.json', ...snapshot.manifest.tables.map((t) => t.file)]);
  const names = Object.keys(texts);
  return {
    ok: true,
    snapshot,
    used: names.filter((name) => listed.has(name)),
    ignored: [...ignored, ...names.filter((name) => !listed.has(name))],
  };
}
