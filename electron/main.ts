/**
 * Electron main process: wiring only. Decisions live in security.ts, file-service.ts, autosave.ts,
 * recent-files.ts, window-state.ts and menu.ts.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, webContents } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createAppProtocolHandler, pickRendererRoot, rendererRootCandidates } from './app-protocol';
import { startAutosaveSession } from './autosave';
import { bundledPricingCandidates, pickBundledPricingDir } from './bundled-pricing-dir';
import { electronDialogs } from './electron-dialogs';
import { electronFolderDialog } from './electron-folder-dialog';
import { createFileService } from './file-service';
import { createIpcHandlers } from './ipc-dispatch';
import { createIpcImplementations } from './ipc-implementations';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL, type Language, type MenuCommand } from './ipc-schemas';
import { SHELL_LABELS } from './labels';
import { buildMenuTemplate } from './menu';
import { createPriceIpcImplementations } from './price-ipc';
import { PRICE_LABELS } from './price-labels';
import { createPriceStore } from './price-store';
import { PRICE_PROGRESS_CHANNEL } from './price-update-progress';
import { createPriceUpdateJobs } from './price-update-jobs';
import { aboutText, pdfOptions } from './print-options';
import { openRecentFilesStore } from './recent-files';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  contentSecurityPolicy,
  inlineScriptHashes,
  createSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  secureWebPreferences,
} from './security';
import { BUNDLED_SNAPSHOT } from './snapshot-info';
import { MIN_SIZE, fitToDisplays, loadWindowState, saveWindowState } from './window-state';

const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  main().catch((error: unknown) => {
    dialog.showErrorBox(
      'CloudSizer',
      `CloudSizer could not start:\n${error instanceof Error ? error.stack : String(error)}`,
    );
    app.exit(1);
  });
} else {
  app.quit();
}

function logProblem(message: string): void {
  console.warn(`[cloudsizer] ${message}`);
}

async function main(): Promise<void> {
  const rendererRoot = pickRendererRoot(rendererRootCandidates(__dirname, app.getAppPath()), existsSync);
  const policy = createSecurityPolicy(
    devServerUrl,
    rendererRoot ? inlineScriptHashes(readFileSync(path.join(rendererRoot, 'index.html'), 'utf8')) : [],
  );
  let language: Language = 'ko';
  let mainWindow: BrowserWindow | null = null;
  let documentDirty = false;
  const pendingWrites = new Set<Promise<unknown>>();
  const track = (write: Promise<unknown>) => {
    pendingWrites.add(write);
    void write.catch(logProblem).finally(() => pendingWrites.delete(write));
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (pendingWrites.size === 0) return;
    event.preventDefault();
    void Promise.allSettled([...pendingWrites]).then(() => app.quit());
  });

  await app.whenReady();
  hardenSession(session.defaultSession, policy);

  if (rendererRoot)
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, contentSecurityPolicy(policy)));
  else if (!devServerUrl) throw new Error(`The built renderer (index.html) was not found near ${__dirname}`);

  const userData = app.getPath('userData');
  const autosave = await startAutosaveSession(path.join(userData, 'autosave'), { onProblem: logProblem });
  app.on('will-quit', () => autosave.endSync());

  const refreshMenu = () => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          language,
          platform: process.platform,
          recentFiles: recent.list(),
          isDev: devServerUrl !== undefined,
          send: (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
          showAbout: () => void showAbout(),
          clearRecent: () => void recent.clear().catch(logProblem),
        }),
      ),
    );
  };
  const recent = await openRecentFilesStore(path.join(userData, 'recent-files.json'), {
    onProblem: logProblem,
    onChange: () => refreshMenu(),
  });
  const files = createFileService({
    dialogs: electronDialogs(() => mainWindow),
    recent,
    labels: () => SHELL_LABELS[language],
    documentsDir: app.getPath('documents'),
    onProblem: logProblem,
  });

  const showAbout = async () => {
    const text = aboutText(language, app.getVersion(), BUNDLED_SNAPSHOT);
    const options = {
      type: 'info' as const,
      title: text.title,
      message: text.message,
      detail: text.detail,
      buttons: [text.ok],
    };
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  };

  const implementations = createIpcImplementations({
    files,
    autosave,
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      ...BUNDLED_SNAPSHOT,
      platform: process.platform,
    }),
    getLanguage: () => language,
    setLanguage: (next) => {
      language = next;
      refreshMenu();
    },
    setDocumentState: ({ title, dirty }) => {
      documentDirty = dirty;
      if (!mainWindow) return;
      const name = title.trim().slice(0, 200) || SHELL_LABELS[language].dialogs.untitled;
      mainWindow.setTitle(`${dirty ? '• ' : ''}${name} — CloudSizer`);
      if (process.platform === 'darwin') mainWindow.setDocumentEdited(dirty);
    },
    renderPdf: (senderId, request) => {
      const contents = webContents.fromId(senderId);
      if (!contents || contents.isDestroyed()) return null;
      return async () =>
        new Uint8Array(await contents.printToPDF(pdfOptions(language, BUNDLED_SNAPSHOT, request)));
    },
    onProblem: logProblem,
  });
  const bundledCandidates = bundledPricingCandidates(app.getAppPath(), __dirname, process.resourcesPath);
  const bundledDir = pickBundledPricingDir(bundledCandidates, existsSync);
  const storeDir = path.join(userData, 'snapshots');
  const priceStore = createPriceStore({
    storeDir,
    bundledDir,
    bundledLookedIn: bundledCandidates,
    bundledInfo: BUNDLED_SNAPSHOT,
  });
  const priceJobs = createPriceUpdateJobs({
    storeDir,
    bundledDir,
    activeId: async () => (await priceStore.list()).activeId,
    send: (senderId, event) => {
      const contents = webContents.fromId(senderId);
      if (contents && !contents.isDestroyed()) contents.send(PRICE_PROGRESS_CHANNEL, event);
    },
  });
  app.on('before-quit', (event) => {
    const running = priceJobs.running();
    if (!running) return;
    event.preventDefault();
    void priceJobs.cancel(running).finally(() => app.quit());
  });
  const priceImplementations = createPriceIpcImplementations({
    store: priceStore,
    jobs: priceJobs,
    dialog: electronFolderDialog(() => mainWindow),
    labels: () => PRICE_LABELS[language],
    defaultFolder: app.getPath('downloads'),
  });
  const handlers = createIpcHandlers({ ...implementations, ...priceImplementations }, (url) =>
    isTrustedSender(url, policy),
  );
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, arg: unknown) =>
      handlers[channel](arg, { senderUrl: event.senderFrame?.url ?? '', senderId: event.sender.id }),
    );
  }

  const createMainWindow = async () => {
    const statePath = path.join(userData, 'window-state.json');
    const saved = await loadWindowState(statePath);
    const bounds = fitToDisplays(
      saved?.bounds ?? null,
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const win = new BrowserWindow({
      ...bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: 'CloudSizer',
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
    });
    mainWindow = win;
    win.once('ready-to-show', () => {
      if (saved?.maximized) win.maximize();
      win.show();
    });
    win.on('page-title-updated', (event) => event.preventDefault());
    win.on('close', (event) => {
      if (documentDirty && !confirmDiscardChanges(win, language)) {
        event.preventDefault();
        return;
      }
      track(saveWindowState(statePath, win.getNormalBounds(), win.isMaximized()));
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      documentDirty = false;
    });
    await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  };

  refreshMenu();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  await createMainWindow();
}

function confirmDiscardChanges(win: BrowserWindow, language: Language): boolean {
  const t = SHELL_LABELS[language].dialogs;
  const choice = dialog.showMessageBoxSync(win, {
    type: 'warning',
    buttons: [t.closeAnyway, t.cancel],
    defaultId: 1,
    cancelId: 1,
    message: t.closeDirtyMessage,
    detail: t.closeDirtyDetail,
  });
  return choice === 0;
}
