/** The file service's dialogs, backed by Electron's native Open and Save dialogs. */
import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from './file-service';

export function electronDialogs(owner: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseFileToOpen({ title, defaultPath, filters }) {
      const options = { title, defaultPath, filters, properties: ['openFile' as const] };
      const win = owner();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath({ title, defaultPath, filters }) {
      const options = {
        title,
        defaultPath,
        filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const win = owner();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
