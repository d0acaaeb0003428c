/**
 * Fetches the price tables as exact bytes and hashes those bytes with the browser's native Web Crypto,
 * all files at once. The text is decoded strictly (invalid UTF-8 or a BOM is not silently repaired), so the
 * digest is the digest of the text the engine then checks.
 */
import { SnapshotError } from '../../../engine/prices/snapshot-error';

export type FetchedTables = {
  /** file name → text */
  texts: Record<string, string>;
  /** file name → hex SHA-256 of its bytes; undefined without Web Crypto (then the engine hashes the text) */
  digests: Record<string, string> | undefined;
};

export type FetchDeps = {
  fetch: (url: string) => Promise<Response>;
  /** Web Crypto (`crypto.subtle`) or undefined where it is missing (a page not in a secure context) */
  subtle: { digest: (algorithm: 'SHA-256', data: ArrayBuffer) => Promise<ArrayBuffer> } | undefined;
};

/** The page's Web Crypto, or undefined where it has none (a page not in a secure context). */
export const pageSubtle = (): FetchDeps['subtle'] =>
  globalThis.isSecureContext === false ? undefined : globalThis.crypto?.subtle;

export const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function fetchOne(
  file: string,
  url: string,
  deps: FetchDeps,
): Promise<{ file: string; text: string; digest: string | undefined }> {
  let bytes: ArrayBuffer;
  try {
    const response = await deps.fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new SnapshotError(
      file,
      `could not be read from ${url} (${describe(error)})`,
      `${url}에서 읽을 수 없습니다 (${describe(error)}): 앱의 파일이 모두 제자리에 있는지 확인하세요`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new SnapshotError(
      file,
      `not valid UTF-8 (${describe(error)})`,
      `UTF-8 텍스트가 아닙니다 (${describe(error)})`,
    );
  }
  const digest = deps.subtle ? hex(await deps.subtle.digest('SHA-256', bytes)) : undefined;
  return { file, text, digest };
}

/** Every table in `urls` (file name → URL); rejects with a SnapshotError naming the first file that failed. */
export async function fetchTables(
  urls: Readonly<Record<string, string>>,
  deps: FetchDeps = {
    fetch: (url) => globalThis.fetch(url),
    subtle: pageSubtle(),
  },
): Promise<FetchedTables> {
  const fetched = await Promise.all(Object.entries(urls).map(([file, url]) => fetchOne(file, url, deps)));
  const texts: Record<string, string> = {};
  const digests: Record<string, string> = {};
  for (const { file, text, digest } of fetched) {
    texts[file] = text;
    if (digest !== undefined) digests[file] = digest;
  }
  return { texts, digests: deps.subtle ? digests : undefined };
}
