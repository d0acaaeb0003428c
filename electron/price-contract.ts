/** Values of the `prices:*` IPC channels (types only; re-exported by ipc-contract.ts). */
import type { PriceUpdateProgress } from './price-update-progress';

export type { PriceUpdatePhase, PriceUpdateProgress } from './price-update-progress';

export interface SnapshotEntry {
  /** manifest snapshotId = folder name in the store; the bundled one keeps its manifest id */
  id: string;
  /** snapshotDate of the manifest (YYYY-MM-DD); null when the manifest cannot be read */
  date: string | null;
  kind: 'bundled' | 'installed';
  /** absolute folder of the snapshot's files (inside app.asar for the bundled one) */
  folder: string;
  active: boolean;
  /** why the snapshot looks unusable (manifest missing or invalid, id differs from the folder); else null */
  problem: string | null;
}

export interface SnapshotList {
  /** `<app data>/snapshots`: the same layout as `npm run prices:update -- --out DIR` */
  storeFolder: string;
  activeId: string;
  /** bundled first, then installed ones newest first */
  snapshots: SnapshotEntry[];
  /** set when the store's `current` file names no usable folder: the bundled snapshot is then active */
  pointerProblem: string | null;
}

export interface SnapshotFiles {
  id: string;
  /** file name (manifest.json, ec2-catalogue.json, …) → text; pass it to the engine's loadSnapshot */
  files: Record<string, string>;
}

export interface ChosenFolder {
  /** a folder the user picked; accepted as `fromDir` by prices:startUpdate for the rest of the session */
  path: string;
}

export interface StartedUpdate {
  jobId: string;
}

export interface UpdateOutcome {
  jobId: string;
  /** finished: the new snapshot is installed and active (a cancel arrived too late); failed / canceled: nothing changed */
  outcome: 'finished' | 'failed' | 'canceled';
  snapshotId: string | null;
  /** the active snapshot after the job; null when it could not be read (then `message` says "unknown") */
  activeId: string | null;
  /** what happened, in English (for logs and tests) */
  message: string;
  /** failed / canceled: the underlying error's own message (English, cut like `message`); finished: null */
  detail: string | null;
}

export type PriceUpdateListener = (event: PriceUpdateProgress) => void;
