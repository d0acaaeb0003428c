import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  contentSecurityPolicy,
  inlineScriptHashes,
  createSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  originOf,
  secureWebPreferences,
  windowOpenDecision,
} from './security';

const production = createSecurityPolicy();
const dev = createSecurityPolicy('http://localhost:5173');

describe('navigation and IPC senders', () => {
  it('allow only the app’s own origin in production', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL, production)).toBe(true);
    expect(isNavigationAllowed('app://cloudsizer/index.html#/compare', production)).toBe(true);
    for (const url of [
      'https://calculator.aws/',
      'http://localhost:5173/',
      'file:///home/kim/plan.cloudsizer.json',
      'app://other/index.html',
      'app://cloudsizer.evil.example/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isNavigationAllowed(url, production), url).toBe(false);
      expect(isTrustedSender(url, production), url).toBe(false);
    }
  });

  it('also allow the Vite dev server under npm start, and nothing else', () => {
    expect(isNavigationAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isNavigationAllowed('https://localhost:5173/', dev)).toBe(false);
  });

  it('computes origins of custom schemes (WHATWG says "null" for them)', () => {
    expect(originOf('app://cloudsizer/a/b.js')).toBe(APP_ORIGIN);
    expect(originOf('http://127.0.0.1:4173/x')).toBe('http://127.0.0.1:4173');
    expect(originOf('file:///etc/passwd')).toBeNull();
  });
});

describe('windows and permissions', () => {
  it('denies window.open', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('grants only clipboard writing, only to the app', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', APP_ENTRY_URL, production)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', production)).toBe(false);
    for (const permission of [
      'clipboard-read',
      'geolocation',
      'media',
      'notifications',
      'openExternal',
      'fileSystem',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission, APP_ENTRY_URL, production), permission).toBe(false);
    }
  });
});

describe('contentSecurityPolicy', () => {
  it('names no remote origin, no inline or eval script, and no frames in production', () => {
    const csp = contentSecurityPolicy(production);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|wss?:|\*|unsafe-eval/);
    expect(csp.match(/script-src[^;]*/)?.[0]).toBe("script-src 'self'");
  });

  it('allows the built page’s own inline script by its hash, never inline scripts in general', () => {
    const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-abc+/=' ; style-src 'self' 'sha256-notascript='" />`;
    expect(inlineScriptHashes(page)).toEqual(["'sha256-abc+/='"]);
    expect(inlineScriptHashes('<html></html>')).toEqual([]);
    const csp = contentSecurityPolicy(createSecurityPolicy(undefined, inlineScriptHashes(page)));
    expect(csp.match(/script-src[^;]*/)?.[0]).toBe("script-src 'self' 'sha256-abc+/='");
  });

  it('lets the dev server’s HMR socket and inline preamble through only in dev', () => {
    const csp = contentSecurityPolicy(dev);
    expect(csp).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and disables Node and webviews', () => {
    expect(secureWebPreferences('/app/.vite/build/preload.cjs')).toMatchObject({
      preload: '/app/.vite/build/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      openHandler = handler;
    },
  };
  const emit = (name: string, url?: string) => {
    let prevented = false;
    listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('blocks navigation away from the app, webviews and new windows', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, production);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///home/kim/dropped.cloudsizer.json')).toBe(true);
    expect(fake.emit('will-navigate', 'app://cloudsizer/index.html')).toBe(false);
    expect(fake.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-attach-webview')).toBe(true);
    expect(fake.open('https://aws.amazon.com/ec2/pricing/')).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('answers permission requests and checks with the decisions and adds the CSP header to app pages', () => {
    let request:
      ((wc: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void) | null =
      null;
    let check: ((wc: null, permission: string, origin: string) => boolean) | null = null;
    let device: (() => boolean) | null = null;
    let headers:
      | ((
          details: { url: string; responseHeaders?: Record<string, string[]> },
          callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
        ) => void)
      | null = null;
    const fakeSession = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
      webRequest: { onHeadersReceived: (h: typeof headers) => (headers = h) },
    };
    hardenSession(fakeSession as unknown as Session, dev);

    const answers: boolean[] = [];
    request!({ getURL: () => 'http://localhost:5173/' }, 'geolocation', (granted) => answers.push(granted));
    request!({ getURL: () => 'http://localhost:5173/' }, 'clipboard-sanitized-write', (granted) =>
      answers.push(granted),
    );
    expect(answers).toEqual([false, true]);
    expect(check!(null, 'media', 'http://localhost:5173')).toBe(false);
    expect(device!()).toBe(false);

    const responses: (Record<string, string[]> | undefined)[] = [];
    headers!(
      { url: 'http://localhost:5173/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
      (r) => responses.push(r.responseHeaders),
    );
    headers!({ url: 'https://other.example/', responseHeaders: {} }, (r) =>
      responses.push(r.responseHeaders),
    );
    expect(responses[0]).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(dev)],
    });
    expect(responses[1]).toEqual({});
  });
});
