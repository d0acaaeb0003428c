// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { duplicateScenario, serializeWorkspace, workspaceOf } from '../../../engine/workspace';
import { createI18n } from '../i18n';
import { axeViolations } from '../test/axe';
import { fakeDesktopBridge } from '../test/fake-desktop-bridge';
import { renderApp } from '../test/render-app';
import { defaultScenario } from './default-scenario';
import { formatSavedAt, RecoveryDialog, type RecoveryChoice } from './RecoveryDialog';

afterEach(cleanup);

const SAVED_AT = '2026-07-20T06:05:00.000Z';
const twoScenarios = serializeWorkspace(
  duplicateScenario(workspaceOf([defaultScenario('en')]), 's1', 'Variant'),
);

const tabNames = () =>
  Array.from(
    screen.getByRole('list', { name: 'Scenarios in this workspace' }).querySelectorAll('.scenario-tab__name'),
    (n) => n.textContent,
  );

function crashed() {
  const fake = fakeDesktopBridge({ recovery: { available: true, text: twoScenarios, savedAt: SAVED_AT } });
  const view = renderApp({ language: 'en', bridge: fake.bridge, scenario: defaultScenario('en') });
  return { ...fake, view };
}

describe('crash recovery dialog', () => {
  it('asks in a labelled dialog with the autosave time, focus on Restore, and axe finds no violations', async () => {
    const { view } = crashed();
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved work found' });
    const restore = within(dialog).getByRole('button', { name: 'Restore' });
    expect(document.activeElement).toBe(restore);
    const time = within(dialog).getByTestId('recovery-saved-at');
    expect(time.getAttribute('datetime')).toBe(SAVED_AT);
    expect(time.textContent).toBe(formatSavedAt(SAVED_AT, 'en'));
    expect(time.textContent).toMatch(/July (19|20|21), 2026/);
    expect(dialog.textContent).toContain('Last autosaved: ');
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    crashed();
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved work found' });
    const [close, restore, discard] = within(dialog).getAllByRole('button');
    expect([close, restore, discard].map((b) => b?.textContent)).toEqual(['×', 'Restore', 'Discard']);
    discard!.focus();
    fireEvent.keyDown(discard!, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(discard);
    // in between, Tab is the browser's
    restore!.focus();
    expect(fireEvent.keyDown(restore!, { key: 'Tab' })).toBe(true);
  });

  it('Restore opens the autosaved scenarios as unsaved work and discards the copy', async () => {
    const { bridge } = crashed();
    expect(tabNames()).toEqual(['Seoul web service']);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(screen.queryByRole('dialog', { name: 'Unsaved work found' })).toBeNull();
    expect(tabNames()).toEqual(['Seoul web service', 'Variant']);
    await waitFor(() =>
      expect(bridge.appSetDocumentState).toHaveBeenLastCalledWith({ title: 'Variant', dirty: true }),
    );
    expect(bridge.autosaveClear).toHaveBeenCalledOnce();
  });

  it('Discard keeps the workspace as it is and discards the copy', async () => {
    const { bridge } = crashed();
    fireEvent.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tabNames()).toEqual(['Seoul web service']);
    expect(bridge.autosaveClear).toHaveBeenCalledOnce();
  });

  it('Esc (or ×) decides nothing: the copy is kept for the next start', async () => {
    const { bridge } = crashed();
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved work found' });
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Restore' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tabNames()).toEqual(['Seoul web service']);
    expect(bridge.autosaveClear).not.toHaveBeenCalled();
  });

  it('is not offered when the last session closed cleanly', async () => {
    const { bridge } = fakeDesktopBridge();
    renderApp({ language: 'en', bridge, scenario: defaultScenario('en') });
    await waitFor(() => expect(bridge.autosaveRecover).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('returns focus to the control that was focused before it opened, and speaks Korean', () => {
    const choices: RecoveryChoice[] = [];
    function Harness() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            열기
          </button>
          {open && (
            <RecoveryDialog
              savedAt={SAVED_AT}
              onChoice={(choice) => {
                choices.push(choice);
                setOpen(false);
              }}
            />
          )}
        </>
      );
    }
    render(
      <I18nextProvider i18n={createI18n('ko')}>
        <Harness />
      </I18nextProvider>,
    );
    const opener = screen.getByRole('button', { name: '열기' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: '저장하지 않은 작업이 있습니다' });
    expect(within(dialog).getByTestId('recovery-saved-at').textContent).toMatch(/^2026년 7월 (19|20|21)일/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '복구' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '버리기' }));
    expect(choices).toEqual(['discard']);
    expect(document.activeElement).toBe(opener);
  });
});

describe('formatSavedAt', () => {
  it('formats in the UI language and keeps text it cannot read', () => {
    expect(formatSavedAt('then', 'ko')).toBe('then');
    expect(formatSavedAt(SAVED_AT, 'en')).toContain('2026');
  });
});
