import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommandSchema, SIMPLE_MENU_COMMANDS, type MenuCommand } from './ipc-schemas';
import { buildMenuTemplate, escapeMnemonic, type MenuContext } from './menu';

function context(overrides: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = [];
  const ctx: MenuContext = {
    language: 'ko',
    platform: 'win32',
    recentFiles: [],
    isDev: false,
    send: (command) => sent.push(command),
    showAbout: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  };
  return { ctx, sent };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = find(submenu(item), id);
    if (inner) return inner;
  }
  return undefined;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('has Korean File/Edit/View/Help menus on Windows', () => {
    const { ctx } = context();
    expect(buildMenuTemplate(ctx).map((m) => m.label)).toEqual([
      '파일(&F)',
      '편집(&E)',
      '보기(&V)',
      '도움말(&H)',
    ]);
  });

  it('has English menus with an app menu and Window menu on macOS', () => {
    const { ctx } = context({ language: 'en', platform: 'darwin' });
    const template = buildMenuTemplate(ctx);
    expect(template.map((m) => m.label)).toEqual(['CloudSizer', '&File', '&Edit', '&View', '&Window']);
    expect(submenu(template[0]).map((i) => i.role ?? i.id ?? i.type)).toEqual([
      'help:about',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(submenu(template[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('sends each document command with its shortcut', () => {
    const { ctx, sent } = context();
    const template = buildMenuTemplate(ctx);
    const expected: [string, string, string][] = [
      ['file:new', '새 시나리오', 'CmdOrCtrl+N'],
      ['file:open', '열기…', 'CmdOrCtrl+O'],
      ['file:save', '저장', 'CmdOrCtrl+S'],
      ['file:saveAs', '다른 이름으로 저장…', 'CmdOrCtrl+Shift+S'],
      ['file:saveWorkspace', '작업 공간 저장', 'CmdOrCtrl+Alt+S'],
      ['file:exportCsv', 'CSV로 내보내기…', 'CmdOrCtrl+E'],
      ['file:print', '인쇄…', 'CmdOrCtrl+P'],
      ['file:printPdf', 'PDF로 저장…', 'CmdOrCtrl+Shift+P'],
      ['edit:undo', '실행 취소', 'CmdOrCtrl+Z'],
      ['edit:redo', '다시 실행', 'CmdOrCtrl+Shift+Z'],
    ];
    for (const [id, label, accelerator] of expected) {
      const item = find(template, id);
      expect(item, id).toMatchObject({ label, accelerator });
      click(item);
    }
    expect(sent.map((c) => c.command)).toEqual(expected.map(([id]) => id));
  });

  it('has one item per simple menu command, each sending a command the preload accepts', () => {
    for (const language of ['ko', 'en'] as const) {
      for (const platform of ['win32', 'darwin', 'linux'] as const) {
        const { ctx, sent } = context({ language, platform });
        const template = buildMenuTemplate(ctx);
        for (const id of SIMPLE_MENU_COMMANDS) click(find(template, id));
        expect(sent).toEqual(SIMPLE_MENU_COMMANDS.map((command) => ({ command })));
        for (const command of sent) expect(menuCommandSchema.safeParse(command).success).toBe(true);
      }
    }
    const { ctx } = context({ language: 'en' });
    expect(find(buildMenuTemplate(ctx), 'file:saveWorkspace')?.label).toBe('Save Workspace');
  });

  it('gives every shortcut to one command only', () => {
    const { ctx } = context();
    const accelerators: string[] = [];
    const collect = (items: MenuItemConstructorOptions[]) => {
      for (const item of items) {
        if (typeof item.accelerator === 'string') accelerators.push(item.accelerator);
        collect(submenu(item));
      }
    };
    collect(buildMenuTemplate(ctx));
    expect(accelerators).toHaveLength(SIMPLE_MENU_COMMANDS.length);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('lists recent files (with & shown literally) and reopens them by path', () => {
    const { ctx, sent } = context({
      recentFiles: [
        {
          path: 'C:\\R&D\\서울.cloudsizer.json',
          name: '서울.cloudsizer.json',
          usedAt: '2026-07-20T09:00:00.000Z',
        },
      ],
    });
    const recent = submenu(find(buildMenuTemplate(ctx), 'file:openRecent'));
    expect(recent[0]?.label).toBe('C:\\R&&D\\서울.cloudsizer.json');
    click(recent[0]);
    expect(sent).toEqual([{ command: 'file:openRecent', path: 'C:\\R&D\\서울.cloudsizer.json' }]);
    click(recent[2]);
    expect(ctx.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const { ctx } = context({ language: 'en' });
    const recent = submenu(find(buildMenuTemplate(ctx), 'file:openRecent'));
    expect(recent[0]).toEqual({ label: 'No Recent Files', enabled: false });
    expect(recent[2]).toMatchObject({ label: 'Clear Recent Files', enabled: false });
  });

  it('switches language from the View menu and opens About from Help', () => {
    const { ctx, sent } = context();
    const template = buildMenuTemplate(ctx);
    expect(find(template, 'language:ko')).toMatchObject({ label: '한국어', checked: true, type: 'radio' });
    click(find(template, 'language:en'));
    expect(sent).toEqual([{ command: 'app:setLanguage', language: 'en' }]);
    click(find(template, 'help:about'));
    expect(ctx.showAbout).toHaveBeenCalledOnce();
  });

  it('offers Reload and Developer Tools only in development', () => {
    const roles = (isDev: boolean) =>
      submenu(buildMenuTemplate(context({ isDev }).ctx)[2])
        .map((i) => i.role)
        .filter(Boolean);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('escapes mnemonics', () => {
    expect(escapeMnemonic('A&B&&C')).toBe('A&&B&&&&C');
  });
});
