// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canHydrate } from './can-hydrate';

const gate = readFileSync(resolve('renderer/public/first-screen-gate.js'), 'utf8');

function runGate(stored: Record<string, string>): void {
  localStorage.clear();
  for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
  document.documentElement.removeAttribute('data-stale-first-screen');
  new Function(gate)();
}

function root(prerendered?: string): HTMLElement {
  const element = document.createElement('div');
  if (prerendered) element.dataset['prerendered'] = prerendered;
  return element;
}

afterEach(() => localStorage.clear());

describe('first-screen-gate.js and canHydrate', () => {
  it('hydrates the Korean first screen for a visitor with the default settings', () => {
    runGate({});
    expect(canHydrate(root('ko'), 'ko')).toBe(true);
  });

  it('marks the first screen stale for English, or English CSV headers', () => {
    runGate({ 'cloudsizer.language': 'en' });
    expect(canHydrate(root('ko'), 'en')).toBe(false);
    runGate({ 'cloudsizer.csv.englishHeaders': 'true' });
    expect(document.documentElement.hasAttribute('data-stale-first-screen')).toBe(true);
    expect(canHydrate(root('ko'), 'ko')).toBe(false);
  });

  it('uses the same storage keys as the app (a renamed key would let a stale screen be hydrated)', () => {
    const i18n = readFileSync(resolve('renderer/src/i18n/index.ts'), 'utf8');
    const csv = readFileSync(resolve('renderer/src/files/csv-options.ts'), 'utf8');
    expect(i18n).toContain("STORAGE_KEY = 'cloudsizer.language'");
    expect(csv).toContain("STORAGE_KEY = 'cloudsizer.csv.englishHeaders'");
    expect(gate).toContain("'cloudsizer.language'");
    expect(gate).toContain("'cloudsizer.csv.englishHeaders'");
  });

  it('does not hydrate the loading shell (npm run web) or a screen in another language', () => {
    runGate({});
    expect(canHydrate(root(), 'ko')).toBe(false);
    expect(canHydrate(root('en'), 'ko')).toBe(false);
  });
});
