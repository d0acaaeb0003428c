import { useCallback, useEffect, useState } from 'react';
import type { CloudSizerBridge, SnapshotList } from '../../../electron/ipc-contract';
import { listSnapshots, type BridgeProblem } from './bridge-snapshots';

export type SnapshotListState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; list: SnapshotList }
  | { kind: 'failed'; problem: BridgeProblem };

export type SnapshotListHandle = {
  state: SnapshotListState;
  refresh: () => void;
  /** a list main already answered with (pricesSetActive returns the list after the switch) */
  replace: (list: SnapshotList) => void;
};

/** The installed snapshots as main lists them; `none` without a bridge (web mode). */
export function useSnapshotList(bridge: CloudSizerBridge | undefined): SnapshotListHandle {
  const [state, setState] = useState<SnapshotListState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!bridge) return;
    let current = true;
    void listSnapshots(bridge).then((listed) => {
      if (!current) return;
      setState(
        listed.ok ? { kind: 'ready', list: listed.list } : { kind: 'failed', problem: listed.problem },
      );
    });
    return () => {
      current = false;
    };
  }, [bridge, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback((list: SnapshotList) => setState({ kind: 'ready', list }), []);
  // while a refresh runs the previous list stays on screen
  return { state: bridge ? state : { kind: 'none' }, refresh, replace };
}
