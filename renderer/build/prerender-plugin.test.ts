import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_END, FIRST_SCREEN_START, insertFirstScreen } from './prerender-plugin';

const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

describe('insertFirstScreen', () => {
  it("replaces the loading shell in the app's own index.html, with no whitespace around the markup", () => {
    const out = insertFirstScreen(page, '<div class="app">screen</div>', 'ko');
    expect(out).toContain('<div id="root" data-prerendered="ko" inert><div class="app">screen</div></div>');
    expect(out).not.toContain('loading-shell');
    expect(out).not.toContain(FIRST_SCREEN_START);
    expect(out).toContain('<script type="module" src="./src/main.tsx"></script>');
  });

  it('refuses a page without the markers, naming what it needs', () => {
    expect(() => insertFirstScreen('<div id="root"></div>', 'x', 'ko')).toThrow(
      `index.html needs <div id="root"> with ${FIRST_SCREEN_START} … ${FIRST_SCREEN_END} inside it`,
    );
  });
});
