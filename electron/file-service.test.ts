import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError } from './atomic-write';
import { createFileService, type DialogRequest, type FileServiceDeps } from './file-service';
import { SHELL_LABELS } from './labels';
import { openRecentFilesStore, type RecentFilesStore } from './recent-files';

let dir: string;
let recent: RecentFilesStore;
let openAnswers: (string | null)[];
let saveAnswers: (string | null)[];
let requests: DialogRequest[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cloudsizer-files-'));
  recent = await openRecentFilesStore(path.join(dir, 'recent-files.json'));
  openAnswers = [];
  saveAnswers = [];
  requests = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(overrides: Partial<FileServiceDeps> = {}) {
  return createFileService({
    dialogs: {
      chooseFileToOpen: async (request) => {
        requests.push(request);
        return openAnswers.shift() ?? null;
      },
      chooseSavePath: async (request) => {
        requests.push(request);
        return saveAnswers.shift() ?? null;
      },
    },
    recent,
    labels: () => SHELL_LABELS.ko,
    documentsDir: path.join(dir, 'Documents'),
    ...overrides,
  });
}

const scenario = (name: string) => path.join(dir, name);

describe('open', () => {
  it('opens the chosen scenario, records it as recent and allows saving back to it', async () => {
    await writeFile(scenario('seoul.cloudsizer.json'), '\uFEFF{"name":"서울"}');
    openAnswers.push(scenario('seoul.cloudsizer.json'));
    const files = service();
    expect(await files.open(undefined)).toEqual({
      ok: true,
      value: {
        path: scenario('seoul.cloudsizer.json'),
        name: 'seoul.cloudsizer.json',
        text: '{"name":"서울"}',
      },
    });
    expect(requests[0]).toEqual({
      title: '시나리오 또는 작업 공간 열기',
      defaultPath: path.join(dir, 'Documents'),
      filters: [
        {
          name: 'CloudSizer 시나리오·작업 공간',
          extensions: ['cloudsizer.json', 'json', 'cloudsizer-workspace.json'],
        },
        { name: 'CloudSizer 시나리오', extensions: ['cloudsizer.json', 'json'] },
        { name: 'CloudSizer 작업 공간', extensions: ['cloudsizer-workspace.json', 'json'] },
      ],
    });
    expect(files.recentFiles().map((f) => f.path)).toEqual([scenario('seoul.cloudsizer.json')]);
    expect((await files.save({ path: scenario('seoul.cloudsizer.json'), text: '{"v":2}' })).ok).toBe(true);
    expect(await readFile(scenario('seoul.cloudsizer.json'), 'utf8')).toBe('{"v":2}');
  });

  it('reports a cancelled dialog as canceled', async () => {
    expect(await service().open(undefined)).toEqual({
      ok: false,
      error: { code: 'canceled', message: 'Open was cancelled' },
    });
  });

  it('refuses a file that is neither a scenario nor a workspace', async () => {
    await writeFile(scenario('notes.json'), '{}');
    openAnswers.push(scenario('notes.json'));
    expect(await service().open(undefined)).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: `${scenario('notes.json')} is not a CloudSizer scenario or workspace (*.cloudsizer.json or *.cloudsizer-workspace.json)`,
      },
    });
  });

  it('opens a workspace file, lists it as recent and reopens it from there', async () => {
    const file = scenario('수업.cloudsizer-workspace.json');
    await writeFile(file, '{"workspaceVersion":1}');
    openAnswers.push(file);
    const files = service();
    expect(await files.open(undefined)).toMatchObject({
      ok: true,
      value: { path: file, name: '수업.cloudsizer-workspace.json', text: '{"workspaceVersion":1}' },
    });
    expect(files.recentFiles().map((f) => f.name)).toEqual(['수업.cloudsizer-workspace.json']);
    expect(await service().open({ path: file })).toMatchObject({ ok: true, value: { path: file } });
    expect((await files.save({ path: file, text: '{"workspaceVersion":1,"v":2}' })).ok).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('{"workspaceVersion":1,"v":2}');
  });

  it('reopens a recent file by path, but no other path', async () => {
    await writeFile(scenario('a.cloudsizer.json'), '{}');
    await recent.add(scenario('a.cloudsizer.json'));
    const files = service();
    expect((await files.open({ path: scenario('a.cloudsizer.json') })).ok).toBe(true);
    expect(await files.open({ path: '/etc/shadow.cloudsizer.json' })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    expect(requests).toEqual([]);
  });

  it('drops a recent file that no longer exists', async () => {
    await recent.add(scenario('gone.cloudsizer.json'));
    const files = service();
    expect(await files.open({ path: scenario('gone.cloudsizer.json') })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(files.recentFiles()).toEqual([]);
  });
});

