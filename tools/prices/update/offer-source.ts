/**
 * Where offer files come from: AWS's public Price List over HTTPS (no credentials), or a directory of
 * files downloaded earlier. Both hand out text chunks and count bytes for the progress line; a
 * download that ends short of its Content-Length is an error, never a silently truncated file.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

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
  open(path: string): Promise<OpenedOffer>;
}

export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export function httpSource(
  base = AWS_PRICE_LIST,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
): OfferSource {
  const urlFor = (path: string) => new URL(path, base).toString();
  return {
    urlFor,
    async open(path) {
      const url = urlFor(path);
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
    urlFor: (path) => new URL(path, AWS_PRICE_LIST).toString(),
    async open(path) {
      const candidates = candidateFiles(dir, path);
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

/** Possible local names for a Price List URL path, mirrored path first. */
export function candidateFiles(dir: string, path: string): string[] {
  const parts = path.split('/').filter(Boolean);
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
  return out;
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
