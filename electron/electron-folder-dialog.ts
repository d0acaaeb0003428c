/** The price update's folder picker, backed by Electron's native Open dialog. */
import { dialog, type BrowserWindow } from 'electron';
import type { FolderDialog } from './price-ipc';

export function electronFolderDialog(owner: () => BrowserWindow | null): FolderDialog {
  return {
    async chooseFolder({ title, buttonLabel, defaultPath }) {
      const options = { title, buttonLabel, defaultPath, properties: ['openDirectory' as const] };
      const win = owner();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
