/**
 * Serves the built renderer from app://cloudsizer/ instead of file:// (Electron security checklist:
 * prefer a custom protocol). Only files inside the renderer folder are served, each with the CSP header.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AssetLookup = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/** Maps app://cloudsizer/<path> to a file under `rootDir`; anything that escapes the folder is refused. */
export function resolveAppAsset(url: string, rootDir: string): AssetLookup {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (relative.includes('\0') || relative.includes('\\')) return { ok: false, status: 400 };
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

/** The `protocol.handle` callback: GET only, files under `rootDir`, CSP and nosniff on every response. */
export function createAppProtocolHandler(
  rootDir: string,
  csp: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const securityHeaders = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: securityHeaders });
    }
    const lookup = resolveAppAsset(request.url, rootDir);
    if (!lookup.ok) return new Response(null, { status: lookup.status, headers: securityHeaders });
    try {
      if (!(await stat(lookup.filePath)).isFile()) throw new Error('not a file');
      const body = await readFile(lookup.filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': mimeTypeOf(lookup.filePath) },
      });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders });
    }
  };
}

/**
 * Where the built renderer is: `.vite/renderer/main_window` next to the main bundle (Forge), or
 * `dist/renderer` in the app folder (electron-builder). The first folder holding index.html wins.
 */
export function rendererRootCandidates(mainBundleDir: string, appPath: string): string[] {
  return [path.join(mainBundleDir, '..', 'renderer', 'main_window'), path.join(appPath, 'dist', 'renderer')];
}

export function pickRendererRoot(
  candidates: readonly string[],
  exists: (filePath: string) => boolean,
): string | null {
  return candidates.find((dir) => exists(path.join(dir, 'index.html'))) ?? null;
}
