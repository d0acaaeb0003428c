/**
 * The prices:* channels through main.ts against a fake Electron: the app folder holds a copy of the
 * bundled pricing-data/, the store is `<userData>/snapshots`, the folder dialog picks a folder of
 * Price List files, and progress events are captured where main sends them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSnapshot } from '../engine/prices/load-snapshot';
import type { SnapshotFiles, SnapshotList, UpdateOutcome } from './price-contract';
import {
  BUNDLED_DIR,
  BUNDLED_ID,
  SEOUL_EC2_PATH,
  installCopy,
  storeState,
  writeOfferFolder,
} from './price-test-fixtures';
import { PRICE_PROGRESS_CHANNEL, type PriceUpdateProgress } from './price-update-progress';
import { APP_ENTRY_URL } from './security';

const fake = vi.hoisted(() => ({
  root: '',
  offers: '',
  handlers: new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>(),
  sent: [] as { senderId: number; channel: string; payload: unknown }[],
  dialogs: [] as Record<string, unknown>[],
  onSend: undefined as ((payload: unknown) => void) | undefined,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn() };
    static getAllWindows = () => [];
    once() {}
    on() {}
    async loadURL() {}
    setTitle() {}
    setDocumentEdited() {}
  }
  return {
    app: {
      enableSandbox: () => undefined,
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      exit: vi.fn(),
      on: () => undefined,
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => path.join(fake.root, name),
      getAppPath: () => path.join(fake.root, 'app'),
      getVersion: () => '0.1.0',
      getName: () => 'CloudSizer',
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (_title: string, message: string) => {
        throw new Error(message);
      },
      showMessageBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => 1),
      showOpenDialog: async (_win: unknown, options: Record<string, unknown>) => {
        fake.dialogs.push(options);
        return { canceled: false, filePaths: [fake.offers] };
      },
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, arg: unknown) => Promise<unknown>) =>
        fake.handlers.set(channel, h),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    webContents: {
      fromId: (senderId: number) => ({
        isDestroyed: () => false,
        send: (channel: string, payload: unknown) => {
          fake.sent.push({ senderId, channel, payload });
          fake.onSend?.(payload);
        },
      }),
    },
  };
});

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
async function call<T>(channel: string, arg?: unknown): Promise<Result<T>> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  return (await handler({ senderFrame: { url: APP_ENTRY_URL }, sender: { id: 3 } }, arg)) as Result<T>;
}
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const progressOf = (jobId: string) =>
  fake.sent
    .filter((s) => s.channel === PRICE_PROGRESS_CHANNEL && (s.payload as PriceUpdateProgress).jobId === jobId)
    .map((s) => s.payload as PriceUpdateProgress);
const store = () => path.join(fake.root, 'userData', 'snapshots');

beforeAll(async () => {
  fake.root = mkdtempSync(path.join(tmpdir(), 'cloudsizer-main-prices-'));
  cpSync(BUNDLED_DIR, path.join(fake.root, 'app', 'pricing-data'), { recursive: true });
  fake.offers = path.join(fake.root, 'Downloads', 'aws-offers');
  mkdirSync(fake.offers, { recursive: true });
  mkdirSync(path.join(fake.root, 'app', 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    path.join(fake.root, 'app', 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>CloudSizer</title>',
  );
  await writeOfferFolder(fake.offers);
  await import('./main');
  await vi.waitFor(() => expect(fake.handlers.has('prices:listSnapshots')).toBe(true));
});
afterAll(() => rmSync(fake.root, { recursive: true, force: true }));

describe('prices:* through main', () => {
  it('lists the bundled snapshot from the app folder, active, with the store in the app data folder', async () => {
    expect(value(await call<SnapshotList>('prices:listSnapshots'))).toEqual({
      storeFolder: store(),
      activeId: BUNDLED_ID,
      pointerProblem: null,
      snapshots: [
        {
          id: BUNDLED_ID,
          date: '2026-11-21',
          kind: 'bundled',
          folder: path.join(fake.root, 'app', 'pricing-data'),
          active: true,
          problem: null,
        },
      ],
    });
  });

  it('reads the bundled snapshot for the engine and refuses ids that try to leave the store', async () => {
    const read = value(await call<SnapshotFiles>('prices:readSnapshot', { id: BUNDLED_ID }));
    expect(loadSnapshot(read.files).manifest.snapshotId).toBe(BUNDLED_ID);
    for (const id of ['..', '../app/pricing-data', '/etc', '..\\..']) {
      expect((await call('prices:readSnapshot', { id })) as Result<never>).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(await call('prices:readSnapshot', { id: 'current' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('runs an update from a chosen folder, pushes progress to the calling page, and activates the result', async () => {
    expect(
      await call('prices:startUpdate', { regions: ['ap-northeast-2'], fromDir: fake.offers }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    expect(value(await call<{ path: string }>('prices:chooseFolder'))).toEqual({ path: fake.offers });
    expect(fake.dialogs.at(-1)).toMatchObject({
      properties: ['openDirectory'],
      defaultPath: path.join(fake.root, 'downloads'),
      title: '내려받은 AWS 가격표(Price List) 파일이 있는 폴더 선택',
    });

    const { jobId } = value(
      await call<{ jobId: string }>('prices:startUpdate', {
        regions: ['ap-northeast-2'],
        services: ['ec2'],
        fromDir: fake.offers,
      }),
    );
    await vi.waitFor(() => expect(progressOf(jobId).at(-1)?.phase).toBe('done'), { timeout: 20_000 });
    const events = progressOf(jobId);
    expect(fake.sent.every((s) => s.senderId === 3)).toBe(true);
    expect(events.map((e) => e.phase)).toContain('installing');
    expect(events.some((e) => e.file === SEOUL_EC2_PATH && e.products > 0)).toBe(true);
    const newId = events.at(-1)?.snapshotId ?? '';
    expect(newId).toMatch(/^aws-update-\d{8}-\d{6}$/);

    const list = value(await call<SnapshotList>('prices:listSnapshots'));
    expect(list.activeId).toBe(newId);
    expect(list.snapshots.map((s) => [s.id, s.kind, s.active])).toEqual([
      [BUNDLED_ID, 'bundled', false],
      [newId, 'installed', true],
    ]);
    const files = value(await call<SnapshotFiles>('prices:readSnapshot', { id: newId })).files;
    expect(Object.keys(loadSnapshot(files).onDemand.regions['ap-northeast-2'] ?? {}).sort()).toEqual([
      'c5.xlarge',
      'm5.large',
      't3.micro',
    ]);
  });

  it('cancels an update from the page: the answer says what happened and current is unchanged', async () => {
    const before = storeState(store());
    const activeBefore = value(await call<SnapshotList>('prices:listSnapshots')).activeId;
    let cancelled: Promise<Result<UpdateOutcome>> | undefined;
    let jobId = '';
    fake.onSend = (payload) => {
      const event = payload as PriceUpdateProgress;
      if (!cancelled && event.jobId === jobId && event.phase === 'reading' && event.file === SEOUL_EC2_PATH) {
        cancelled = call<UpdateOutcome>('prices:cancelUpdate', { jobId });
      }
    };
    jobId = value(
      await call<{ jobId: string }>('prices:startUpdate', {
        regions: ['ap-northeast-2'],
        services: ['ec2'],
        fromDir: fake.offers,
      }),
    ).jobId;
    await vi.waitFor(() => expect(cancelled).toBeDefined(), { timeout: 20_000 });
    const outcome = value(await (cancelled as Promise<Result<UpdateOutcome>>));
    fake.onSend = undefined;
    expect(outcome).toEqual({
      jobId,
      outcome: 'canceled',
      snapshotId: null,
      activeId: activeBefore,
      message: `canceled while reading ${SEOUL_EC2_PATH} (canceled by the user); nothing was installed and the active snapshot is still ${activeBefore}`,
      detail: 'canceled by the user',
    });
    expect(progressOf(jobId).at(-1)?.phase).toBe('canceled');
    expect(storeState(store())).toEqual(before);
  });

  it('refuses to activate a corrupted snapshot, then switches back to the bundled one', async () => {
    const activeBefore = value(await call<SnapshotList>('prices:listSnapshots')).activeId;
    installCopy(store(), 'hand-edited', '2026-12-01', (name, text) =>
      name === 'ebs.json' ? text.replace(/"(\d+\.\d+)"/, '"9$1"') : text,
    );
    const refused = await call('prices:setActive', { id: 'hand-edited' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: expect.stringContaining('price snapshot: ebs.json: sha256 mismatch'),
      },
    });
    expect(readFileSync(path.join(store(), 'current'), 'utf8').trim()).toBe(activeBefore);

    const back = value(await call<SnapshotList>('prices:setActive', { id: BUNDLED_ID }));
    expect(back.activeId).toBe(BUNDLED_ID);
    expect(back.snapshots.find((s) => s.active)?.kind).toBe('bundled');
  });
});
