// @vitest-environment jsdom
/** Web mode keeps unsaved work in the browser's storage and offers it back; the browser asks before leaving it. */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWorkspaceText } from '../../../engine/workspace';
import { defaultScenario } from './default-scenario';
import { renderApp } from '../test/render-app';
import { WEB_AUTOSAVE_KEY, WEB_RECOVERY_KEY, webAutosave } from './web-autosave';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const removeWebServer = () =>
  fireEvent.click(screen.getByRole('button', { name: /^Remove line .*\(ec2-1\)$/ }));
const hasWebServer = (container: HTMLElement) => container.querySelector('[data-line-id="ec2-1"]') !== null;

/** A leave attempt as the browser makes it: true when the page asked to stay. */
function leaveAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the web autosave store', () => {
  it('keeps the text with its time, gives it back once asked, and forgets it when cleared', async () => {
    const store = webAutosave(localStorage, () => new Date('2026-12-07T01:02:03.000Z'))!;
    expect(await store.autosaveRecover()).toEqual({ ok: true, value: { available: false } });
    expect(await store.autosaveWrite({ text: '{"x":1}' })).toEqual({
      ok: true,
      value: { savedAt: '2026-12-07T01:02:03.000Z' },
    });
    expect(await store.autosaveRecover()).toEqual({
      ok: true,
      value: { available: true, text: '{"x":1}', savedAt: '2026-12-07T01:02:03.000Z' },
    });
    await store.autosaveClear();
    expect(localStorage.getItem(WEB_AUTOSAVE_KEY)).toBeNull();
    expect(localStorage.getItem(WEB_RECOVERY_KEY)).toBeNull();
  });

  it('moves the last page’s copy aside, so this page’s autosave never overwrites work not yet decided about', async () => {
    const earlier = webAutosave(localStorage, () => new Date('2026-12-07T01:00:00.000Z'))!;
    await earlier.autosaveWrite({ text: 'closed page' });
    const page = webAutosave(localStorage, () => new Date('2026-12-07T02:00:00.000Z'))!;
    expect(await page.autosaveRecover()).toEqual({
      ok: true,
      value: { available: true, text: 'closed page', savedAt: '2026-12-07T01:00:00.000Z' },
    });
    // "later": the dialog is closed undecided, and this page goes on working
    await page.autosaveWrite({ text: 'this page' });
    expect(JSON.parse(localStorage.getItem(WEB_RECOVERY_KEY)!)).toEqual({
      savedAt: '2026-12-07T01:00:00.000Z',
      text: 'closed page',
    });
    // this page saved its work: its own copy goes, the undecided one stays
    page.autosaveForget();
    expect(localStorage.getItem(WEB_AUTOSAVE_KEY)).toBeNull();
    expect((await page.autosaveRecover()).ok && (await page.autosaveRecover())).toMatchObject({
      value: { available: true, text: 'closed page' },
    });
  });

  it('treats a damaged copy as none, and says so when the browser refuses to store one', async () => {
    localStorage.setItem(WEB_AUTOSAVE_KEY, '{"savedAt": 3');
    const store = webAutosave(localStorage)!;
    expect(await store.autosaveRecover()).toEqual({ ok: true, value: { available: false } });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await store.autosaveWrite({ text: 'x' })).toEqual({
      ok: false,
      error: { code: 'io', message: 'the autosave could not be stored: The quota has been exceeded.' },
    });
    expect(webAutosave(undefined)).toBeUndefined();
  });
});

describe('unsaved work in web mode', () => {
  it('is kept while unsaved, offered back after the page is closed, and restored', async () => {
    const first = renderApp({ scenario: defaultScenario('en'), language: 'en' });
    expect(leaveAsks()).toBe(false);
    removeWebServer();
    expect(hasWebServer(first.container)).toBe(false);
    expect(leaveAsks()).toBe(true);
    await waitFor(() => expect(localStorage.getItem(WEB_AUTOSAVE_KEY)).not.toBeNull(), { timeout: 5000 });
    const kept = JSON.parse(localStorage.getItem(WEB_AUTOSAVE_KEY)!) as { text: string };
    const workspace = parseWorkspaceText(kept.text);
    expect(workspace.ok && workspace.workspace.entries[0]?.scenario.items.some((i) => i.id === 'ec2-1')).toBe(
      false,
    );
    cleanup(); // the tab is closed

    const second = renderApp({ scenario: defaultScenario('en'), language: 'en' });
    expect(hasWebServer(second.container)).toBe(true);
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved work found' });
    expect(dialog).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(hasWebServer(second.container)).toBe(false));
    expect(screen.getByText(/Unsaved changes/)).toBeTruthy();
  });

  it('is forgotten once saved: the download clears the copy and the leave prompt', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp({ scenario: defaultScenario('en'), language: 'en' });
    removeWebServer();
    await waitFor(() => expect(localStorage.getItem(WEB_AUTOSAVE_KEY)).not.toBeNull(), { timeout: 5000 });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    });
    await waitFor(() => expect(localStorage.getItem(WEB_AUTOSAVE_KEY)).toBeNull());
    expect(leaveAsks()).toBe(false);
  });
});
