// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Recovery } from '../../../electron/ipc-contract';
import {
  duplicateScenario,
  parseWorkspaceText,
  serializeWorkspace,
  workspaceOf,
} from '../../../engine/workspace';
import { defaultScenario } from '../app/default-scenario';
import { fakeDesktopBridge } from '../test/fake-desktop-bridge';
import { renderApp } from '../test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const twoScenarios = serializeWorkspace(
  duplicateScenario(workspaceOf([defaultScenario('en')]), 's1', 'Variant'),
);

function fakeBridge(recovery: Recovery) {
  return fakeDesktopBridge({
    recovery,
    opened: { path: '/home/u/w.cloudsizer-workspace.json', name: 'w', text: twoScenarios },
  }).bridge;
}

function renderDesktop(bridge: ReturnType<typeof fakeBridge>) {
  return renderApp({ language: 'en', bridge, scenario: defaultScenario('en') });
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
    expect(bridge.fileSave.mock.calls[0]![0].path).toBe('/home/u/workspace.cloudsizer-workspace.json');
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
    const bridge = fakeBridge({ available: true, text: twoScenarios, savedAt: '2026-07-20T06:05:00.000Z' });
    renderDesktop(bridge);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
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

describe('a file in an older format', () => {
  const v0 = readFileSync(
    join(
      dirname(fileURLToPath(import.meta.url)),
      '../../../tests/golden/migrations/v0-pre-release.cloudsizer.json',
    ),
    'utf8',
  );

  async function openV0(language: 'ko' | 'en', open: string) {
    const { bridge } = fakeDesktopBridge({
      recovery: { available: false },
      opened: { path: '/home/u/old.cloudsizer.json', name: 'old', text: v0 },
    });
    renderApp({ language, bridge, scenario: defaultScenario(language) });
    fireEvent.click(screen.getByRole('button', { name: open }));
    const notice = await screen.findByText(/schemaVersion 0/);
    return notice.closest('[role="status"]')?.textContent;
  }

  it('is opened with a note in Korean that saving writes the new format', async () => {
    expect(await openV0('ko', '열기')).toContain(
      '이전 형식의 파일을 열었습니다: schemaVersion 0 형식을 1 형식으로 바꿨습니다. 저장하면 새 형식으로 저장되어 이전 버전의 CloudSizer에서는 열 수 없습니다',
    );
  });

  it('and in English in the English UI', async () => {
    expect(await openV0('en', 'Open')).toContain(
      'Opened a file in an older format: converted from schemaVersion 0 to 1; saving writes the new format',
    );
  });
});
