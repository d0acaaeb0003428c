/**
 * The native menu as a pure template (ko/en). Document actions go to the renderer as menu commands, undo and
 * redo too (the renderer undoes typing in a text field, or else the last change to the estimate); clipboard,
 * zoom and window items use Electron's built-in roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from './ipc-contract';
import { LANGUAGES, type Language, type MenuCommand } from './ipc-schemas';
import { LANGUAGE_NAMES, SHELL_LABELS } from './labels';

export interface MenuContext {
  language: Language;
  platform: NodeJS.Platform;
  recentFiles: readonly RecentFile[];
  /** Adds Reload and Developer Tools (only under `npm start`). */
  isDev: boolean;
  send(command: MenuCommand): void;
  showAbout(): void;
  clearRecent(): void;
}

export const ACCELERATORS = {
  'file:new': 'CmdOrCtrl+N',
  'file:open': 'CmdOrCtrl+O',
  'file:save': 'CmdOrCtrl+S',
  'file:saveAs': 'CmdOrCtrl+Shift+S',
  'file:saveWorkspace': 'CmdOrCtrl+Alt+S',
  'file:exportCsv': 'CmdOrCtrl+E',
  'file:print': 'CmdOrCtrl+P',
  'file:printPdf': 'CmdOrCtrl+Shift+P',
  'edit:undo': 'CmdOrCtrl+Z',
  'edit:redo': 'CmdOrCtrl+Shift+Z',
} as const;

/** `&` marks a mnemonic in Windows/Linux menus; a file name must show it literally. */
export function escapeMnemonic(label: string): string {
  return label.replaceAll('&', '&&');
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = SHELL_LABELS[ctx.language].menu;
  const isMac = ctx.platform === 'darwin';
  const command = (id: keyof typeof ACCELERATORS, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: ACCELERATORS[id],
    click: () => ctx.send({ command: id }),
  });

  const recentItems: MenuItemConstructorOptions[] =
    ctx.recentFiles.length === 0
      ? [{ label: t.noRecentFiles, enabled: false }]
      : ctx.recentFiles.map((file) => ({
          label: escapeMnemonic(file.path),
          click: () => ctx.send({ command: 'file:openRecent', path: file.path }),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command('file:new', t.newScenario),
      command('file:open', t.open),
      {
        id: 'file:openRecent',
        label: t.openRecent,
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { label: t.clearRecent, enabled: ctx.recentFiles.length > 0, click: () => ctx.clearRecent() },
        ],
      },
      { type: 'separator' },
      command('file:save', t.save),
      command('file:saveAs', t.saveAs),
      command('file:saveWorkspace', t.saveWorkspace),
      command('file:exportCsv', t.exportCsv),
      { type: 'separator' },
      command('file:print', t.print),
      command('file:printPdf', t.printPdf),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      command('edit:undo', t.undo),
      command('edit:redo', t.redo),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
      { type: 'separator' },
      {
        id: 'view:language',
        label: t.language,
        submenu: LANGUAGES.map((language) => ({
          id: `language:${language}`,
          label: LANGUAGE_NAMES[language],
          type: 'radio',
          checked: language === ctx.language,
          click: () => ctx.send({ command: 'app:setLanguage', language }),
        })),
      },
      ...(ctx.isDev
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', label: t.devTools } as const,
          ]
        : []),
    ],
  };

  const about: MenuItemConstructorOptions = {
    id: 'help:about',
    label: t.about,
    click: () => ctx.showAbout(),
  };

  if (isMac) {
    return [
      {
        label: 'CloudSizer',
        submenu: [
          about,
          { type: 'separator' },
          { role: 'hide', label: t.hide },
          { role: 'hideOthers', label: t.hideOthers },
          { role: 'unhide', label: t.showAll },
          { type: 'separator' },
          { role: 'quit', label: t.quit },
        ],
      },
      fileMenu,
      editMenu,
      viewMenu,
      { label: t.window, role: 'windowMenu' },
    ];
  }
  return [fileMenu, editMenu, viewMenu, { label: t.help, submenu: [about] }];
}
