/**
 * What main pushes to the renderer while a price update runs, on the one event channel
 * `prices:progress`. No Node APIs: the sandboxed preload parses every event with this schema.
 */
import { z } from 'zod';

export const PRICE_PROGRESS_CHANNEL = 'prices:progress';

export const PRICE_UPDATE_PHASES = [
  'starting',
  'reading',
  'installing',
  'done',
  'error',
  'canceled',
] as const;
export type PriceUpdatePhase = (typeof PRICE_UPDATE_PHASES)[number];

const count = z.number().int().nonnegative();

export const priceUpdateProgressSchema = z.strictObject({
  jobId: z.string(),
  /**
   * starting: reading the active snapshot; reading: one Price List file (`file`); installing: writing and
   * validating the new snapshot; then exactly one of done, error, canceled.
   */
  phase: z.enum(PRICE_UPDATE_PHASES),
  /** Price List path of the file being read (e.g. /offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.json). */
  file: z.string().nullable(),
  /** Bytes of `file` read so far, and its size when the server or the folder says it. */
  bytes: count,
  totalBytes: count.nullable(),
  /** Products and prices mapped from `file` so far (refreshed every 2 s and when the file ends). */
  products: count,
  prices: count,
  /** Files of this job read to the end. */
  filesRead: count,
  /** done: the snapshot that was installed and made active. */
  snapshotId: z.string().nullable(),
  /** done: what the update did, line by line; empty before. */
  report: z.array(z.string()),
  /** error and canceled: what happened and which snapshot is still active, in English (for logs). */
  message: z.string().nullable(),
  /**
   * error and canceled: the snapshot that is still active (nothing was installed); null before, on done, and
   * when it could not be read. The page says this in its own language.
   */
  activeId: z.string().nullable(),
  /**
   * error and canceled: the underlying error's own message (the importer's or the network's, in English),
   * cut at the same length as `message`; null otherwise. The page shows it as a labelled detail.
   */
  detail: z.string().nullable(),
});
export type PriceUpdateProgress = z.infer<typeof priceUpdateProgressSchema>;

/** A job's first event: `starting`, nothing read yet. */
export function startingProgress(jobId: string): PriceUpdateProgress {
  return {
    jobId,
    phase: 'starting',
    file: null,
    bytes: 0,
    totalBytes: null,
    products: 0,
    prices: 0,
    filesRead: 0,
    snapshotId: null,
    report: [],
    message: null,
    activeId: null,
    detail: null,
  };
}

export const isFinalPhase = (phase: PriceUpdatePhase): boolean =>
  phase === 'done' || phase === 'error' || phase === 'canceled';
