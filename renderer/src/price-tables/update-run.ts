/**
 * The desktop price update as the page sees it: a pure reducer over what the bridge says (the start
 * answer, progress events, the cancel answer). Main sends a job's first events before `pricesStartUpdate`
 * answers, and a page opened while a job runs learns of it only from its events, so both are handled.
 */
import type { IpcError, PriceUpdateProgress, UpdateOutcome } from '../../../electron/ipc-contract';

/**
 * How a job ended. `message` is main's English sentence (kept for logs and tests; the page does not show it):
 * the page says what happened in its own language from `activeId` (the snapshot still in force, when known)
 * and `file`, and shows `detail` (the underlying error's own English words) as a labelled detail.
 */
export type UpdateResult =
  | { kind: 'done'; jobId: string; snapshotId: string; report: readonly string[] }
  | {
      kind: 'error';
      jobId: string | null;
      message: string;
      /** set when the start was refused (an IPC error) */
      code: IpcError['code'] | null;
      activeId: string | null;
      detail: string | null;
    }
  | {
      kind: 'canceled';
      jobId: string;
      message: string;
      activeId: string | null;
      detail: string | null;
      /** the Price List file being read when the job stopped, or null when it stopped in another phase */
      file: string | null;
    };

export type UpdateRun =
  | { kind: 'idle' }
  /** waiting for pricesStartUpdate; `early` holds the latest event of each job seen meanwhile */
  | { kind: 'starting'; early: Readonly<Record<string, PriceUpdateProgress>> }
  | {
      kind: 'running';
      jobId: string;
      progress: PriceUpdateProgress | null;
      canceling: boolean;
      cancelError: string | null;
    }
  | { kind: 'finished'; result: UpdateResult };

export type UpdateAction =
  | { type: 'start' }
  | { type: 'started'; jobId: string }
  | { type: 'startFailed'; error: IpcError }
  | { type: 'progress'; event: PriceUpdateProgress }
  | { type: 'cancelRequested' }
  | { type: 'cancelAnswered'; outcome: UpdateOutcome }
  | { type: 'cancelFailed'; error: IpcError }
  | { type: 'dismiss' };

export const IDLE: UpdateRun = { kind: 'idle' };

/** The last event of a job (the same phases as electron/price-update-progress.ts `isFinalPhase`). */
export const isFinalEvent = (event: PriceUpdateProgress): boolean =>
  event.phase === 'done' || event.phase === 'error' || event.phase === 'canceled';

export const isBusy = (run: UpdateRun): boolean => run.kind === 'starting' || run.kind === 'running';

function fromEvent(event: PriceUpdateProgress): UpdateRun {
  switch (event.phase) {
    case 'done':
      return {
        kind: 'finished',
        result: {
          kind: 'done',
          jobId: event.jobId,
          snapshotId: event.snapshotId ?? '',
          report: event.report,
        },
      };
    case 'error':
      return {
        kind: 'finished',
        result: {
          kind: 'error',
          jobId: event.jobId,
          message: event.message ?? '',
          code: null,
          activeId: event.activeId,
          detail: event.detail,
        },
      };
    case 'canceled':
      return {
        kind: 'finished',
        result: {
          kind: 'canceled',
          jobId: event.jobId,
          message: event.message ?? '',
          activeId: event.activeId,
          detail: event.detail,
          file: event.file,
        },
      };
    default:
      return { kind: 'running', jobId: event.jobId, progress: event, canceling: false, cancelError: null };
  }
}

/** The cancel answer; `last` is the job's latest event here, which says the file being read when it stopped. */
function fromOutcome(outcome: UpdateOutcome, last: PriceUpdateProgress | null): UpdateRun {
  const { jobId, message, activeId, detail } = outcome;
  switch (outcome.outcome) {
    case 'finished':
      return {
        kind: 'finished',
        result: { kind: 'done', jobId, snapshotId: outcome.snapshotId ?? '', report: [message] },
      };
    case 'failed':
      return { kind: 'finished', result: { kind: 'error', jobId, message, code: null, activeId, detail } };
    case 'canceled': {
      const file = last?.phase === 'reading' ? last.file : null;
      return { kind: 'finished', result: { kind: 'canceled', jobId, message, activeId, detail, file } };
    }
  }
}

export function updateReducer(run: UpdateRun, action: UpdateAction): UpdateRun {
  switch (action.type) {
    case 'start':
      return isBusy(run) ? run : { kind: 'starting', early: {} };
    case 'started': {
      if (run.kind !== 'starting') return run;
      const early = run.early[action.jobId];
      return early
        ? fromEvent(early)
        : { kind: 'running', jobId: action.jobId, progress: null, canceling: false, cancelError: null };
    }
    case 'startFailed':
      return run.kind === 'starting'
        ? {
            kind: 'finished',
            result: {
              kind: 'error',
              jobId: null,
              message: action.error.message,
              code: action.error.code,
              activeId: null,
              detail: action.error.message,
            },
          }
        : run;
    case 'progress': {
      const { event } = action;
      if (run.kind === 'starting') return { ...run, early: { ...run.early, [event.jobId]: event } };
      if (run.kind === 'running') {
        if (run.jobId !== event.jobId) return run;
        const next = fromEvent(event);
        return next.kind === 'running'
          ? { ...next, canceling: run.canceling, cancelError: run.cancelError }
          : next;
      }
      // a job this page did not start (it was opened while one ran): follow it, but keep a result on screen
      // until a new job's events arrive
      if (run.kind === 'finished' && run.result.jobId === event.jobId) return run;
      return fromEvent(event);
    }
    case 'cancelRequested':
      return run.kind === 'running' ? { ...run, canceling: true, cancelError: null } : run;
    case 'cancelAnswered':
      return run.kind === 'running' && run.jobId === action.outcome.jobId
        ? fromOutcome(action.outcome, run.progress)
        : run;
    case 'cancelFailed':
      return run.kind === 'running' ? { ...run, canceling: false, cancelError: action.error.message } : run;
    case 'dismiss':
      return run.kind === 'finished' ? IDLE : run;
  }
}

/** Share of the current file read, 0–100, or null while its size is unknown. */
export function percentRead(progress: PriceUpdateProgress): number | null {
  if (progress.totalBytes === null || progress.totalBytes === 0) return null;
  return Math.min(100, Math.floor((progress.bytes * 100) / progress.totalBytes));
}
