// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CloudSizerBridge, MenuCommand } from '../../../electron/ipc-contract';
import { parseScenarioText } from '../../../engine/scenario';
import { App } from '../App';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { createI18n } from '../i18n';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

function fakeBridge() {
  let listener: ((command: MenuCommand) => void) | null = null;
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const bridge = {
    fileOpen: vi.fn(() =>
      ok({ path: '/home/u/plan.cloudsizer.json', name: 'plan.cloudsizer.json', text: '{"schemaVersion":1}' }),
    ),
    fileSave: vi.fn((arg: { path: string; text: string }) => ok({ path: arg.path, name: 'x' })),
    fileSaveAs: vi.fn((_arg: { text: string; suggestedName?: string }) =>
      ok({ path: '/home/u/saved.cloudsizer.json', name: 'saved.cloudsizer.json' }),
    ),
    fileExportCsv: vi.fn((_arg: { text: string; suggestedName?: string }) =>
      ok({ path: '/home/u/x.csv', name: 'x.csv' }),
    ),
    fileRecent: vi.fn(() => ok([])),
    fileClearRecent: vi.fn(() => ok(null)),
    autosaveWrite: vi.fn(() => ok({ savedAt: 'now' })),
    autosaveRecover: vi.fn(() => ok({ available: false as const })),
    autosaveClear: vi.fn(() => ok(null)),
    printPdf: vi.fn(() => ok({ path: '/x.pdf', name: 'x.pdf' })),
    appInfo: vi.fn(),
    appSetLanguage: vi.fn(() => ok(null)),
    appSetDocumentState: vi.fn(() => ok(null)),
    onMenuCommand: (callback: (command: MenuCommand) => void) => {
      listener = callback;
      return () => {
        listener = null;
      };
    },
  };
  return { bridge, send: (command: MenuCommand) => act(() => listener?.(command)) };
}

function renderWithBridge(bridge: unknown) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <App
        snapshot={bundledSnapshot()}
        bridge={bridge as CloudSizerBridge}
        initialScenario={defaultScenario('en')}
      />
    </I18nextProvider>,
  );
}

describe('desktop mode', () => {
  it('saves through the bridge: Save As first, then Save to the same path; CSV through the native dialog', async () => {
    const { bridge } = fakeBridge();
    renderWithBridge(bridge);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.fileSaveAs).toHaveBeenCalledOnce());
    const sent = bridge.fileSaveAs.mock.calls[0]![0];
    expect(sent.suggestedName).toBe('Seoul web service.cloudsizer.json');
    expect(parseScenarioText(sent.text)).toMatchObject({ ok: true, scenario: defaultScenario('en') });
    await screen.findByText('Saved: /home/u/saved.cloudsizer.json');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.fileSave).toHaveBeenCalledOnce());
    expect(bridge.fileSave.mock.calls[0]![0].path).toBe('/home/u/saved.cloudsizer.json');

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(bridge.fileExportCsv).toHaveBeenCalledOnce());
    const csv = bridge.fileExportCsv.mock.calls[0]![0].text;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('opens through the bridge and shows every problem of an invalid file, keeping the workspace', async () => {
    const { bridge, send } = fakeBridge();
    renderWithBridge(bridge);
    await send({ command: 'file:open' });
    const dialog = await screen.findByRole('dialog', { name: 'Cannot open the scenario file' });
    expect(dialog.textContent).toContain('$.name');
    expect(dialog.textContent).toContain('$.region');
    expect((screen.getByLabelText('Scenario name') as HTMLInputElement).value).toBe('Seoul web service');
  });

  it('follows menu commands (New, language) and reports the window title and unsaved state', async () => {
    const { bridge, send } = fakeBridge();
    renderWithBridge(bridge);
    await waitFor(() =>
      expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({
        title: 'Seoul web service',
        dirty: false,
      }),
    );
    await send({ command: 'file:new' });
    expect(screen.getByText('No line items yet. Add one with the buttons above.')).toBeTruthy();
    await send({ command: 'app:setLanguage', language: 'ko' });
    expect(screen.getByRole('heading', { name: /^견적 항목/ })).toBeTruthy();
    await waitFor(() => expect(bridge.appSetLanguage).toHaveBeenLastCalledWith({ language: 'ko' }));
  });
});
