/**
 * Runs the price update (tools/prices/update runUpdate) in main, one job at a time, and turns what it
 * does into progress events for the page that started it. Cancel aborts the job's AbortController:
 * the network source's fetch, every chunk read, and every store write before the new snapshot folder is
 * moved into place check it, so a cancelled job leaves `current` and the installed snapshots untouched.
 */
import path from 'node:path';
import type { Region } from '../pricing-data/schema';
import { SERVICES, type Service } from '../tools/prices/update/offer-index';
import { directorySource, httpSource, type OfferSource } from '../tools/prices/update/offer-source';
import type { ProgressSink } from '../tools/prices/update/progress';
import { runUpdate, type UpdateOptions, type UpdateResult } from '../tools/prices/update/run-update';
import { realFs, type StoreFs } from '../tools/prices/update/snapshot-store';
import { fail, ok, type IpcResult } from './ipc-result';
import type { StartedUpdate, UpdateOutcome } from './price-contract';
import { startingProgress, type PriceUpdatePhase, type PriceUpdateProgress } from './price-update-progress';

export interface PriceUpdateRequest {
  regions: readonly Region[];
  services?: readonly Service[] | undefined;
  /** already checked by the caller: a folder the user picked */
  fromDir?: string | undefined;
}

export interface PriceUpdateDeps {
  storeDir: string;
  bundledDir: string | null;
  /** the active snapshot's id, for the messages that say what is still in force */
  activeId(): Promise<string>;
  /** pushes an event to the page with this id (if it is still open) */
  send(senderId: number, event: PriceUpdateProgress): void;
  run?: (options: UpdateOptions) => Promise<UpdateResult>;
  networkSource?: (signal: AbortSignal) => OfferSource;
  folderSource?: (dir: string) => OfferSource;
  fs?: StoreFs;
  now?: () => Date;
  /** milliseconds, for throttling byte counts */
  clock?: () => number;
  /** at most one byte-count event per this many ms (phase changes and file ends are always sent) */
  throttleMs?: number;
}

export interface PriceUpdateJobs {
  start(request: PriceUpdateRequest, senderId: number): IpcResult<StartedUpdate>;
  cancel(jobId: string): Promise<IpcResult<UpdateOutcome>>;
  /** the running job's id, or null */
  running(): string | null;
  /** resolves when the job has ended (for shutdown and tests) */
  settled(jobId: string): Promise<UpdateOutcome> | null;
}

/** The counts at the end of a tools/prices/update progress line (formatProgress). */
export function parseProgressCounts(line: string): { products: number; prices: number } | null {
  const match = / ([\d,]+) products, ([\d,]+) prices(?: — done)?$/.exec(line);
  if (!match?.[1] || !match[2]) return null;
  return { products: Number(match[1].replace(/,/g, '')), prices: Number(match[2].replace(/,/g, '')) };
}

