/**
 * The only bridge between the page and main: `window.cloudsizer`. Sandboxed (CommonJS, may only
 * require 'electron'); it exposes one function per IPC channel, the menu-command subscription and the
 * price-update progress subscription.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CloudSizerBridge, IpcResultOf } from './ipc-contract';
import { MENU_COMMAND_CHANNEL, menuCommandSchema, type IpcChannel, type MenuCommand } from './ipc-schemas';
import type { PriceUpdateListener } from './price-contract';
import { PRICE_PROGRESS_CHANNEL, priceUpdateProgressSchema } from './price-update-progress';

function invoke<C extends IpcChannel>(channel: C, arg?: unknown): Promise<IpcResultOf<C>> {
  return ipcRenderer.invoke(channel, arg) as Promise<IpcResultOf<C>>;
}

const bridge = {
  fileOpen: (arg) => invoke('file:open', arg),
  fileSave: (arg) => invoke('file:save', arg),
  fileSaveAs: (arg) => invoke('file:saveAs', arg),
  fileExportCsv: (arg) => invoke('file:exportCsv', arg),
  fileRecent: () => invoke('file:recent'),
  fileClearRecent: () => invoke('file:clearRecent'),
  autosaveWrite: (arg) => invoke('autosave:write', arg),
  autosaveRecover: () => invoke('autosave:recover'),
  autosaveClear: () => invoke('autosave:clear'),
  printPdf: (arg) => invoke('print:pdf', arg),
  appInfo: () => invoke('app:info'),
  appSetLanguage: (arg) => invoke('app:setLanguage', arg),
  appSetDocumentState: (arg) => invoke('app:setDocumentState', arg),
  pricesListSnapshots: () => invoke('prices:listSnapshots'),
  pricesReadSnapshot: (arg) => invoke('prices:readSnapshot', arg),
  pricesSetActive: (arg) => invoke('prices:setActive', arg),
  pricesChooseFolder: () => invoke('prices:chooseFolder'),
  pricesStartUpdate: (arg) => invoke('prices:startUpdate', arg),
  pricesCancelUpdate: (arg) => invoke('prices:cancelUpdate', arg),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = menuCommandSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.off(MENU_COMMAND_CHANNEL, forward);
    };
  },
  onPriceUpdateProgress(listener: PriceUpdateListener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = priceUpdateProgressSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(PRICE_PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.off(PRICE_PROGRESS_CHANNEL, forward);
    };
  },
} satisfies CloudSizerBridge;

contextBridge.exposeInMainWorld('cloudsizer', bridge);
