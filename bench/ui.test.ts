import { describe, expect, it } from 'vitest';
import { withoutScripts } from './ui';

const BUILT = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/i18n-2.js">
<link rel="stylesheet" crossorigin href="./assets/index-3.css">
<link rel="preload" as="fetch" crossorigin="anonymous" href="./assets/ebs-4.json">
</head><body><script>gate()</script><div id="root" data-prerendered="ko" inert><main>첫 화면</main></div></body></html>`;

describe('the load bench’s script-free copy of the built page', () => {
  it('keeps markup, styles, the inline gate and table preloads; drops the module script and its preloads', () => {
    const page = withoutScripts(BUILT);
    expect(page).not.toContain('index-1.js');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('index-3.css');
    expect(page).toContain('ebs-4.json');
    expect(page).toContain('<script>gate()</script>');
    expect(page).toContain('첫 화면');
  });

  it('refuses a page that is not the prerendered build', () => {
    expect(() => withoutScripts('<html><body><div id="root"></div></body></html>')).toThrow(/expected shape/);
  });
});
