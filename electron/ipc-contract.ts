/**
 * The one IPC contract between main and the renderer. `IpcHandlers` is the map main implements;
 * the preload bridge type `CloudSizerBridge` is derived from it (results) and from the zod schemas
 * in ipc-schemas.ts (arguments). The renderer imports only types from this file.
 */
import type { IpcResult } from './ipc-result';
import type { IpcArgInput, IpcChannel, Language, MenuCommand } from './ipc-schemas';
import type {
  ChosenFolder,
  PriceUpdateListener,
  SnapshotFiles,
  SnapshotList,
  StartedUpdate,
  UpdateOutcome,
} from './price-contract';

export type { IpcError, IpcErrorCode, IpcResult } from './ipc-result';
export type { IpcChannel, Language, MenuCommand } from './ipc-schemas';
export type {
  ChosenFolder,
  PriceUpdateListener,
  PriceUpdatePhase,
  PriceUpdateProgress,
  SnapshotEntry,
  SnapshotFiles,
  SnapshotList,
  StartedUpdate,
  UpdateOutcome,
} from './price-contract';

export interface OpenedFile {
  path: string;
  /** File name without folders, for the title bar. */
  name: string;
  /** The file's text, UTF-8 decoded, a leading byte-order mark removed. Parse it with the engine. */
  text: string;
}

export interface SavedFile {
  path: string;
  name: string;
}

export interface RecentFile {
  path: string;
  name: string;
  /** ISO 8601 time the file was last opened or saved. */
  usedAt: string;
}

export type Recovery =
  | { available: false }
  | {
      available: true;
      text: string;
      /** ISO 8601 time of the last autosave before the crash. */
      savedAt: string;
    };

export interface AppInfo {
  name: string;
  version: string;
  /** Date of the bundled price snapshot (YYYY-MM-DD); null when the manifest was missing at build time. */
  snapshotDate: string | null;
  snapshotId: string | null;
  platform: string;
  language: Language;
}

/** Who called: main checks the sender's URL before any handler runs. */
export interface IpcCallContext {
  senderUrl: string;
  senderId: number;
}

/** Every channel, what main does with it, and what comes back. Arguments arrive as `unknown`. */
export type IpcHandlers = {
  /** Native Open dialog, or reopen `path` if it is in the recent-files list. */
  'file:open': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<OpenedFile>>;
  /** Atomic save to a path this session opened or chose in a dialog. */
  'file:save': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SavedFile>>;
  /**
   * Native Save dialog, then atomic save. `kind` ('scenario' | 'workspace', default: the ending of
   * `suggestedName`, else scenario) picks the title, filter and the ending added when missing
   * (`.cloudsizer.json` or `.cloudsizer-workspace.json`); a chosen name with either ending is kept.
   */
  'file:saveAs': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SavedFile>>;
  /** Native Save dialog for a CSV; the text is written byte for byte as UTF-8 (include the BOM). */
  'file:exportCsv': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SavedFile>>;
  'file:recent': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<RecentFile[]>>;
  'file:clearRecent': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<null>>;
  /** Atomic copy of the open workspace in the app's data folder. */
  'autosave:write': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<{ savedAt: string }>>;
  /** The workspace autosaved by a session that crashed or was killed, if any. */
  'autosave:recover': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<Recovery>>;
  /** Discards the recovery copy (after the user restored or declined it). */
  'autosave:clear': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<null>>;
  /** Native Save dialog, then the calling page as PDF with the snapshot date and tax note in the footer. */
  'print:pdf': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SavedFile>>;
  'app:info': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<AppInfo>>;
  /** Switches the native menu and dialogs to the UI language. */
  'app:setLanguage': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<null>>;
  /** Window title and unsaved-changes flag (asks before closing when dirty). */
  'app:setDocumentState': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<null>>;
  /** The bundled snapshot and those installed in `<app data>/snapshots`, with the active one marked. */
  'prices:listSnapshots': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SnapshotList>>;
  /** A listed snapshot's JSON files, for the engine's loadSnapshot in the renderer. */
  'prices:readSnapshot': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SnapshotFiles>>;
  /** Validates the snapshot with the engine's loader, then switches the `current` pointer atomically. */
  'prices:setActive': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<SnapshotList>>;
  /** Native folder dialog for downloaded Price List files; the folder becomes a permitted `fromDir`. */
  'prices:chooseFolder': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<ChosenFolder>>;
  /** Starts the price update in main; progress arrives on `prices:progress` until done, error or canceled. */
  'prices:startUpdate': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<StartedUpdate>>;
  /** Stops the job, waits until it has cleaned up, and says what happened. */
  'prices:cancelUpdate': (arg: unknown, ctx: IpcCallContext) => Promise<IpcResult<UpdateOutcome>>;
};

/** Channels of the price-snapshot feature (implemented in price-ipc.ts) and the shell's own. */
export type PriceChannel = Extract<IpcChannel, `prices:${string}`>;
export type ShellChannel = Exclude<IpcChannel, PriceChannel>;

export type IpcResultOf<C extends IpcChannel> = Awaited<ReturnType<IpcHandlers[C]>>;
export type IpcValueOf<C extends IpcChannel> = Extract<IpcResultOf<C>, { ok: true }>['value'];

/** 'file:saveAs' → 'fileSaveAs' */
export type BridgeMethodName<C extends string> = C extends `${infer Scope}:${infer Action}`
  ? `${Scope}${Capitalize<Action>}`
  : never;

type BridgeMethod<C extends IpcChannel> =
  undefined extends IpcArgInput<C>
    ? (arg?: IpcArgInput<C>) => Promise<IpcResultOf<C>>
    : (arg: IpcArgInput<C>) => Promise<IpcResultOf<C>>;

export type CloudSizerInvokeMethods = { [C in IpcChannel as BridgeMethodName<C>]: BridgeMethod<C> };

/** What the preload exposes as `window.cloudsizer` (desktop only; absent in web mode). */
export type CloudSizerBridge = CloudSizerInvokeMethods & {
  /** Subscribes to native menu actions; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to price-update progress events (every job of this window); returns the unsubscribe function. */
  onPriceUpdateProgress(listener: PriceUpdateListener): () => void;
};

// Compile-time check: the handler map and the schema map name the same channels.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
export const channelsMatch: SameKeys<IpcHandlers, Record<IpcChannel, unknown>> = true;
