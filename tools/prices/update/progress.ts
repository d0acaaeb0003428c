/** Progress lines on stderr for long downloads: bytes (of total when known), products and prices read. */
import type { OpenedOffer } from './offer-source';
import type { ReadStats } from './offer-visitor';

export type ProgressSink = { write(line: string): void; now(): number };

export const stderrSink: ProgressSink = {
  write: (line) => process.stderr.write(`${line}\n`),
  now: () => Date.now(),
};

const MB = 1024 * 1024;

export function formatProgress(
  label: string,
  bytes: number,
  total: number | undefined,
  stats: ReadStats,
): string {
  const size = total
    ? `${(bytes / MB).toFixed(1)} / ${(total / MB).toFixed(1)} MB (${Math.floor((100 * bytes) / total)}%)`
    : `${(bytes / MB).toFixed(1)} MB`;
  return `${label}: ${size}, ${stats.products.toLocaleString('en-US')} products, ${stats.prices.toLocaleString('en-US')} prices`;
}

/** Wraps an opened file's chunks so a line is printed at most every `everyMs`, and once at the end. */
export function withProgress(
  label: string,
  opened: OpenedOffer,
  stats: ReadStats,
  sink: ProgressSink,
  everyMs = 2000,
): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      let last = sink.now();
      for await (const chunk of opened.chunks) {
        yield chunk;
        const now = sink.now();
        if (now - last >= everyMs) {
          last = now;
          sink.write(formatProgress(label, opened.bytesRead(), opened.totalBytes, stats));
        }
      }
      sink.write(formatProgress(label, opened.bytesRead(), opened.totalBytes, stats) + ' — done');
    },
  };
}