describe('save and save as', () => {
  it('refuses to save to a path the user never chose', async () => {
    const result = await service().save({ path: scenario('x.cloudsizer.json'), text: '{}' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-permitted',
        message: `${scenario('x.cloudsizer.json')} was not opened or chosen in this session; use Save As…`,
      },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to save a scenario under another extension', async () => {
    const result = await service().save({ path: scenario('x.txt'), text: '{}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('saves as the chosen name with .cloudsizer.json added, then allows Save to it', async () => {
    saveAnswers.push(scenario('견적'));
    const files = service();
    const result = await files.saveAs({ text: '{"v":1}', suggestedName: '서울 견적' });
    expect(result).toEqual({
      ok: true,
      value: { path: scenario('견적.cloudsizer.json'), name: '견적.cloudsizer.json' },
    });
    expect(requests[0]).toMatchObject({
      title: '시나리오 저장',
      defaultPath: path.join(dir, 'Documents', '서울 견적.cloudsizer.json'),
    });
    expect(await readFile(scenario('견적.cloudsizer.json'), 'utf8')).toBe('{"v":1}');
    expect((await files.save({ path: scenario('견적.cloudsizer.json'), text: '{"v":2}' })).ok).toBe(true);
    expect(files.recentFiles()[0]?.name).toBe('견적.cloudsizer.json');
  });

  it('saves a workspace under its own ending, with its own title and filter (kind from the name)', async () => {
    saveAnswers.push(scenario('작업 공간.cloudsizer-workspace.json'), scenario('수업'));
    const files = service();
    const first = await files.saveAs({
      text: '{"w":1}',
      suggestedName: '작업 공간.cloudsizer-workspace.json',
    });
    expect(first).toEqual({
      ok: true,
      value: {
        path: scenario('작업 공간.cloudsizer-workspace.json'),
        name: '작업 공간.cloudsizer-workspace.json',
      },
    });
    expect(requests[0]).toEqual({
      title: '작업 공간 저장',
      defaultPath: path.join(dir, 'Documents', '작업 공간.cloudsizer-workspace.json'),
      filters: [{ name: 'CloudSizer 작업 공간', extensions: ['cloudsizer-workspace.json', 'json'] }],
    });
    // a typed name without an ending gets the workspace one
    const second = await files.saveAs({ text: '{"w":2}', kind: 'workspace' });
    expect(second).toMatchObject({ ok: true, value: { path: scenario('수업.cloudsizer-workspace.json') } });
    expect(requests[1]?.defaultPath).toBe(path.join(dir, '제목 없음.cloudsizer-workspace.json'));
    expect((await readdir(dir)).sort()).toEqual(
      ['recent-files.json', '수업.cloudsizer-workspace.json', '작업 공간.cloudsizer-workspace.json'].sort(),
    );
    expect(files.recentFiles().map((f) => f.name)).toEqual([
      '수업.cloudsizer-workspace.json',
      '작업 공간.cloudsizer-workspace.json',
    ]);
    expect((await files.save({ path: scenario('수업.cloudsizer-workspace.json'), text: '{}' })).ok).toBe(
      true,
    );
  });

  it('suggests 제목 없음 (untitled) in the last folder used', async () => {
    saveAnswers.push(scenario('a.cloudsizer.json'), null);
    const files = service();
    await files.saveAs({ text: '{}' });
    await files.saveAs({ text: '{}' });
    expect(requests[1]?.defaultPath).toBe(path.join(dir, '제목 없음.cloudsizer.json'));
  });

  it('a failed write keeps the previous file and says which step failed', async () => {
    await writeFile(scenario('a.cloudsizer.json'), 'previous');
    openAnswers.push(scenario('a.cloudsizer.json'));
    const files = service({
      writeFile: async (target) => {
        throw new AtomicWriteError(
          target,
          'fsync',
          Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }),
        );
      },
    });
    await files.open(undefined);
    const result = await files.save({ path: scenario('a.cloudsizer.json'), text: 'new' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        message:
          `Could not save ${scenario('a.cloudsizer.json')}: the "fsync" step failed ` +
          '(ENOSPC: no space left on device). The previous file, if any, is unchanged.',
      },
    });
    expect(await readFile(scenario('a.cloudsizer.json'), 'utf8')).toBe('previous');
  });
});

describe('CSV export and PDF', () => {
  it('writes the CSV text byte for byte (BOM included) under a .csv name', async () => {
    saveAnswers.push(scenario('estimate'));
    const result = await service().exportCsv({ text: '\uFEFF항목,월 비용(USD)\r\nm5.large,70.08\r\n' });
    expect(result).toEqual({ ok: true, value: { path: scenario('estimate.csv'), name: 'estimate.csv' } });
    const bytes = await readFile(scenario('estimate.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('항목,월 비용(USD)\r\nm5.large,70.08\r\n');
    expect(requests[0]).toMatchObject({
      title: 'CSV로 내보내기',
      defaultPath: path.join(dir, 'Documents', 'cloudsizer-estimate.csv'),
      filters: [{ name: 'CSV (쉼표로 구분)', extensions: ['csv'] }],
    });
  });

  it('renders the PDF only after a path was chosen', async () => {
    let rendered = 0;
    const render = async () => {
      rendered++;
      return new TextEncoder().encode('%PDF-1.7');
    };
    const files = service();
    expect(await files.savePdf(render)).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(rendered).toBe(0);
    saveAnswers.push(scenario('report'));
    expect(await files.savePdf(render, '서울 견적')).toEqual({
      ok: true,
      value: { path: scenario('report.pdf'), name: 'report.pdf' },
    });
    expect(await readFile(scenario('report.pdf'), 'utf8')).toBe('%PDF-1.7');
  });

  it('reports a PDF rendering failure', async () => {
    saveAnswers.push(scenario('report.pdf'));
    const result = await service().savePdf(async () => {
      throw new Error('renderer crashed');
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: 'Could not render the PDF: renderer crashed' },
    });
  });
});
