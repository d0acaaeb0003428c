/**
 * Test-only: a desktop bridge typed as CloudSizerBridge whose price calls answer from an in-memory store
 * (snapshot files by id, the `current` pointer), with the progress listener exposed to push events.
 */
import { startingProgress } from '../../../electron/price-update-progress';
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type {
  CloudSizerBridge,
  IpcError,
  PriceUpdateListener,
  PriceUpdateProgress,
  SnapshotEntry,
  SnapshotList,
} from '../../../electron/ipc-contract';

export const STORE_FOLDER = '/home/u/.config/CloudSizer/snapshots';
export const BUNDLED_ID = '2026-11-snapshot-1';

type Stored = { entry: Omit<SnapshotEntry, 'active'>; files: Record<string, string> | null };

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const fail = (code: IpcError['code'], message: string) =>
  Promise.resolve({ ok: false as const, error: { code, message } });
const unused = (name: string) => () =>
  Promise.reject(new Error(`${name} is not used by the price-tables page`));

export function fakePriceBridge(stored: readonly Stored[]) {
  let activeId = BUNDLED_ID;
  let listener: PriceUpdateListener | null = null;
  const list = (): SnapshotList => ({
    storeFolder: STORE_FOLDER,
    activeId,
    snapshots: stored.map(({ entry }) => ({ ...entry, active: entry.id === activeId })),
    pointerProblem: null,
  });
  const find = (id: string) => stored.find((s) => s.entry.id === id);

  const bridge = {
    fileOpen: unused('fileOpen'),
    fileSave: unused('fileSave'),
    fileSaveAs: unused('fileSaveAs'),
    fileExportCsv: unused('fileExportCsv'),
    fileRecent: unused('fileRecent'),
    fileClearRecent: unused('fileClearRecent'),
    autosaveWrite: unused('autosaveWrite'),
    autosaveRecover: unused('autosaveRecover'),
    autosaveClear: unused('autosaveClear'),
    printPdf: unused('printPdf'),
    appInfo: unused('appInfo'),
    appSetLanguage: unused('appSetLanguage'),
    appSetDocumentState: unused('appSetDocumentState'),
    pricesListSnapshots: vi.fn<CloudSizerBridge['pricesListSnapshots']>(() => ok(list())),
    pricesReadSnapshot: vi.fn<CloudSizerBridge['pricesReadSnapshot']>(({ id }) => {
      const files = find(id)?.files;
      return files ? ok({ id, files }) : fail('not-found', `no snapshot ${id} in ${STORE_FOLDER}`);
    }),
    pricesSetActive: vi.fn<CloudSizerBridge['pricesSetActive']>(({ id }) => {
      if (!find(id)) return fail('not-found', `no snapshot ${id}`);
      activeId = id;
      return ok(list());
    }),
    pricesChooseFolder: vi.fn<CloudSizerBridge['pricesChooseFolder']>(() =>
      ok({ path: '/home/u/Downloads/prices' }),
    ),
    pricesStartUpdate: vi.fn<CloudSizerBridge['pricesStartUpdate']>(() => ok({ jobId: 'update-1' })),
    pricesCancelUpdate: vi.fn<CloudSizerBridge['pricesCancelUpdate']>(({ jobId }) =>
      ok({
        jobId,
        outcome: 'canceled' as const,
        snapshotId: null,
        activeId,
        message: `canceled while reading /offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.json (canceled); nothing was installed and the active snapshot is still ${activeId}`,
        detail: 'canceled',
      }),
    ),
    onMenuCommand: () => () => undefined,
    onPriceUpdateProgress: (next: PriceUpdateListener) => {
      listener = next;
      return () => {
        if (listener === next) listener = null;
      };
    },
  } satisfies CloudSizerBridge;

  return {
    bridge,
    /** make a snapshot appear in the store (what an update installs) and make it active */
    install(entry: Stored) {
      (stored as Stored[]).push(entry);
      activeId = entry.entry.id;
    },
    get activeId() {
      return activeId;
    },
    /** push a progress event as main would, inside act() */
    emit(event: Partial<PriceUpdateProgress> & Pick<PriceUpdateProgress, 'phase'>) {
      act(() => listener?.({ ...startingProgress('update-1'), ...event }));
    },
    get listening() {
      return listener !== null;
    },
  };
}

export function storedSnapshot(
  id: string,
  date: string | null,
  kind: 'bundled' | 'installed',
  files: Record<string, string> | null,
  problem: string | null = null,
): Stored {
  return {
    entry: {
      id,
      date,
      kind,
      folder: kind === 'bundled' ? '/opt/CloudSizer/pricing-data' : `${STORE_FOLDER}/${id}`,
      problem,
    },
    files,
  };
}
