/** Smoke test of main.ts wiring against a fake Electron (the real binary is not installed here). */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from './ipc-schemas';
import { APP_ENTRY_URL } from './security';

const fake = vi.hoisted(() => {
  const state = {
    root: '',
    handlers: new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>(),
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[]; titles: string[] }[],
    menus: [] as unknown[],
    appEvents: new Map<string, ((...args: unknown[]) => void)[]>(),
    errors: [] as string[],
    sandboxEnabled: false,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    record: { options: Record<string, unknown>; loaded: string[]; titles: string[] };
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], titles: [] };
      fake.windows.push(this.record);
    }
    static getAllWindows = () => fake.windows;
    once() {}
    on() {}
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
    setTitle(title: string) {
      this.record.titles.push(title);
    }
    setDocumentEdited() {}
  }
  const app = {
    enableSandbox: () => (fake.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    exit: vi.fn(),
    on: (name: string, listener: (...args: unknown[]) => void) =>
      fake.appEvents.set(name, [...(fake.appEvents.get(name) ?? []), listener]),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => path.join(fake.root, name),
    getAppPath: () => path.join(fake.root, 'app'),
    getVersion: () => '0.1.0',
    getName: () => 'CloudSizer',
  };
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (_title: string, message: string) => fake.errors.push(message),
      showMessageBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => 1),
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, arg: unknown) => Promise<unknown>) =>
        fake.handlers.set(channel, h),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
      handle: (scheme: string, h: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, h),
    },
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
    webContents: { fromId: () => null },
  };
});

const appPage = (senderId = 1) => ({ senderFrame: { url: APP_ENTRY_URL }, sender: { id: senderId } });

beforeAll(async () => {
  fake.root = await mkdtemp(path.join(tmpdir(), 'cloudsizer-main-'));
  await mkdir(path.join(fake.root, 'app', 'dist', 'renderer'), { recursive: true });
  await writeFile(
    path.join(fake.root, 'app', 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>CloudSizer</title>',
  );
  await import('./main');
  await vi.waitFor(() => expect(fake.windows[0]?.loaded).toEqual([APP_ENTRY_URL]));
});
afterAll(async () => {
  await rm(fake.root, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('starts without errors: sandbox on, app:// privileged and served, one secure window', async () => {
    expect(fake.errors).toEqual([]);
    expect(fake.sandboxEnabled).toBe(true);
    expect(fake.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    const served = await fake.protocolHandlers.get('app')?.(new Request('app://cloudsizer/'));
    expect(await served?.text()).toContain('<title>CloudSizer</title>');
    expect(served?.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options).toMatchObject({
      width: 1280,
      height: 820,
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(String((fake.windows[0]?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload\.cjs$/,
    );
    expect(fake.appEvents.has('web-contents-created')).toBe(true);
    expect(fake.appEvents.has('second-instance')).toBe(true);
    expect(fake.menus.length).toBeGreaterThan(0);
  });

  it('registers every IPC channel, answers the app page and refuses others', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    const info = (await fake.handlers.get('app:info')?.(appPage(), undefined)) as {
      ok: boolean;
      value: Record<string, unknown>;
    };
    const manifest = JSON.parse(
      await readFile(new URL('../pricing-data/manifest.json', import.meta.url), 'utf8'),
    ) as {
      snapshotDate: string;
    };
    expect(info).toMatchObject({
      ok: true,
      value: { name: 'CloudSizer', version: '0.1.0', language: 'ko', snapshotDate: manifest.snapshotDate },
    });
    const evil = await fake.handlers.get('app:info')?.(
      { senderFrame: { url: 'https://evil.example/' }, sender: { id: 9 } },
      undefined,
    );
    expect(evil).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
  });

  it('switches the menu language and sets the window title', async () => {
    const menusBefore = fake.menus.length;
    await fake.handlers.get('app:setLanguage')?.(appPage(), { language: 'en' });
    expect(fake.menus.length).toBe(menusBefore + 1);
    expect((fake.menus.at(-1) as { label: string }[]).map((m) => m.label)).toContain('&File');
    await fake.handlers.get('app:setDocumentState')?.(appPage(), { title: '서울 견적', dirty: true });
    expect(fake.windows[0]?.titles.at(-1)).toBe('• 서울 견적 — CloudSizer');
  });

  it('autosaves into the app data folder and marks the session as running', async () => {
    const result = await fake.handlers.get('autosave:write')?.(appPage(), { text: '{"v":1}' });
    expect(result).toMatchObject({ ok: true });
    const saved = JSON.parse(
      await readFile(path.join(fake.root, 'userData', 'autosave', 'workspace.json'), 'utf8'),
    ) as {
      text: string;
    };
    expect(saved.text).toBe('{"v":1}');
    await expect(
      readFile(path.join(fake.root, 'userData', 'autosave', 'session.lock'), 'utf8'),
    ).resolves.toContain('startedAt');
  });
});
