/**
 * Where offer files come from: AWS's public Price List over HTTPS (no credentials), or a directory of
 * files downloaded earlier. Both hand out text chunks and count bytes for the progress line; a
 * download that ends short of its Content-Length is an error, never a silently truncated file.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export const AWS_PRICE_LIST = 'https://pricing.us-east-1.amazonaws.com';

export type OpenedOffer = {
  /** URL or file path, for messages and the manifest */
  location: string;
  format: 'json' | 'csv';
  totalBytes: number | undefined;
  chunks: AsyncIterable<string>;
  /** bytes received so far */
  bytesRead(): number;
};

export interface OfferSource {
  /** The URL a path stands for, recorded in the manifest. */
  urlFor(path: string): string;
  /**
   * `namedBy`: the index file (URL or file path) the path was read from, named in the message when the
   * path is refused. Paths come from downloaded indexes, so both sources treat them as untrusted.
   */
  open(path: string, namedBy?: string): Promise<OpenedOffer>;
}

export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

/** An index named a file outside the Price List host or outside the chosen folder; nothing was read. */
export class UnsafeOfferPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeOfferPathError';
  }
}

const refusal = (path: string, namedBy: string | undefined, why: string) =>
  new UnsafeOfferPathError(
    `${namedBy ?? 'offer path'}: refused ${JSON.stringify(path)}: ${why}; nothing was read from it`,
  );

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export function httpSource(
  base = AWS_PRICE_LIST,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
): OfferSource {
  const origin = new URL(base).origin;
  const resolveUrl = (path: string, namedBy?: string) => {
    let url: URL;
    try {
      url = new URL(path, base);
    } catch {
      throw refusal(path, namedBy, 'not a URL or URL path');
    }
    if (url.origin !== origin) {
      throw refusal(path, namedBy, `it points to ${url.origin}, not the Price List host ${origin}`);
    }
    return url.toString();
  };
  return {
    urlFor: (path) => resolveUrl(path),
    async open(path, namedBy) {
      const url = resolveUrl(path, namedBy);
      let response: Response;
      try {
        response = await fetchImpl(url, signal ? { signal } : undefined);
      } catch (error) {
        throw new DownloadError(`network error while requesting ${url}: ${describeCause(error)}`);
      }
      if (!response.ok || !response.body) {
        throw new DownloadError(`${url} answered HTTP ${response.status} ${response.statusText}`.trim());
      }
      const header = response.headers.get('content-length');
      const totalBytes = header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
      let received = 0;
      const body = response.body;
      async function* chunks(): AsyncGenerator<string> {
        const decoder = new TextDecoder('utf-8');
        const reader = body.getReader();
        try {
          for (;;) {
            let step: ReadableStreamReadResult<Uint8Array>;
            try {
              step = await reader.read();
            } catch (error) {
              throw new DownloadError(
                `download of ${url} broke off after ${received} bytes${totalBytes ? ` of ${totalBytes}` : ''}: ${describeCause(error)}`,
              );
            }
            if (step.done) break;
            received += step.value.byteLength;
            yield decoder.decode(step.value, { stream: true });
          }
        } finally {
          reader.releaseLock();
        }
        const tail = decoder.decode();
        if (tail) yield tail;
        if (totalBytes !== undefined && received !== totalBytes) {
          throw new DownloadError(`partial download of ${url}: received ${received} of ${totalBytes} bytes`);
        }
      }
      return {
        location: url,
        format: path.endsWith('.csv') ? 'csv' : 'json',
        totalBytes,
        chunks: chunks(),
        bytesRead: () => received,
      };
    },
  };
}

/**
 * Files saved from the Price List: either mirrored under their URL path (DIR/offers/v1.0/aws/…) or
 * flat, named like `AmazonEC2_region_index.json` and `AmazonEC2_eu-west-1_index.json` (or `.csv`).
 */
export function directorySource(dir: string): OfferSource {
  return {
    urlFor: (path) => new URL(folderPathParts(path).join('/'), `${AWS_PRICE_LIST}/`).toString(),
    async open(path, namedBy) {
      const candidates = candidateFiles(dir, path, namedBy);
      for (const file of candidates) {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) continue;
        const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
        return {
          location: file,
          format: file.endsWith('.csv') ? 'csv' : 'json',
          totalBytes: info.size,
          chunks: stream as AsyncIterable<string>,
          bytesRead: () => stream.bytesRead,
        };
      }
      throw new DownloadError(
        `no downloaded file for ${path} in ${dir} (looked for ${candidates.join(', ')})`,
      );
    },
  };
}

const SCHEME_OR_DRIVE = /^[a-z][a-z0-9+.-]*:/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The segments of a Price List path (`/offers/v1.0/aws/…`) read from an index, for a folder of
 * downloaded files. Anything that could leave the folder is refused: `.` or `..` segments, absolute
 * URLs, drive letters, `//` network paths, backslashes (a separator on Windows), control characters.
 */
export function folderPathParts(path: string, namedBy?: string): string[] {
  if (SCHEME_OR_DRIVE.test(path)) {
    throw refusal(
      path,
      namedBy,
      'an absolute URL or drive path; a folder of downloaded files takes only Price List paths such as /offers/v1.0/aws/index.json',
    );
  }
  if (path.startsWith('//')) throw refusal(path, namedBy, 'a network path (//host/…)');
  if (path.includes('\\')) throw refusal(path, namedBy, 'it contains a backslash');
  if (CONTROL.test(path)) throw refusal(path, namedBy, 'it contains a control character');
  const parts = path.split('/').filter(Boolean);
  if (parts.some((part) => part === '.' || part === '..')) {
    throw refusal(path, namedBy, 'it contains a "." or ".." segment, which could leave the chosen folder');
  }
  return parts;
}

/** Possible local names for a Price List URL path, mirrored path first; all inside `dir`. */
export function candidateFiles(dir: string, path: string, namedBy?: string): string[] {
  const parts = folderPathParts(path, namedBy);
  const mirrored = join(dir, ...parts);
  const out = [mirrored];
  if (mirrored.endsWith('.json')) out.push(mirrored.replace(/\.json$/, '.csv'));
  const offer = parts[3];
  const last = parts[parts.length - 1];
  if (last === 'index.json' && parts.length === 4) out.push(join(dir, 'index.json'));
  else if (offer && last === 'region_index.json') out.push(join(dir, `${offer}_region_index.json`));
  else if (offer && last === 'index.json' && parts.length >= 6) {
    const region = parts[parts.length - 2];
    out.push(join(dir, `${offer}_${region}_index.json`), join(dir, `${offer}_${region}_index.csv`));
  }
  for (const file of out) {
    const inside = relative(dir, file);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw refusal(path, namedBy, `it resolves to ${file}, outside the chosen folder ${dir}`);
    }
  }
  return out;
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
