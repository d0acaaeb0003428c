/**
 * Build step for the portable page (`npm run build:portable`): the whole app as one HTML file that works opened
 * straight from disk (file://, no server, e.g. from a USB stick on a classroom PC where nothing can be
 * installed). Browsers refuse module scripts and fetch() on file:// pages, so the app goes in as one classic
 * script, its styles inline, and every price table as the exact text of a <script type="application/json">
 * element, which the app reads instead of fetching (renderer/src/data/embedded-tables.ts) and checks against
 * the manifest's SHA-256 as always.
 */
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { scriptHash } from './prerender-plugin';

export const PORTABLE_FILE = 'CloudSizer.html';
export const TABLE_ATTRIBUTE = 'data-price-table';

export type PortableParts = {
  /** the built index.html (prerendered first screen, inline gate, CSP) */
  page: string;
  /** the app as one classic script */
  script: string;
  styles: string;
  /** file name ('ebs.json') → exact text */
  tables: Readonly<Record<string, string>>;
};

/** Text that would end its element early or be changed by the HTML parser (CR and NUL are rewritten). */
function unsafeIn(text: string, element: 'script' | 'style'): string | null {
  const end = new RegExp(`</${element}`, 'i').exec(text);
  if (end) return `"</${element}" at ${end.index}`;
  if (text.includes('<!--')) return `"<!--" at ${text.indexOf('<!--')}`;
  if (text.includes('\r')) return `a carriage return at ${text.indexOf('\r')}`;
  if (text.includes('\0')) return `a NUL character at ${text.indexOf('\0')}`;
  return null;
}

/** `<\/script` and `<\!--` mean the same inside JavaScript strings and regular expressions. */
const escapeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

function replaceOnce(page: string, pattern: string | RegExp, by: string, what: string): string {
  const found = typeof pattern === 'string' ? page.includes(pattern) : pattern.test(page);
  if (!found) throw new Error(`the built index.html has no ${what}`);
  return page.replace(pattern, () => by);
}

/** The portable page from the parts of a build whose scripts were bundled into one classic script. */
export function portableHtml(parts: PortableParts): string {
  const script = escapeScript(parts.script);
  const scriptProblem = unsafeIn(script, 'script');
  if (scriptProblem) throw new Error(`the app's script cannot be put inline: ${scriptProblem}`);
  const stylesProblem = unsafeIn(parts.styles, 'style');
  if (stylesProblem) throw new Error(`the styles cannot be put inline: ${stylesProblem}`);
  const tables = Object.entries(parts.tables)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, text]) => {
      const problem = unsafeIn(text, 'script');
      // the app hashes the element's text: escaping it would break the check against the manifest
      if (problem) throw new Error(`${file} cannot be embedded as it is: ${problem}`);
      return `<script type="application/json" ${TABLE_ATTRIBUTE}="${file}">${text}</script>`;
    });
  let page = parts.page
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="(?:modulepreload|stylesheet|preload)"[^>]*>\s*/g, '');
  page = replaceOnce(page, "script-src 'self'", `script-src ${scriptHash(script)}`, 'CSP script-src');
  page = replaceOnce(page, "connect-src 'self'", "connect-src 'none'", 'CSP connect-src');
  page = replaceOnce(page, '</head>', `<style>${parts.styles}</style>\n  </head>`, '</head>');
  page = replaceOnce(
    page,
    /<\/body>(?![\s\S]*<\/body>)/,
    `${tables.join('\n')}\n<script>${script}</script>\n</body>`,
    '</body>',
  );
  return page;
}

/**
 * Replaces the build's output with the one portable page. The build must bundle everything into one classic
 * (iife) chunk: renderer/vite.portable.config.ts.
 */
export function portablePage(options: { pricingData: string; rendererRoot: string }): Plugin {
  return {
    name: 'cloudsizer:portable-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const outputs = Object.entries(bundle);
      const chunks = outputs.flatMap(([, o]) => (o.type === 'chunk' ? [o] : []));
      const index = bundle['index.html'];
      if (chunks.length !== 1 || chunks[0]?.isEntry !== true)
        this.error(`the portable page needs the app in one chunk, not ${chunks.length}`);
      if (!index || index.type !== 'asset') this.error('the build wrote no index.html');
      const text = (source: string | Uint8Array) =>
        typeof source === 'string' ? source : new TextDecoder('utf-8', { fatal: true }).decode(source);
      const tables: Record<string, string> = {};
      const styles: string[] = [];
      for (const [, output] of outputs) {
        if (output.type !== 'asset' || output.fileName === 'index.html') continue;
        const originals = output.originalFileNames.map((file) => resolve(options.rendererRoot, file));
        const table = originals.find(
          (file) => file.startsWith(options.pricingData) && file.endsWith('.json'),
        );
        if (table) tables[basename(table)] = text(output.source);
        else if (output.fileName.endsWith('.css')) styles.push(text(output.source));
        else this.error(`the portable page has no place for ${output.fileName}`);
      }
      const page = portableHtml({
        page: text(index.source),
        script: chunks[0]!.code,
        styles: styles.join('\n'),
        tables,
      });
      for (const [name] of outputs) delete bundle[name];
      this.emitFile({ type: 'asset', fileName: PORTABLE_FILE, source: page });
    },
  };
}
