/**
 * Test-only: a complete desktop bridge (`CloudSizerBridge`) for App tests. File, autosave and app calls
 * are vi.fn answering like main; price calls come from the price-tables page's in-memory fake (its
 * `install` and `emit` push a finished update as main would); `send` delivers a native menu command.
 */
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { CloudSizerBridge, MenuCommand, OpenedFile, Recovery } from '../../../electron/ipc-contract';
import { BUNDLED_ID, fakePriceBridge, storedSnapshot } from '../price-tables/test-fake-bridge';
import { bundledFiles } from '../price-tables/test-helpers';

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const nameOf = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

type Options = {
  recovery?: Recovery;
  opened?: OpenedFile;
  /** the folder Save As answers in (the chosen name is the suggested one) */
  saveFolder?: string;
  /** snapshots in the store besides the bundled one, which is listed first and active */
  installed?: Parameters<typeof fakePriceBridge>[0];
};

export function fakeDesktopBridge(options: Options = {}) {
  const prices = fakePriceBridge([
    storedSnapshot(BUNDLED_ID, '2026-11-21', 'bundled', bundledFiles()),
    ...(options.installed ?? []),
  ]);
  const folder = options.saveFolder ?? '/home/u';
  let menuListener: ((command: MenuCommand) => void) | null = null;
  const bridge = {
    ...prices.bridge,
    fileOpen: vi.fn<CloudSizerBridge['fileOpen']>(() =>
      ok(
        options.opened ?? {
          path: `${folder}/plan.cloudsizer.json`,
          name: 'plan.cloudsizer.json',
          text: '{}',
        },
      ),
    ),
    fileSave: vi.fn<CloudSizerBridge['fileSave']>(({ path }) => ok({ path, name: nameOf(path) })),
    fileSaveAs: vi.fn<CloudSizerBridge['fileSaveAs']>(({ suggestedName }) => {
      const path = `${folder}/${suggestedName ?? 'untitled.cloudsizer.json'}`;
      return ok({ path, name: nameOf(path) });
    }),
    fileExportCsv: vi.fn<CloudSizerBridge['fileExportCsv']>(({ suggestedName }) =>
      ok({ path: `${folder}/${suggestedName ?? 'x.csv'}`, name: suggestedName ?? 'x.csv' }),
    ),
    fileRecent: vi.fn<CloudSizerBridge['fileRecent']>(() => ok([])),
    fileClearRecent: vi.fn<CloudSizerBridge['fileClearRecent']>(() => ok(null)),
    autosaveWrite: vi.fn<CloudSizerBridge['autosaveWrite']>(() =>
      ok({ savedAt: '2026-07-20T06:00:00.000Z' }),
    ),
    autosaveRecover: vi.fn<CloudSizerBridge['autosaveRecover']>(() =>
      ok(options.recovery ?? { available: false }),
    ),
    autosaveClear: vi.fn<CloudSizerBridge['autosaveClear']>(() => ok(null)),
    printPdf: vi.fn<CloudSizerBridge['printPdf']>(() => ok({ path: `${folder}/x.pdf`, name: 'x.pdf' })),
    appInfo: vi.fn<CloudSizerBridge['appInfo']>(() =>
      ok({
        name: 'CloudSizer',
        version: '0.1.0',
        snapshotDate: '2026-11-21',
        snapshotId: BUNDLED_ID,
        platform: 'linux',
        language: 'ko' as const,
      }),
    ),
    appSetLanguage: vi.fn<CloudSizerBridge['appSetLanguage']>(() => ok(null)),
    appSetDocumentState: vi.fn<CloudSizerBridge['appSetDocumentState']>(() => ok(null)),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menuListener = listener;
      return () => {
        if (menuListener === listener) menuListener = null;
      };
    },
  } satisfies CloudSizerBridge;
  return {
    bridge,
    prices,
    /** a native menu command, inside act() */
    send: (command: MenuCommand) => act(() => menuListener?.(command)),
  };
}
