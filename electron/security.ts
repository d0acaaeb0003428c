/**
 * Every security decision of the shell, in one place: where pages may navigate, who may call IPC,
 * which permissions a page gets, the Content-Security-Policy, and the window's web preferences.
 * The decisions are pure functions; `hardenWebContents` and `hardenSession` only attach them.
 */
import type { Session, WebContents, WebPreferences } from 'electron';

/** Production pages are served from app://cloudsizer/ (a privileged custom scheme, see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cloudsizer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface SecurityPolicy {
  /** Origins whose pages may be shown and may call IPC: the app's own, plus the Vite dev server in `npm start`. */
  allowedOrigins: readonly string[];
  devServerOrigin: string | null;
  /** `'sha256-…'` sources of the inline scripts the built page itself allows (see `inlineScriptHashes`) */
  inlineScriptHashes: readonly string[];
}

export function createSecurityPolicy(
  devServerUrl?: string,
  inlineScriptHashes: readonly string[] = [],
): SecurityPolicy {
  const devServerOrigin = devServerUrl ? originOf(devServerUrl) : null;
  return {
    allowedOrigins: devServerOrigin ? [APP_ORIGIN, devServerOrigin] : [APP_ORIGIN],
    devServerOrigin,
    inlineScriptHashes,
  };
}

/**
 * The hashes in the script-src of the built index.html's CSP meta tag: the build puts its one inline script
 * (the first-screen gate) there, and the header CSP must allow the same, since a page obeys both.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(indexHtml);
  const scriptSrc = meta?.[1]?.split(';').find((directive) => directive.trim().startsWith('script-src'));
  return scriptSrc?.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
}

/** `scheme://host[:port]`, or null for an unparsable URL. (WHATWG gives "null" origins for custom schemes.) */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

function isAppPage(url: string, policy: SecurityPolicy): boolean {
  const origin = originOf(url);
  return origin !== null && policy.allowedOrigins.includes(origin);
}

/** Navigation (links, redirects, dropped files) may only stay inside the app. */
export function isNavigationAllowed(url: string, policy: SecurityPolicy): boolean {
  return isAppPage(url, policy);
}

/** IPC is answered only for frames showing the app's own pages. */
export function isTrustedSender(senderUrl: string, policy: SecurityPolicy): boolean {
  return isAppPage(senderUrl, policy);
}

/** `window.open` and target=_blank links never create windows. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Only writing to the clipboard (copy a table) is granted, and only to the app's own pages. */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  policy: SecurityPolicy,
): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isAppPage(requestingUrl, policy);
}

const PRODUCTION_CSP: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The CSP header main adds to every app response. No remote origin anywhere: the app makes no
 * network requests. The dev variant (Vite dev server only) allows its HMR socket and inline preamble.
 */
export function contentSecurityPolicy(policy: SecurityPolicy): string {
  const dev = policy.devServerOrigin;
  return PRODUCTION_CSP.map(([directive, sources]) => {
    if (dev && directive === 'script-src') return `${directive} ${sources} 'unsafe-inline'`;
    if (directive === 'script-src' && policy.inlineScriptHashes.length > 0)
      return `${directive} ${sources} ${policy.inlineScriptHashes.join(' ')}`;
    if (dev && directive === 'connect-src') {
      return `${directive} ${sources} ${dev} ${dev.replace(/^http/, 'ws')}`;
    }
    return `${directive} ${sources}`;
  }).join('; ');
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Attaches the navigation, window-open and webview decisions to one page (call it for every web contents). */
export function hardenWebContents(contents: WebContents, policy: SecurityPolicy): void {
  const refuseOutside = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, policy)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseOutside(event, event.url));
  contents.on('will-redirect', (event) => refuseOutside(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
}

/** Attaches the permission decisions to the session and adds the CSP header to dev-server responses. */
export function hardenSession(session: Session, policy: SecurityPolicy): void {
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(isPermissionGranted(permission, webContents.getURL(), policy));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, policy),
  );
  session.setDevicePermissionHandler(() => false);
  const csp = contentSecurityPolicy(policy);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    if (isAppPage(details.url, policy)) headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}
