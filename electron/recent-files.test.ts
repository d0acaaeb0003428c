import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_FILES,
  addRecentFile,
  openRecentFilesStore,
  parseRecentFiles,
  samePath,
  serializeRecentFiles,
} from './recent-files';

const at = (minute: number) => new Date(Date.UTC(2026, 6, 20, 9, minute));

describe('recent-files list', () => {
  it('puts the latest file first, without duplicates, at most 10', () => {
    let files = addRecentFile([], '/home/kim/a.cloudsizer.json', at(0));
    files = addRecentFile(files, '/home/kim/b.cloudsizer.json', at(1));
    files = addRecentFile(files, '/home/kim/a.cloudsizer.json', at(2));
    expect(files).toEqual([
      { path: '/home/kim/a.cloudsizer.json', name: 'a.cloudsizer.json', usedAt: '2026-07-20T09:02:00.000Z' },
      { path: '/home/kim/b.cloudsizer.json', name: 'b.cloudsizer.json', usedAt: '2026-07-20T09:01:00.000Z' },
    ]);
    for (let i = 0; i < 15; i++) files = addRecentFile(files, `/home/kim/${i}.cloudsizer.json`, at(10 + i));
    expect(files).toHaveLength(MAX_RECENT_FILES);
    expect(files[0]?.name).toBe('14.cloudsizer.json');
    expect(files[9]?.name).toBe('5.cloudsizer.json');
  });

  it('treats paths case-insensitively on Windows and macOS only', () => {
    expect(samePath('C:\\Plans\\A.cloudsizer.json', 'c:\\plans\\a.cloudsizer.json', 'win32')).toBe(true);
    expect(samePath('/Users/kim/A.cloudsizer.json', '/Users/kim/a.cloudsizer.json', 'darwin')).toBe(true);
    expect(samePath('/home/kim/A.cloudsizer.json', '/home/kim/a.cloudsizer.json', 'linux')).toBe(false);
  });

  it('round-trips through its JSON file', () => {
    const files = addRecentFile([], 'C:\\Users\\김\\서울.cloudsizer.json', at(5));
    expect(parseRecentFiles(serializeRecentFiles(files))).toEqual({ files, problem: null });
  });

  it('reads a corrupt or foreign file as an empty list and says why', () => {
    expect(parseRecentFiles('{"version":1,"files":[')).toMatchObject({
      files: [],
      problem: expect.stringMatching(/^not JSON/),
    });
    expect(parseRecentFiles('{"version":2,"files":[]}')).toMatchObject({
      files: [],
      problem: expect.any(String),
    });
    expect(
      parseRecentFiles('{"version":1,"files":[{"path":"relative.json","usedAt":"2026-07-20T09:00:00Z"}]}'),
    ).toEqual({
      files: [],
      problem: 'must be an absolute path',
    });
    expect(parseRecentFiles('[]').files).toEqual([]);
  });
});

describe('openRecentFilesStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cloudsizer-recent-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('persists additions and removals, and survives a corrupt file', async () => {
    const storePath = path.join(dir, 'recent-files.json');
    await writeFile(storePath, '\u0000\u0001garbage');
    const problems: string[] = [];
    let changes = 0;
    const store = await openRecentFilesStore(storePath, {
      now: () => at(30),
      onProblem: (m) => problems.push(m),
      onChange: () => changes++,
    });
    expect(store.list()).toEqual([]);
    expect(problems).toEqual([expect.stringContaining(`Ignored ${storePath}: not JSON`)]);

    await store.add('/home/kim/a.cloudsizer.json');
    await store.add('/home/kim/b.cloudsizer.json');
    await store.remove('/home/kim/a.cloudsizer.json');
    expect(changes).toBe(3);
    const reopened = await openRecentFilesStore(storePath);
    expect(reopened.list().map((f) => f.path)).toEqual(['/home/kim/b.cloudsizer.json']);
    expect(reopened.has('/home/kim/b.cloudsizer.json')).toBe(true);
    await reopened.clear();
    expect(JSON.parse(await readFile(storePath, 'utf8'))).toEqual({ version: 1, files: [] });
  });

  it('starts empty without complaint when there is no file yet', async () => {
    const problems: string[] = [];
    const store = await openRecentFilesStore(path.join(dir, 'none.json'), {
      onProblem: (m) => problems.push(m),
    });
    expect(store.list()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
