// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import {
  duplicateScenario,
  parseWorkspaceText,
  serializeWorkspace,
  workspaceOf,
} from '../../../engine/workspace';
import { App } from '../App';
import { defaultScenario } from '../app/default-scenario';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { createI18n } from '../i18n';
import { renderApp } from '../test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
const twoScenarios = serializeWorkspace(
  duplicateScenario(workspaceOf([defaultScenario('en')]), 's1', 'Variant'),
);

function fakeBridge(recovery: { available: false } | { available: true; text: string; savedAt: string }) {
  return {
    fileOpen: vi.fn(() => ok({ path: '/home/u/w.cloudsizer-workspace.json', name: 'w', text: twoScenarios })),
    fileSave: vi.fn((arg: { path: string; text: string }) => ok({ path: arg.path, name: 'x' })),
    fileSaveAs: vi.fn((_arg: { text: string; suggestedName?: string }) =>
      ok({ path: '/home/u/w.cloudsizer-workspace.json', name: 'w.cloudsizer-workspace.json' }),
    ),
    fileExportCsv: vi.fn(() => ok({ path: '/home/u/x.csv', name: 'x.csv' })),
    fileRecent: vi.fn(() => ok([])),
    fileClearRecent: vi.fn(() => ok(null)),
    autosaveWrite: vi.fn((_arg: { text: string }) => ok({ savedAt: 'now' })),
    autosaveRecover: vi.fn(() => ok(recovery)),
    autosaveClear: vi.fn(() => ok(null)),
    printPdf: vi.fn(),
    appInfo: vi.fn(),
    appSetLanguage: vi.fn(() => ok(null)),
    appSetDocumentState: vi.fn((_arg: { title: string; dirty: boolean }) => ok(null)),
    onMenuCommand: () => () => undefined,
  };
}

function renderDesktop(bridge: ReturnType<typeof fakeBridge>) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <App
        snapshot={bundledSnapshot()}
        bridge={bridge as unknown as CloudSizerBridge}
        initialScenario={defaultScenario('en')}
      />
    </I18nextProvider>,
  );
}

const tabNames = () =>
  Array.from(
    screen.getByRole('list', { name: 'Scenarios in this workspace' }).querySelectorAll('.scenario-tab__name'),
    (n) => n.textContent,
  );

/** jsdom's Blob has no arrayBuffer(); its FileReader reads the bytes */
const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
    reader.readAsArrayBuffer(blob);
  });

describe('workspace files, desktop', () => {
  it('saves the whole workspace through the Save dialog, then to the same path', async () => {
    const bridge = fakeBridge({ available: false });
    renderDesktop(bridge);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Seoul web service' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    await waitFor(() => expect(bridge.fileSaveAs).toHaveBeenCalledOnce());
    const sent = bridge.fileSaveAs.mock.calls[0]![0];
    expect(sent.suggestedName).toBe('workspace.cloudsizer-workspace.json');
    const read = parseWorkspaceText(sent.text);
    expect(read.ok && read.workspace.entries.map((e) => e.scenario.name)).toEqual([
      'Seoul web service',
      'Seoul web service (copy)',
    ]);
    await waitFor(() =>
      expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({
        title: 'Seoul web service (copy)',
        dirty: false,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    await waitFor(() => expect(bridge.fileSave).toHaveBeenCalledOnce());
    expect(bridge.fileSave.mock.calls[0]![0].path).toBe('/home/u/w.cloudsizer-workspace.json');
  });

  it('autosaves every scenario as workspace text, and says the window has unsaved work', async () => {
    vi.useFakeTimers();
    const bridge = fakeBridge({ available: false });
    renderDesktop(bridge);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Seoul web service' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(bridge.autosaveWrite).toHaveBeenCalledOnce();
    const read = parseWorkspaceText(bridge.autosaveWrite.mock.calls[0]![0].text);
    expect(read.ok && read.workspace.entries).toHaveLength(2);
    expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({
      title: 'Seoul web service (copy)',
      dirty: true,
    });
  });

  it('recovers an autosaved workspace as unsaved work, and opens a workspace file in place of the scenarios', async () => {
    const bridge = fakeBridge({ available: true, text: twoScenarios, savedAt: 'then' });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderDesktop(bridge);
    await waitFor(() => expect(tabNames()).toEqual(['Seoul web service', 'Variant']));
    expect(bridge.autosaveClear).toHaveBeenCalled();
    await waitFor(() =>
      expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({ title: 'Variant', dirty: true }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() =>
      expect(window.confirm).toHaveBeenCalledWith(expect.stringMatching(/^The workspace you are opening/)),
    );
    await waitFor(() =>
      expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({ title: 'Variant', dirty: false }),
    );
    expect(tabNames()).toEqual(['Seoul web service', 'Variant']);
  });
});

describe('workspace files, web', () => {
  it('downloads the active scenario CSV with the BOM bytes and CRLF, English headers when kept', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp({ scenario: defaultScenario('ko') });
    fireEvent.click(screen.getByRole('button', { name: 'CSV 내보내기' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '영문 헤더 유지 (도구에서 읽을 CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV 내보내기' }));
    const [korean, english] = await Promise.all(blobs.map(bytesOf));
    expect([...korean!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(korean);
    expect(text.startsWith('시나리오,항목 ID,그룹')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new TextDecoder().decode(english).startsWith('scenario,line id,group')).toBe(true);
    globalThis.localStorage?.removeItem('cloudsizer.csv.englishHeaders');
  });
});
