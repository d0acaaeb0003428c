import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CloudSizerBridge } from './ipc-contract';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from './ipc-schemas';
import { PRICE_PROGRESS_CHANNEL, type PriceUpdateProgress } from './price-update-progress';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (channel: string, arg: unknown) => ({ ok: true, value: { channel, arg } })),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]),
    off: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      electron.listeners.set(
        channel,
        (electron.listeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  },
}));

let bridge: CloudSizerBridge;
beforeAll(async () => {
  await import('./preload');
  bridge = electron.exposed.get('cloudsizer') as CloudSizerBridge;
});

const methodName = (channel: string) => channel.replace(/:(.)/, (_m, c: string) => c.toUpperCase());

describe('preload bridge', () => {
  it('exposes exactly one method per IPC channel plus the two subscriptions, as window.cloudsizer', () => {
    expect([...electron.exposed.keys()]).toEqual(['cloudsizer']);
    expect(Object.keys(bridge).sort()).toEqual(
      [...IPC_CHANNELS.map(methodName), 'onMenuCommand', 'onPriceUpdateProgress'].sort(),
    );
  });

  it('forwards each method to its own channel with the argument unchanged', async () => {
    for (const channel of IPC_CHANNELS) {
      const method = (bridge as unknown as Record<string, (arg?: unknown) => Promise<unknown>>)[
        methodName(channel)
      ];
      const arg = { probe: channel };
      const result = await method?.(arg);
      const expectedArg = [
        'file:recent',
        'file:clearRecent',
        'autosave:recover',
        'autosave:clear',
        'app:info',
        'prices:listSnapshots',
        'prices:chooseFolder',
      ].includes(channel)
        ? undefined
        : arg;
      expect(result, channel).toEqual({ ok: true, value: { channel, arg: expectedArg } });
    }
  });

  it('delivers valid menu commands, drops malformed ones, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    const emit = (payload: unknown) =>
      electron.listeners.get(MENU_COMMAND_CHANNEL)?.forEach((l) => l({}, payload));
    emit({ command: 'file:save' });
    emit({ command: 'file:saveWorkspace' });
    emit({ command: 'rm -rf' });
    emit('file:save');
    emit({ command: 'file:openRecent', path: '/home/kim/a.cloudsizer.json' });
    unsubscribe();
    emit({ command: 'file:open' });
    expect(received).toEqual([
      { command: 'file:save' },
      { command: 'file:saveWorkspace' },
      { command: 'file:openRecent', path: '/home/kim/a.cloudsizer.json' },
    ]);
  });

  it('delivers price-update progress events, drops malformed ones, and unsubscribes', () => {
    const received: PriceUpdateProgress[] = [];
    const unsubscribe = bridge.onPriceUpdateProgress((event) => received.push(event));
    const emit = (payload: unknown) =>
      electron.listeners.get(PRICE_PROGRESS_CHANNEL)?.forEach((l) => l({}, payload));
    const reading: PriceUpdateProgress = {
      jobId: 'update-1',
      phase: 'reading',
      file: '/offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.json',
      bytes: 1_048_576,
      totalBytes: 312_000_000,
      products: 812,
      prices: 9_744,
      filesRead: 2,
      snapshotId: null,
      report: [],
      message: null,
      activeId: null,
      detail: null,
    };
    emit(reading);
    emit({ ...reading, phase: 'exploded' });
    emit({ ...reading, bytes: -1 });
    emit({ ...reading, extra: '<script>' });
    emit('done');
    unsubscribe();
    emit({ ...reading, phase: 'done' });
    expect(received).toEqual([reading]);
  });
});
