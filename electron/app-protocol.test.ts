import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppProtocolHandler,
  mimeTypeOf,
  pickRendererRoot,
  rendererRootCandidates,
  resolveAppAsset,
} from './app-protocol';

const root = path.resolve('/opt/cloudsizer/renderer');

describe('resolveAppAsset', () => {
  it('maps app://cloudsizer/ paths into the renderer folder', () => {
    expect(resolveAppAsset('app://cloudsizer/', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppAsset('app://cloudsizer/assets/index-abc.js?v=1#x', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppAsset('app://cloudsizer/fonts/%EB%82%98%EB%88%94.woff2', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'fonts', '나눔.woff2'),
    });
  });

  it('keeps dot segments inside the folder (the URL parser resolves them first)', () => {
    expect(resolveAppAsset('app://cloudsizer/%2e%2e/%2e%2e/etc/passwd', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'etc', 'passwd'),
    });
  });

  it('never resolves outside the folder, whatever the path (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('..', '.', '%2e%2e', '%2E.', '..%2f', '%2f', '%5c', 'a', '나', '%00', '', '//'),
          {
            maxLength: 8,
          },
        ),
        (segments) => {
          const lookup = resolveAppAsset(`app://cloudsizer/${segments.join('/')}`, root);
          if (lookup.ok) expect(path.relative(root, lookup.filePath)).not.toMatch(/^\.\.|^$/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses encoded separators that would leave the folder, bad encodings and other hosts', () => {
    const refused = [
      'app://cloudsizer/..%2f..%2fetc/passwd',
      'app://cloudsizer/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret',
      'app://cloudsizer/..%5c..%5cwindows%5cwin.ini',
      'app://cloudsizer/a%00.js',
      'app://cloudsizer/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ];
    for (const url of refused) expect(resolveAppAsset(url, root).ok, url).toBe(false);
  });
});

describe('mimeTypeOf', () => {
  it('gives module scripts a JavaScript type (required for <script type=module>)', () => {
    expect(mimeTypeOf('/x/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('/x/blob.xyz')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cloudsizer-protocol-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>CloudSizer</title>');
    await writeFile(path.join(dir, 'assets', 'main.js'), 'console.log(1)');
    await writeFile(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), { force: true });
  });

  it('serves files with their type, the CSP and nosniff', async () => {
    const handle = createAppProtocolHandler(dir, "default-src 'self'");
    const response = await handle(new Request('app://cloudsizer/assets/main.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await handle(new Request('app://cloudsizer/'))).text()).toContain(
      '<title>CloudSizer</title>',
    );
  });

  it('answers 404 for missing files and folders, 403 outside the folder, 405 for writes', async () => {
    const handle = createAppProtocolHandler(dir, "default-src 'self'");
    expect((await handle(new Request('app://cloudsizer/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://cloudsizer/assets'))).status).toBe(404);
    const escape = `app://cloudsizer/..%2f${path.basename(dir)}-secret.txt`;
    const refused = await handle(new Request(escape));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(
      (await handle(new Request('app://cloudsizer/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});

describe('pickRendererRoot', () => {
  it('prefers Forge’s .vite/renderer/main_window, then electron-builder’s dist/renderer', () => {
    const candidates = rendererRootCandidates('/app/.vite/build', '/app');
    expect(candidates).toEqual([
      path.join('/app/.vite/renderer/main_window'),
      path.join('/app/dist/renderer'),
    ]);
    const only = (file: string) => (p: string) => p === file;
    expect(pickRendererRoot(candidates, only(path.join('/app/dist/renderer/index.html')))).toBe(
      path.join('/app/dist/renderer'),
    );
    expect(pickRendererRoot(candidates, () => false)).toBeNull();
    expect(pickRendererRoot(candidates, existsSync)).toBeNull();
  });
});
