// @vitest-environment jsdom
/** Web mode: pages have addresses; a link opens its page, tabs record theirs, Back goes back. */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from './default-scenario';
import { renderApp } from '../test/render-app';
import { fakeDesktopBridge } from '../test/fake-desktop-bridge';
import { pageFromHash } from './use-page-address';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const current = () => screen.getByRole('button', { current: 'page' }).textContent;
const goBack = () =>
  act(async () => {
    window.history.back();
    await new Promise((done) => window.addEventListener('popstate', done, { once: true }));
  });

describe('page addresses', () => {
  it('reads the fragment: page names, none for the estimate, and anything else is not a page', () => {
    expect(pageFromHash('#price-tables')).toBe('priceTables');
    expect(pageFromHash('#exercises')).toBe('exercise');
    expect(pageFromHash('')).toBe('estimate');
    expect(pageFromHash('#lines')).toBeNull();
    expect(pageFromHash('#priceTables')).toBeNull();
  });

  it('a link to #exercises opens the exercises; the tabs record their page and Back returns', async () => {
    window.history.replaceState(null, '', '/#exercises');
    renderApp({ scenario: defaultScenario('en'), language: 'en' });
    await waitFor(() => expect(current()).toBe('Exercises'));

    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(window.location.hash).toBe('#compare');
    fireEvent.click(screen.getByRole('button', { name: 'Estimate' }));
    expect(window.location.hash).toBe('#estimate');

    await goBack();
    expect(current()).toBe('Compare');
    await goBack();
    expect(current()).toBe('Exercises');
  });

  it('leaves the address alone in the desktop app', async () => {
    window.history.replaceState(null, '', '/#compare');
    const { bridge } = fakeDesktopBridge({ recovery: { available: false } });
    renderApp({ scenario: defaultScenario('en'), language: 'en', bridge });
    fireEvent.click(screen.getByRole('button', { name: 'Price tables' }));
    await waitFor(() => expect(current()).toBe('Price tables'));
    expect(window.location.hash).toBe('#compare');
  });
});
