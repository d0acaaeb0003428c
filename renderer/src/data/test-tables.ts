/** Test support: the bundled tables served by a fake fetch, as the built app serves them (exact bytes). */
import { webcrypto } from 'node:crypto';
import { bundledFiles } from './bundled-snapshot';
import { fetchTables, type FetchDeps, type FetchedTables } from './fetch-tables';

/** Node's Web Crypto; bytes are copied into a Node Buffer, which it accepts from any realm (jsdom's too). */
export const nodeSubtle: FetchDeps['subtle'] = {
  digest: (algorithm, data) => webcrypto.subtle.digest(algorithm, Buffer.from(data)),
};

/** file name → `/assets/<file>` */
export const testUrls = (files: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.keys(files).map((file) => [file, `/assets/${file}`]));

/** A fetch that serves `bodies` (file name → bytes or text) under /assets/, 404 for anything else. */
export function fakeFetch(
  bodies: Readonly<Record<string, Uint8Array<ArrayBuffer> | string>>,
): FetchDeps['fetch'] {
  return async (url) => {
    const body = bodies[url.replace('/assets/', '')];
    if (body === undefined) return new Response(null, { status: 404 });
    return new Response(typeof body === 'string' ? new TextEncoder().encode(body) : body);
  };
}

/** The bundled tables (optionally edited) fetched and hashed like the app does. */
export function fetchedBundled(
  edit: (files: Record<string, string>) => Record<string, Uint8Array<ArrayBuffer> | string> = (files) =>
    files,
  options: { webCrypto: boolean } = { webCrypto: true },
): Promise<FetchedTables> {
  const bodies = edit(bundledFiles());
  return fetchTables(testUrls(bodies), {
    fetch: fakeFetch(bodies),
    subtle: options.webCrypto ? nodeSubtle : undefined,
  });
}
