/**
 * Build step: replaces index.html's loading shell with the app's first screen rendered from the bundled
 * price tables (renderer/src/boot/render-first-screen.tsx), so the starting estimate and its totals are on
 * screen at the first paint; main.tsx then hydrates it. A table that fails its check fails the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

export const FIRST_SCREEN_START = '<!--first-screen-->';
export const FIRST_SCREEN_END = '<!--/first-screen-->';
const ROOT_TAG = '<div id="root">';

type RenderModule = {
  renderFirstScreen: (texts: Record<string, string>) => { html: string; language: string };
};

/**
 * Puts `html` between the first-screen markers and names its language on the root element, which stays
 * inert (seen, not yet usable: nothing typed can be lost) until the app has taken it over.
 */
export function insertFirstScreen(page: string, html: string, language: string): string {
  const start = page.indexOf(FIRST_SCREEN_START);
  const end = page.indexOf(FIRST_SCREEN_END);
  if (!page.includes(ROOT_TAG) || start < 0 || end < start)
    throw new Error(
      `index.html needs ${ROOT_TAG} with ${FIRST_SCREEN_START} … ${FIRST_SCREEN_END} inside it`,
    );
  // no whitespace around the markup: React would meet it as a text node the app never rendered
  return (
    page.slice(0, start).trimEnd().replace(ROOT_TAG, `<div id="root" data-prerendered="${language}" inert>`) +
    html +
    page.slice(end + FIRST_SCREEN_END.length).trimStart()
  );
}

/** The markup needs no styles; the page's own stylesheet styles it. */
function stylesheetsAsNothing(): Plugin {
  const STUB = '\0cloudsizer:no-stylesheet';
  return {
    name: 'cloudsizer:stylesheets-as-nothing',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('.css') ? STUB : undefined),
    load: (id) => (id === STUB ? 'export {};' : undefined),
  };
}

export const GATE_FILE = 'first-screen-gate.js';
const GATE_TAG = `<script src="./${GATE_FILE}"></script>`;

/** The CSP source that lets exactly this inline script run. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Puts the first-screen gate inline (a script file would hold the body's parsing, and so the first paint, for a
 * request) and allows exactly that text in the page's CSP. The desktop shell's CSP header allows the same hash
 * (electron/main.ts reads the same file from the built renderer).
 */
export function inlineGate(page: string, gate: string): string {
  if (!page.includes(GATE_TAG)) throw new Error(`index.html needs ${GATE_TAG}`);
  const csp = /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/;
  if (!csp.test(page)) throw new Error("index.html needs a CSP meta tag with script-src 'self'");
  return page.replace(csp, `$1 ${scriptHash(gate)}`).replace(GATE_TAG, () => `<script>${gate}</script>`);
}

export function prerenderFirstScreen(options: { rendererRoot: string; pricingData: string }): Plugin {
  let ownPage = true;
  return {
    name: 'cloudsizer:prerender-first-screen',
    apply: 'build',
    // another page built with this config (the load bench's bare React page) is left as it is
    configResolved: (config) => {
      ownPage = resolve(config.root) === resolve(options.rendererRoot);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(page) {
        if (!ownPage) return page;
        const texts = Object.fromEntries(
          readdirSync(options.pricingData)
            .filter((file) => file.endsWith('.json'))
            .map((file) => [file, readFileSync(join(options.pricingData, file), 'utf8')]),
        );
        const { module } = await runnerImport<RenderModule>(
          join(options.rendererRoot, 'src', 'boot', 'render-first-screen.tsx'),
          {
            configFile: false,
            root: options.rendererRoot,
            logLevel: 'warn',
            plugins: [stylesheetsAsNothing()],
          },
        );
        const { html, language } = module.renderFirstScreen(texts);
        const gate = readFileSync(join(options.rendererRoot, 'public', GATE_FILE), 'utf8');
        return inlineGate(insertFirstScreen(page, html, language), gate);
      },
    },
  };
}
