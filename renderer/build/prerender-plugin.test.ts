import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createSecurityPolicy, inlineScriptHashes } from '../../electron/security';
import {
  FIRST_SCREEN_END,
  FIRST_SCREEN_START,
  GATE_FILE,
  inlineGate,
  insertFirstScreen,
  scriptHash,
} from './prerender-plugin';

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

describe('inlineGate', () => {
  const gate = readFileSync(new URL('../public/first-screen-gate.js', import.meta.url), 'utf8');

  it('puts the gate inline and allows exactly its text in the CSP, as the desktop shell reads it back', () => {
    const out = inlineGate(page, gate);
    expect(out).toContain(`<script>${gate}</script>`);
    expect(out).not.toContain(`src="./${GATE_FILE}"`);
    expect(inlineScriptHashes(out)).toEqual([scriptHash(gate)]);
    // the shell's header CSP then names the same source
    const header = contentSecurityPolicy(createSecurityPolicy(undefined, inlineScriptHashes(out)));
    expect(header).toContain(`script-src 'self' ${scriptHash(gate)};`);
  });

  it('hashes the text as browsers do (SHA-256 of its UTF-8, base64)', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('refuses a page without the gate tag', () => {
    expect(() => inlineGate('<html></html>', gate)).toThrow(
      `index.html needs <script src="./${GATE_FILE}"></script>`,
    );
  });
});
