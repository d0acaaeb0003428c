/**
 * The update jobs with the real importer (runUpdate) on a folder of Price List files in a temp dir:
 * progress from start to done, failures and cancels at each stage leaving the store as it was.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSource } from '../tools/prices/update/offer-source';
import { formatProgress } from '../tools/prices/update/progress';
import { createPriceStore } from './price-store';
import { BUNDLED_DIR, BUNDLED_ID, SEOUL_EC2_PATH, storeState, writeOfferFolder } from './price-test-fixtures';
import type { PriceUpdateProgress } from './price-update-progress';
import {
  createPriceUpdateJobs,
  parseProgressCounts,
  type PriceUpdateDeps,
  type PriceUpdateRequest,
} from './price-update-jobs';

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let offers: string;
let seoul: { products: number; bytes: number };
beforeAll(async () => {
  offers = tempDir('cloudsizer-offers-');
  seoul = await writeOfferFolder(offers);
});

const FIRST_ID = 'aws-update-20261122-010203';
const seoulEc2 = (): PriceUpdateRequest => ({
  regions: ['ap-northeast-2'],
  services: ['ec2'],
  fromDir: offers,
});

function setup(overrides: Partial<PriceUpdateDeps> = {}, onEvent?: (event: PriceUpdateProgress) => void) {
  const storeDir = tempDir('cloudsizer-store-');
  const store = createPriceStore({
    storeDir,
    bundledDir: BUNDLED_DIR,
    bundledInfo: { snapshotId: BUNDLED_ID, snapshotDate: null },
  });
  const events: PriceUpdateProgress[] = [];
  let tick = 0;
  let runs = 0;
  const jobs = createPriceUpdateJobs({
    storeDir,
    bundledDir: BUNDLED_DIR,
    activeId: async () => (await store.list()).activeId,
    send: (senderId, event) => {
      expect(senderId).toBe(7);
      events.push(event);
      onEvent?.(event);
    },
    // one second apart, so each run gets its own snapshot id
    now: () => new Date(Date.UTC(2026, 10, 22, 1, 2, 3 + runs++)),
    clock: () => (tick += 50),
    networkSource: () => {
      throw new Error('this test reads from a folder');
    },
    ...overrides,
  });
  return { storeDir, store, jobs, events };
}

async function startAndWait(jobs: ReturnType<typeof setup>['jobs'], request: PriceUpdateRequest) {
  const started = jobs.start(request, 7);
  if (!started.ok) throw new Error(started.error.message);
  const outcome = await jobs.settled(started.value.jobId);
  return { jobId: started.value.jobId, outcome };
}

describe('progress line parsing', () => {
  it('reads the product and price counts of every shape formatProgress prints', () => {
    const stats = { products: 20_689, prices: 434_469 };
    expect(
      parseProgressCounts(formatProgress('AmazonEC2 ap-northeast-2', 5 << 20, 200 << 20, stats)),
    ).toEqual(stats);
    expect(
      parseProgressCounts(formatProgress('AmazonS3 us-east-1', 1234, undefined, { products: 3, prices: 0 })),
    ).toEqual({
      products: 3,
      prices: 0,
    });
    expect(parseProgressCounts(`${formatProgress('x', 1, 1, stats)} — done`)).toEqual(stats);
    expect(parseProgressCounts('cancelled: stopping before anything is switched')).toBeNull();
  });
});

describe('price update jobs', () => {
  it('runs an update from a folder, reports progress per file, installs and activates the new snapshot', async () => {
    const { jobs, events, storeDir, store } = setup();
    const { jobId, outcome } = await startAndWait(jobs, seoulEc2());
    expect(jobId).toBe('update-1');
    expect(outcome).toEqual({
      jobId,
      outcome: 'finished',
      snapshotId: FIRST_ID,
      activeId: FIRST_ID,
      message: `installed ${FIRST_ID} in ${path.join(storeDir, FIRST_ID)} and made it the active snapshot`,
      detail: null,
    });
    expect(storeState(storeDir)).toEqual([FIRST_ID, `current=${FIRST_ID}`]);
    expect((await store.list()).activeId).toBe(FIRST_ID);

    const phases = events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['starting', 'reading', 'installing', 'done']);
    expect(events.every((e) => e.jobId === jobId)).toBe(true);
    const files = [...new Set(events.filter((e) => e.phase === 'reading').map((e) => e.file))];
    expect(files).toEqual([
      '/offers/v1.0/aws/index.json',
      '/offers/v1.0/aws/AmazonEC2/current/region_index.json',
      SEOUL_EC2_PATH,
    ]);
    const ec2Size = statSync(path.join(offers, 'AmazonEC2_ap-northeast-2_index.json')).size;
    expect(events.filter((e) => e.file === SEOUL_EC2_PATH).every((e) => e.totalBytes === ec2Size)).toBe(true);
    const ec2End = events.filter((e) => e.file === SEOUL_EC2_PATH).at(-1);
    expect(ec2End).toMatchObject({
      bytes: seoul.bytes,
      totalBytes: ec2Size,
      products: seoul.products,
      filesRead: 3,
    });
    // on-demand + 12 RI terms of each product
    expect(ec2End?.prices).toBeGreaterThan(seoul.products);
    const done = events.at(-1);
    expect(done).toMatchObject({
      phase: 'done',
      snapshotId: FIRST_ID,
      message: null,
      activeId: null,
      detail: null,
    });
    expect(events.every((e) => e.activeId === null && e.detail === null)).toBe(true);
    expect(done?.report).toContain(
      `installed ${FIRST_ID} in ${path.join(storeDir, FIRST_ID)} and made it current`,
    );
  });

  it('runs one job at a time', async () => {
    const { jobs } = setup();
    const first = jobs.start(seoulEc2(), 7);
    expect(jobs.start(seoulEc2(), 7)).toEqual({
      ok: false,
      error: {
        code: 'not-permitted',
        message: 'price update update-1 is still running; cancel it or wait for it to end',
      },
    });
    if (first.ok) await jobs.settled(first.value.jobId);
    expect(jobs.running()).toBeNull();
  });

  it('stops on rejected records with the importer’s message and installs nothing', async () => {
    const { jobs, events, storeDir } = setup();
    const { outcome } = await startAndWait(jobs, {
      regions: ['eu-west-1'],
      services: ['ec2'],
      fromDir: offers,
    });
    expect(outcome?.outcome).toBe('failed');
    expect(outcome?.message).toMatch(
      /AmazonEC2_eu-west-1_index\.csv: 15 records rejected; no snapshot was written\./,
    );
    expect(outcome?.message).toMatch(/line \d+, column "[^"]+", value "[^"]*": /);
    expect(outcome?.message).toMatch(
      new RegExp(`Nothing was installed; the active snapshot is still ${BUNDLED_ID}\\.$`),
    );
    expect(events.at(-1)).toMatchObject({ phase: 'error', message: outcome?.message });
    // the importer's own words, without our sentence; the page says that one in its language
    expect(outcome?.detail).toMatch(
      /AmazonEC2_eu-west-1_index\.csv: 15 records rejected; no snapshot was written\./,
    );
    expect(outcome?.detail).toMatch(/line \d+, column "[^"]+", value "[^"]*": /);
    expect(outcome?.detail).not.toMatch(/Nothing was installed/);
    expect(outcome?.message).toBe(
      `${outcome?.detail ?? ''}\nNothing was installed; the active snapshot is still ${BUNDLED_ID}.`,
    );
    expect(events.at(-1)).toMatchObject({ activeId: BUNDLED_ID, detail: outcome?.detail });
    expect(events.slice(0, -1).every((e) => e.activeId === null && e.detail === null)).toBe(true);
    expect(storeState(storeDir)).toEqual([]);
  });

  it('cancels while reading the EC2 file: current and the installed snapshots stay as they were', async () => {
    let cancel: (() => void) | undefined;
    const { jobs, events, storeDir } = setup({}, (event) => {
      if (event.phase === 'reading' && event.file === SEOUL_EC2_PATH) cancel?.();
    });
    // A first update that is not cancelled, so there is a `current` to keep.
    await startAndWait(jobs, seoulEc2());
    const before = storeState(storeDir);
    expect(before).toEqual([FIRST_ID, `current=${FIRST_ID}`]);

    const second = jobs.start(seoulEc2(), 7);
    if (!second.ok) throw new Error(second.error.message);
    let answer: Awaited<ReturnType<typeof jobs.cancel>> | undefined;
    const answered = new Promise<void>((resolve) => {
      cancel = () => {
        cancel = undefined;
        void jobs.cancel(second.value.jobId).then((result) => {
          answer = result;
          resolve();
        });
      };
    });
    events.length = 0;
    await answered;
    expect(answer).toEqual({
      ok: true,
      value: {
        jobId: 'update-2',
        outcome: 'canceled',
        snapshotId: null,
        activeId: FIRST_ID,
        message: `canceled while reading ${SEOUL_EC2_PATH} (canceled by the user); nothing was installed and the active snapshot is still ${FIRST_ID}`,
        detail: 'canceled by the user',
      },
    });
    expect(events.at(-1)).toMatchObject({
      phase: 'canceled',
      message: answer?.ok && answer.value.message,
      file: SEOUL_EC2_PATH,
      activeId: FIRST_ID,
      detail: 'canceled by the user',
    });
    expect(events.some((e) => e.phase === 'installing')).toBe(false);
    expect(storeState(storeDir)).toEqual(before);
  });

  it('cancels while installing: the staging folder is removed and current is unchanged', async () => {
    let cancel: (() => void) | undefined;
    const { jobs, storeDir, events } = setup({}, (event) => {
      if (event.phase === 'installing') cancel?.();
    });
    await startAndWait(jobs, seoulEc2());
    const before = storeState(storeDir);
    expect(before).toEqual([FIRST_ID, `current=${FIRST_ID}`]);

    const started = jobs.start(seoulEc2(), 7);
    if (!started.ok) throw new Error(started.error.message);
    cancel = () => {
      cancel = undefined;
      void jobs.cancel(started.value.jobId);
    };
    const outcome = await jobs.settled(started.value.jobId);
    expect(outcome).toMatchObject({ outcome: 'canceled', snapshotId: null, activeId: FIRST_ID });
    expect(outcome?.message).toMatch(
      /^canceled while installing \(could not [^:]+: canceled by the user\. Nothing was switched: the current snapshot is unchanged\.\); nothing was installed/,
    );
    expect(outcome?.detail).toMatch(
      /^could not [^:]+: canceled by the user\. Nothing was switched: the current snapshot is unchanged\.$/,
    );
    expect(events.at(-1)).toMatchObject({
      phase: 'canceled',
      file: null,
      activeId: FIRST_ID,
      detail: outcome?.detail,
    });
    expect(events.filter((e) => e.jobId === 'update-2').map((e) => e.phase)).toContain('installing');
    expect(storeState(storeDir)).toEqual(before);
  });

  it('passes the job’s AbortSignal to the network source, so cancel ends a stalled download', async () => {
    let seen: AbortSignal | undefined;
    const stalledFetch = async (_url: string, init?: { signal?: AbortSignal }) => {
      seen = init?.signal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"offers": {'));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('This operation was aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { headers: { 'content-length': '100000' } });
    };
    let cancel: (() => void) | undefined;
    const { jobs, storeDir } = setup(
      {
        networkSource: (signal) => httpSource('https://pricing.example', stalledFetch, signal),
        throttleMs: 0,
      },
      (event) => {
        if (event.phase === 'reading' && event.bytes > 0) cancel?.();
      },
    );
    const started = jobs.start({ regions: ['ap-northeast-2'], services: ['ec2'] }, 7);
    if (!started.ok) throw new Error(started.error.message);
    cancel = () => {
      cancel = undefined;
      void jobs.cancel(started.value.jobId);
    };
    const outcome = await jobs.settled(started.value.jobId);
    expect(seen?.aborted).toBe(true);
    expect(outcome).toMatchObject({ outcome: 'canceled', activeId: BUNDLED_ID });
    expect(outcome?.message).toBe(
      'canceled while reading /offers/v1.0/aws/index.json (download of https://pricing.example/offers/v1.0/aws/index.json ' +
        `broke off after 12 bytes of 100000: This operation was aborted); nothing was installed and the active snapshot is still ${BUNDLED_ID}`,
    );
    expect(outcome?.detail).toBe(
      'download of https://pricing.example/offers/v1.0/aws/index.json broke off after 12 bytes of 100000: This operation was aborted',
    );
    expect(storeState(storeDir)).toEqual([]);
  });

  it('cuts a long error the same in message and detail, and leaves activeId null when it cannot be read', async () => {
    const long = `rejected records:\n${'line 1, column "x", value "y": not a number\n'.repeat(1000)}`;
    const { jobs, events } = setup({
      run: async () => {
        throw new Error(long);
      },
      activeId: () => Promise.reject(new Error('store unreadable')),
    });
    const { outcome } = await startAndWait(jobs, seoulEc2());
    const detail = `${long.slice(0, 16_000)}\n… (message cut)`;
    expect(outcome).toEqual({
      jobId: 'update-1',
      outcome: 'failed',
      snapshotId: null,
      activeId: null,
      message: `${detail}\nNothing was installed; the active snapshot is still unknown.`,
      detail,
    });
    expect(events.at(-1)).toMatchObject({
      phase: 'error',
      message: outcome?.message,
      activeId: null,
      detail,
    });
  });

  it('answers a cancel of a finished job with what happened, and of an unknown job with not-found', async () => {
    const { jobs } = setup();
    const { jobId } = await startAndWait(jobs, seoulEc2());
    const late = await jobs.cancel(jobId);
    expect(late.ok && late.value.outcome).toBe('finished');
    expect(await jobs.cancel('update-99')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no price update update-99 was started in this session' },
    });
  });
});
