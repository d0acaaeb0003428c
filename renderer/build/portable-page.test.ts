import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { portableHtml, type PortableParts } from './portable-page';

const BUILT = `<!doctype html>
<html lang="ko">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-gate'; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'" />
    <title>CloudSizer</title>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-3.css">
    <link rel="preload" as="fetch" crossorigin="anonymous" href="./assets/ebs-4.json">
  </head>
  <body>
    <script>gate()</script>
    <div id="root" data-prerendered="ko" inert><main>첫 화면 $1,069.97</main></div>
  </body>
</html>
`;

const parts = (over: Partial<PortableParts> = {}): PortableParts => ({
  page: BUILT,
  script: '(function(){render("<div>")})();',
  styles: 'body{color:red}',
  tables: { 'manifest.json': '{"tables":[]}\n', 'ebs.json': '{"table":"ebs"}\n' },
  ...over,
});

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the portable page', () => {
  it('holds the app as one inline script, its styles and the tables, and loads nothing', () => {
    const page = portableHtml(parts());
    expect(page).not.toMatch(/<script type="module"|<link rel="(stylesheet|preload|modulepreload)"/);
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).toContain('<div id="root" data-prerendered="ko" inert><main>첫 화면 $1,069.97</main></div>');
    // tables in file-name order, byte for byte, before the app's script at the end of the body
    expect(page).toMatch(
      /<script type="application\/json" data-price-table="ebs.json">\{"table":"ebs"\}\n<\/script>\n<script type="application\/json" data-price-table="manifest.json">\{"tables":\[\]\}\n<\/script>\n<script>\(function\(\)\{render\("<div>"\)\}\)\(\);<\/script>\n<\/body>/,
    );
  });

  it('lets exactly its own script run and connect nowhere', () => {
    const page = portableHtml(parts());
    const csp = /content="([^"]*)"/.exec(page)![1]!;
    expect(csp).toContain(`script-src ${sha('(function(){render("<div>")})();')} 'sha256-gate';`);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain("script-src 'self'");
  });

  it('escapes "</script" and "<!--" in the script, where they mean the same to JavaScript', () => {
    const page = portableHtml(parts({ script: 'x("</script>");y("<!--")' }));
    expect(page).toContain('<script>x("<\\/script>");y("<\\!--")</script>');
  });

  it('refuses a table it could only embed by changing its bytes, naming the file', () => {
    expect(() => portableHtml(parts({ tables: { 's3.json': '{"note":"</script>"}' } }))).toThrow(
      's3.json cannot be embedded as it is: "</script" at 9',
    );
    expect(() => portableHtml(parts({ tables: { 'ebs.json': '{}\r\n' } }))).toThrow(
      'ebs.json cannot be embedded as it is: a carriage return at 2',
    );
  });

  it('refuses a page that is not the app’s build', () => {
    expect(() => portableHtml(parts({ page: '<html><body></body></html>' }))).toThrow('CSP script-src');
  });
});
