/**
 * Snapshots through the desktop bridge: read a listed snapshot's files and validate them with the
 * engine's loader (schemas, every table's SHA-256), and make one active. Failures come back as values
 * with the IPC error code or the file the loader rejected, never thrown.
 */
import type { CloudSizerBridge, IpcError, SnapshotList } from '../../../electron/ipc-contract';
import { loadSnapshot, SnapshotError, type PriceSnapshot } from '../../../engine/prices';

export type BridgeProblem = {
  /** an IPC error code, or 'invalid-snapshot' when the engine's loader refused the files */
  code: IpcError['code'] | 'invalid-snapshot';
  file: string | null;
  message: string;
};

export type BridgeLoad = { ok: true; snapshot: PriceSnapshot } | { ok: false; problem: BridgeProblem };
export type BridgeSwitch =
  { ok: true; snapshot: PriceSnapshot; list: SnapshotList } | { ok: false; problem: BridgeProblem };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The IPC call itself failing (the preload missing a channel, main crashing) is an internal error. */
async function call<T>(
  invoke: () => Promise<{ ok: true; value: T } | { ok: false; error: IpcError }>,
): Promise<{ ok: true; value: T } | { ok: false; problem: BridgeProblem }> {
  try {
    const result = await invoke();
    return result.ok ? result : { ok: false, problem: { ...result.error, file: null } };
  } catch (error) {
    return { ok: false, problem: { code: 'internal', file: null, message: messageOf(error) } };
  }
}

export async function readSnapshotThroughBridge(bridge: CloudSizerBridge, id: string): Promise<BridgeLoad> {
  const read = await call(() => bridge.pricesReadSnapshot({ id }));
  if (!read.ok) return read;
  try {
    return { ok: true, snapshot: loadSnapshot(read.value.files) };
  } catch (error) {
    return {
      ok: false,
      problem: {
        code: 'invalid-snapshot',
        file: error instanceof SnapshotError ? error.file : null,
        message: messageOf(error),
      },
    };
  }
}

/**
 * Reads and validates the snapshot first, then switches main's pointer: if either fails nothing has
 * changed, and on success the caller has the prices to use at once.
 */
export async function switchSnapshot(bridge: CloudSizerBridge, id: string): Promise<BridgeSwitch> {
  const loaded = await readSnapshotThroughBridge(bridge, id);
  if (!loaded.ok) return loaded;
  const switched = await call(() => bridge.pricesSetActive({ id }));
  if (!switched.ok) return switched;
  return { ok: true, snapshot: loaded.snapshot, list: switched.value };
}

export async function listSnapshots(
  bridge: CloudSizerBridge,
): Promise<{ ok: true; list: SnapshotList } | { ok: false; problem: BridgeProblem }> {
  const listed = await call(() => bridge.pricesListSnapshots());
  return listed.ok ? { ok: true, list: listed.value } : listed;
}

/**
 * For the app's start-up: the prices of the desktop's active snapshot, or the bundled ones with the
 * reason when an installed snapshot cannot be used (the page and the About box can show it).
 */
export async function activeSnapshotThroughBridge(
  bridge: CloudSizerBridge,
  bundled: PriceSnapshot,
): Promise<{ snapshot: PriceSnapshot; problem: BridgeProblem | null }> {
  const listed = await listSnapshots(bridge);
  if (!listed.ok) return { snapshot: bundled, problem: listed.problem };
  const { activeId, snapshots } = listed.list;
  const active = snapshots.find((entry) => entry.id === activeId);
  if (!active || active.kind === 'bundled' || activeId === bundled.manifest.snapshotId) {
    return { snapshot: bundled, problem: null };
  }
  const loaded = await readSnapshotThroughBridge(bridge, activeId);
  return loaded.ok
    ? { snapshot: loaded.snapshot, problem: null }
    : { snapshot: bundled, problem: loaded.problem };
}
