// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario';
import { parseWorkspaceText } from '../../../engine/workspace';
import { fakeDesktopBridge } from '../test/fake-desktop-bridge';
import { renderApp } from '../test/render-app';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

function renderWithBridge(bridge: ReturnType<typeof fakeDesktopBridge>['bridge']) {
  return renderApp({ language: 'en', bridge, scenario: defaultScenario('en') });
}

describe('desktop mode', () => {
  it('saves through the bridge: Save As first, then Save to the same path; CSV through the native dialog', async () => {
    const { bridge } = fakeDesktopBridge();
    renderWithBridge(bridge);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.fileSaveAs).toHaveBeenCalledOnce());
    const sent = bridge.fileSaveAs.mock.calls[0]![0];
    expect(sent.suggestedName).toBe('Seoul web service.cloudsizer.json');
    expect(parseScenarioText(sent.text)).toMatchObject({ ok: true, scenario: defaultScenario('en') });
    await screen.findByText('Saved: /home/u/Seoul web service.cloudsizer.json');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.fileSave).toHaveBeenCalledOnce());
    expect(bridge.fileSave.mock.calls[0]![0].path).toBe('/home/u/Seoul web service.cloudsizer.json');

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(bridge.fileExportCsv).toHaveBeenCalledOnce());
    const csv = bridge.fileExportCsv.mock.calls[0]![0].text;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('opens through the bridge and shows every problem of an invalid file, keeping the workspace', async () => {
    const { bridge, send } = fakeDesktopBridge({
      opened: {
        path: '/home/u/plan.cloudsizer.json',
        name: 'plan.cloudsizer.json',
        text: '{"schemaVersion":1}',
      },
    });
    renderWithBridge(bridge);
    await send({ command: 'file:open' });
    const dialog = await screen.findByRole('dialog', { name: 'Cannot open the scenario file' });
    expect(dialog.textContent).toContain('$.name');
    expect(dialog.textContent).toContain('$.region');
    expect((screen.getByLabelText('Scenario name') as HTMLInputElement).value).toBe('Seoul web service');
  });

  it('follows menu commands (New, language) and reports the window title and unsaved state', async () => {
    const { bridge, send } = fakeDesktopBridge();
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

  it('"Save workspace" from the menu saves every scenario as one .cloudsizer-workspace.json file', async () => {
    const { bridge, send } = fakeDesktopBridge();
    renderWithBridge(bridge);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Seoul web service' }));
    await send({ command: 'file:saveWorkspace' });
    await waitFor(() => expect(bridge.fileSaveAs).toHaveBeenCalledOnce());
    const sent = bridge.fileSaveAs.mock.calls[0]![0];
    expect(sent.suggestedName).toBe('workspace.cloudsizer-workspace.json');
    const read = parseWorkspaceText(sent.text);
    expect(read.ok && read.workspace.entries.map((e) => e.scenario.name)).toEqual([
      'Seoul web service',
      'Seoul web service (copy)',
    ]);
    await screen.findByText('Saved: /home/u/workspace.cloudsizer-workspace.json');
    await waitFor(() =>
      expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({
        title: 'Seoul web service (copy)',
        dirty: false,
      }),
    );
    // the workspace now has its file: the second time it is saved there without a dialog
    await send({ command: 'file:saveWorkspace' });
    await waitFor(() => expect(bridge.fileSave).toHaveBeenCalledOnce());
    expect(bridge.fileSave.mock.calls[0]![0].path).toBe('/home/u/workspace.cloudsizer-workspace.json');
    expect(bridge.fileSaveAs).toHaveBeenCalledOnce();
  });
});
