import { describe, expect, it, vi } from 'vitest';
import type { IpcCallContext } from './ipc-contract';
import { createIpcHandlers, type IpcImplementations } from './ipc-dispatch';
import { createIpcImplementations, type ShellServices } from './ipc-implementations';
import { ok } from './ipc-result';
import { createPriceIpcImplementations, type FolderDialog } from './price-ipc';
import { PRICE_LABELS } from './price-labels';
import type { PriceStore } from './price-store';
import type { PriceUpdateJobs } from './price-update-jobs';

const ctx: IpcCallContext = { senderUrl: 'app://cloudsizer/index.html', senderId: 4 };
const list = { storeFolder: '/data/snapshots', activeId: 'b', snapshots: [], pointerProblem: null };

function fakes(chosen: (string | null)[] = []) {
  const store = {
    list: vi.fn(async () => list),
    read: vi.fn(async (id: string) => ok({ id, files: {} })),
    setActive: vi.fn(async () => ok(list)),
  } as unknown as PriceStore;
  let running: string | null = null;
  const jobs = {
    start: vi.fn(() => {
      running = 'update-1';
      return ok({ jobId: 'update-1' });
    }),
    cancel: vi.fn(async (jobId: string) =>
      ok({
        jobId,
        outcome: 'canceled' as const,
        snapshotId: null,
        activeId: 'b',
        message: 'canceled',
        detail: null,
      }),
    ),
    running: () => running,
    settled: () => null,
  } satisfies PriceUpdateJobs;
  const dialog: FolderDialog = { chooseFolder: vi.fn(async () => chosen.shift() ?? null) };
  const prices = createPriceIpcImplementations({
    store,
    jobs,
    dialog,
    labels: () => PRICE_LABELS.ko,
    defaultFolder: '/home/kim/Downloads',
  });
  const shell = createIpcImplementations({} as ShellServices);
  const implementations: IpcImplementations = { ...shell, ...prices };
  const handlers = createIpcHandlers(implementations, (url) => url.startsWith('app://cloudsizer/'));
  return { store, jobs, dialog, handlers };
}

describe('prices:* argument checks', () => {
  it('refuses snapshot ids that could name a path before anything is read', async () => {
    const { store, handlers } = fakes();
    for (const id of [
      '..',
      '../x',
      '../../etc/passwd',
      'a/b',
      'a\\b',
      '.staging-x',
      '%2e%2e',
      'C:',
      'Snap',
      '',
      'a b',
    ]) {
      for (const channel of ['prices:readSnapshot', 'prices:setActive'] as const) {
        expect(await handlers[channel]({ id }, ctx), `${channel} ${id}`).toEqual({
          ok: false,
          error: {
            code: 'invalid-argument',
            message: `${channel}: id: must be a snapshot id as listed by prices:listSnapshots (a-z, 0-9, "-")`,
          },
        });
      }
    }
    expect(await handlers['prices:readSnapshot']({ id: 'x', path: '/etc' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(store.read).not.toHaveBeenCalled();
    expect(store.setActive).not.toHaveBeenCalled();
  });

  it('checks regions, services and job ids against the known lists', async () => {
    const { jobs, handlers } = fakes();
    const refused = async (channel: 'prices:startUpdate' | 'prices:cancelUpdate', arg: unknown) => {
      const result = await handlers[channel](arg, ctx);
      return result.ok ? 'accepted' : `${result.error.code}: ${result.error.message}`;
    };
    expect(await refused('prices:startUpdate', { regions: [] })).toBe(
      'invalid-argument: prices:startUpdate: regions: Too small: expected array to have >=1 items',
    );
    expect(await refused('prices:startUpdate', { regions: ['mars-north-1'] })).toMatch(
      /^invalid-argument: prices:startUpdate: regions\.0: Invalid option: expected one of "af-south-1"\|/,
    );
    expect(await refused('prices:startUpdate', { regions: ['ap-northeast-2', 'ap-northeast-2'] })).toBe(
      'invalid-argument: prices:startUpdate: regions: must not name a region twice',
    );
    expect(await refused('prices:startUpdate', { regions: ['us-east-1'], services: ['rds'] })).toBe(
      'invalid-argument: prices:startUpdate: services.0: Invalid option: expected one of "ec2"|"ebs"|"s3"|"transfer"|"lambda"|"savingsplans"',
    );
    expect(await refused('prices:startUpdate', { regions: ['us-east-1'], fromDir: 'offers' })).toBe(
      'invalid-argument: prices:startUpdate: fromDir: must be an absolute path',
    );
    expect(await refused('prices:cancelUpdate', { jobId: '../update-1' })).toBe(
      'invalid-argument: prices:cancelUpdate: jobId: must be a job id returned by prices:startUpdate',
    );
    expect(jobs.start).not.toHaveBeenCalled();
  });
});

describe('prices:* implementations', () => {
  it('accepts fromDir only for a folder chosen in the folder dialog this session', async () => {
    const { jobs, dialog, handlers } = fakes(['/home/kim/Downloads/aws-offers']);
    const update = { regions: ['ap-northeast-2'], fromDir: '/home/kim/Downloads/aws-offers' };
    expect(await handlers['prices:startUpdate'](update, ctx)).toEqual({
      ok: false,
      error: {
        code: 'not-permitted',
        message: '/home/kim/Downloads/aws-offers was not chosen with prices:chooseFolder in this session',
      },
    });
    expect(await handlers['prices:chooseFolder'](undefined, ctx)).toEqual(
      ok({ path: '/home/kim/Downloads/aws-offers' }),
    );
    expect(dialog.chooseFolder).toHaveBeenCalledWith({
      title: PRICE_LABELS.ko.chooseFolderTitle,
      buttonLabel: PRICE_LABELS.ko.chooseFolderButton,
      defaultPath: '/home/kim/Downloads',
    });
    expect(await handlers['prices:startUpdate'](update, ctx)).toEqual(ok({ jobId: 'update-1' }));
    expect(jobs.start).toHaveBeenCalledWith(
      { regions: ['ap-northeast-2'], services: undefined, fromDir: '/home/kim/Downloads/aws-offers' },
      4,
    );
    expect(
      await handlers['prices:startUpdate']({ ...update, fromDir: '/home/kim/Downloads' }, ctx),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
  });

  it('says canceled when the folder dialog is closed', async () => {
    const { handlers } = fakes([null]);
    expect(await handlers['prices:chooseFolder'](undefined, ctx)).toEqual({
      ok: false,
      error: { code: 'canceled', message: 'Choosing a folder was cancelled' },
    });
  });

  it('does not switch snapshots while an update runs (its end would switch again)', async () => {
    const { store, handlers } = fakes();
    expect((await handlers['prices:setActive']({ id: 'b' }, ctx)).ok).toBe(true);
    await handlers['prices:startUpdate']({ regions: ['us-east-1'] }, ctx);
    expect(await handlers['prices:setActive']({ id: 'b' }, ctx)).toEqual({
      ok: false,
      error: {
        code: 'not-permitted',
        message: 'price update update-1 is running and will switch snapshots when it ends; cancel it or wait',
      },
    });
    expect(store.setActive).toHaveBeenCalledTimes(1);
  });
});