class CanceledError extends Error {
  constructor() {
    super('canceled by the user');
    this.name = 'CanceledError';
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** A rejected-records error can list hundreds of lines; the page shows the start of it. */
const MAX_MESSAGE_CHARS = 16_000;
const clip = (text: string) =>
  text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}\n… (message cut)` : text;

type Job = { id: string; controller: AbortController; done: Promise<UpdateOutcome> };

export function createPriceUpdateJobs(deps: PriceUpdateDeps): PriceUpdateJobs {
  const run = deps.run ?? runUpdate;
  const networkSource = deps.networkSource ?? ((signal) => httpSource(undefined, fetch, signal));
  const folderSource = deps.folderSource ?? directorySource;
  const baseFs = deps.fs ?? realFs;
  const now = deps.now ?? (() => new Date());
  const clock = deps.clock ?? (() => Date.now());
  const throttleMs = deps.throttleMs ?? 200;
  const jobs = new Map<string, Job>();
  let current: Job | null = null;
  let counter = 0;

  const execute = async (
    id: string,
    request: PriceUpdateRequest,
    senderId: number,
    signal: AbortSignal,
  ): Promise<UpdateOutcome> => {
    const state: PriceUpdateProgress = startingProgress(id);
    let lastSent = -Infinity;
    const send = (force: boolean) => {
      const at = clock();
      if (!force && at - lastSent < throttleMs) return;
      lastSent = at;
      deps.send(senderId, { ...state, report: [...state.report] });
    };
    const enter = (phase: PriceUpdatePhase, file: string | null = null, totalBytes: number | null = null) => {
      Object.assign(state, { phase, file, bytes: 0, totalBytes, products: 0, prices: 0 });
      send(true);
    };
    const checkAbort = () => {
      if (signal.aborted) throw new CanceledError();
    };

    const watch = (inner: OfferSource): OfferSource => ({
      urlFor: (p) => inner.urlFor(p),
      async open(p, namedBy) {
        checkAbort();
        const opened = await inner.open(p, namedBy);
        enter('reading', p, opened.totalBytes ?? null);
        async function* chunks(): AsyncGenerator<string> {
          for await (const chunk of opened.chunks) {
            checkAbort();
            state.bytes = opened.bytesRead();
            send(false);
            yield chunk;
          }
          state.bytes = opened.bytesRead();
          state.filesRead++;
          send(true);
        }
        return { ...opened, chunks: chunks() };
      },
    });

    // Writes before the new folder is in place can be stopped; the pointer switch after it is not split.
    let committed = false;
    const guard =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (!committed) checkAbort();
        return call(...args);
      };
    const fs: StoreFs = {
      ...baseFs,
      readFile: guard(baseFs.readFile),
      readdir: guard(baseFs.readdir),
      writeFile: guard(baseFs.writeFile),
      mkdir: async (dir, options) => {
        if (state.phase !== 'installing') enter('installing');
        checkAbort();
        return baseFs.mkdir(dir, options);
      },
      rename: async (from, to) => {
        if (!committed) checkAbort();
        await baseFs.rename(from, to);
        if (path.basename(from).startsWith('.staging-')) committed = true;
      },
    };
    const sink: ProgressSink = {
      write(line) {
        const counts = parseProgressCounts(line);
        if (!counts) return;
        state.products = counts.products;
        state.prices = counts.prices;
        send(true);
      },
      now: clock,
    };

    send(true);
    try {
      const result = await run({
        regions: request.regions,
        services: request.services ?? SERVICES,
        source: watch(request.fromDir ? folderSource(request.fromDir) : networkSource(signal)),
        store: deps.storeDir,
        bundledDir: deps.bundledDir ?? '',
        now: now(),
        progress: sink,
        fs,
      });
      Object.assign(state, {
        phase: 'done',
        file: null,
        snapshotId: result.snapshotId,
        report: result.report,
      });
      send(true);
      return {
        jobId: id,
        outcome: 'finished',
        snapshotId: result.snapshotId,
        activeId: await deps.activeId(),
        message: `installed ${result.snapshotId} in ${result.dir} and made it the active snapshot`,
        detail: null,
      };
    } catch (error) {
      const activeId = await deps.activeId().catch(() => null);
      const canceled = signal.aborted;
      const where = state.phase === 'reading' && state.file ? `reading ${state.file}` : state.phase;
      const detail = clip(messageOf(error));
      const message = canceled
        ? `canceled while ${where} (${messageOf(error)}); nothing was installed and the active snapshot is still ${activeId ?? 'unknown'}`
        : `${detail}\nNothing was installed; the active snapshot is still ${activeId ?? 'unknown'}.`;
      Object.assign(state, { phase: canceled ? 'canceled' : 'error', message, activeId, detail });
      send(true);
      return {
        jobId: id,
        outcome: canceled ? 'canceled' : 'failed',
        snapshotId: null,
        activeId,
        message,
        detail,
      };
    }
  };

  return {
    start(request, senderId) {
      if (current) {
        return fail(
          'not-permitted',
          `price update ${current.id} is still running; cancel it or wait for it to end`,
        );
      }
      if (deps.bundledDir === null) {
        return fail(
          'not-found',
          'the bundled price tables are missing from this installation, so there is nothing to update',
        );
      }
      const id = `update-${++counter}`;
      const controller = new AbortController();
      const job: Job = {
        id,
        controller,
        done: execute(id, request, senderId, controller.signal).finally(() => {
          if (current === job) current = null;
        }),
      };
      current = job;
      jobs.set(id, job);
      return ok({ jobId: id });
    },

    async cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return fail('not-found', `no price update ${jobId} was started in this session`);
      job.controller.abort();
      return ok(await job.done);
    },

    running: () => current?.id ?? null,
    settled: (jobId) => jobs.get(jobId)?.done ?? null,
  };
}
