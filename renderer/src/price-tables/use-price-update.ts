import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import { readSnapshotThroughBridge, type BridgeProblem } from './bridge-snapshots';
import { IDLE, isBusy, isFinalEvent, updateReducer, type UpdateRun } from './update-run';

export type UpdateRequest = Parameters<CloudSizerBridge['pricesStartUpdate']>[0];

/** Loading the snapshot an update installed into this window. */
export type Activation =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'loaded'; id: string; date: string }
  | { kind: 'failed'; id: string; problem: BridgeProblem };

export type PriceUpdateHandle = {
  run: UpdateRun;
  activation: Activation;
  start: (request: UpdateRequest) => void;
  cancel: () => void;
  dismiss: () => void;
};

const thrown = (error: unknown) => ({
  code: 'internal' as const,
  message: error instanceof Error ? error.message : String(error),
});

/**
 * The update job through the bridge: start, progress events, cancel. When a job installs a snapshot (main
 * has already made it active), its prices are read and validated and handed to `onInstalled`.
 */
export function usePriceUpdate(
  bridge: CloudSizerBridge | undefined,
  onInstalled: (snapshot: PriceSnapshot) => void,
  onFinished: () => void,
): PriceUpdateHandle {
  const [run, dispatch] = useReducer(updateReducer, IDLE);
  const [activation, setActivation] = useState<Activation>({ kind: 'none' });
  const runRef = useRef(run);
  const callbacks = useRef({ onInstalled, onFinished });
  useEffect(() => {
    runRef.current = run;
    callbacks.current = { onInstalled, onFinished };
  });
  const activated = useRef(new Set<string>());

  // every `done` of this window's jobs means main has made a new snapshot active, whoever started it
  const activate = useCallback(
    (id: string) => {
      if (!bridge || activated.current.has(id)) return;
      activated.current.add(id);
      setActivation({ kind: 'loading', id });
      void readSnapshotThroughBridge(bridge, id).then((loaded) => {
        if (!loaded.ok) {
          setActivation({ kind: 'failed', id, problem: loaded.problem });
          return;
        }
        callbacks.current.onInstalled(loaded.snapshot);
        setActivation({ kind: 'loaded', id, date: loaded.snapshot.manifest.snapshotDate });
      });
    },
    [bridge],
  );

  useEffect(() => {
    // a preload from before the price channels has no progress events: the page then only lists
    if (!bridge || typeof bridge.onPriceUpdateProgress !== 'function') return;
    return bridge.onPriceUpdateProgress((event) => {
      dispatch({ type: 'progress', event });
      if (!isFinalEvent(event)) return;
      callbacks.current.onFinished();
      if (event.phase === 'done' && event.snapshotId) activate(event.snapshotId);
    });
  }, [bridge, activate]);

  const start = useCallback(
    (request: UpdateRequest) => {
      if (!bridge || isBusy(runRef.current)) return;
      setActivation({ kind: 'none' });
      dispatch({ type: 'start' });
      bridge.pricesStartUpdate(request).then(
        (answer) =>
          dispatch(
            answer.ok
              ? { type: 'started', jobId: answer.value.jobId }
              : { type: 'startFailed', error: answer.error },
          ),
        (error: unknown) => dispatch({ type: 'startFailed', error: thrown(error) }),
      );
    },
    [bridge],
  );

  const cancel = useCallback(() => {
    const current = runRef.current;
    if (!bridge || current.kind !== 'running' || current.canceling) return;
    dispatch({ type: 'cancelRequested' });
    bridge.pricesCancelUpdate({ jobId: current.jobId }).then(
      (answer) => {
        if (!answer.ok) {
          dispatch({ type: 'cancelFailed', error: answer.error });
          return;
        }
        dispatch({ type: 'cancelAnswered', outcome: answer.value });
        callbacks.current.onFinished();
        // too late to cancel: the new snapshot is in place and active
        if (answer.value.outcome === 'finished' && answer.value.snapshotId) activate(answer.value.snapshotId);
      },
      (error: unknown) => dispatch({ type: 'cancelFailed', error: thrown(error) }),
    );
  }, [bridge, activate]);

  const dismiss = useCallback(() => {
    setActivation({ kind: 'none' });
    dispatch({ type: 'dismiss' });
  }, []);

  return { run, activation, start, cancel, dismiss };
}
