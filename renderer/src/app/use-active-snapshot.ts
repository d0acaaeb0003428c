/**
 * The price snapshot the app calculates with. In the desktop app it follows main's active snapshot: at
 * start-up the installed one main marks active (the bundled prices, with the reason, when it fails
 * validation), after a finished price update the one it installed (even with the Price tables page closed),
 * and whatever the page switches to. Each change is announced once; the same snapshot id twice is one change.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Notice } from '../files/use-file-commands';
import { activeSnapshotThroughBridge, readSnapshotThroughBridge } from '../price-tables/bridge-snapshots';

type Options = {
  bridge: CloudSizerBridge | undefined;
  /** the bundled snapshot main.tsx loaded */
  initial: PriceSnapshot;
  notify: (notice: Notice) => void;
};

export type ActiveSnapshot = {
  snapshot: PriceSnapshot;
  /** use `next` from now on (validated prices main has already made active) */
  change: (next: PriceSnapshot) => void;
};

const idOf = (snapshot: PriceSnapshot) => snapshot.manifest.snapshotId;

export function useActiveSnapshot({ bridge, initial, notify }: Options): ActiveSnapshot {
  const { t } = useTranslation();
  const [snapshot, setSnapshot] = useState(initial);
  const currentId = useRef(idOf(initial));
  const announce = useRef({ notify, t });
  useEffect(() => {
    announce.current = { notify, t };
  });

  const change = useCallback((next: PriceSnapshot) => {
    if (idOf(next) === currentId.current) return;
    currentId.current = idOf(next);
    setSnapshot(next);
    announce.current.notify({
      kind: 'info',
      text: announce.current.t('prices.switched', { id: idOf(next) }),
    });
  }, []);

  const initialId = idOf(initial);
  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void activeSnapshotThroughBridge(bridge, initial).then(({ snapshot: active, problem }) => {
      // the user switched in the meantime: that choice stands
      if (!live || currentId.current !== initialId) return;
      if (problem) {
        const { notify: show, t: text } = announce.current;
        show({
          kind: 'error',
          text: text('prices.bundledKept', { id: initialId, message: problem.message }),
        });
      } else if (idOf(active) !== initialId) {
        currentId.current = idOf(active);
        setSnapshot(active);
      }
    });
    return () => {
      live = false;
    };
  }, [bridge, initial, initialId]);

  useEffect(() => {
    if (!bridge) return;
    let live = true;
    const unsubscribe = bridge.onPriceUpdateProgress((event) => {
      const id = event.snapshotId;
      if (event.phase !== 'done' || id === null || id === currentId.current) return;
      void readSnapshotThroughBridge(bridge, id).then((loaded) => {
        if (!live) return;
        if (loaded.ok) return change(loaded.snapshot);
        const { notify: show, t: text } = announce.current;
        show({
          kind: 'error',
          text: text('prices.loadFailed', {
            id,
            current: currentId.current,
            message: loaded.problem.message,
          }),
        });
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [bridge, change]);

  return { snapshot, change };
}
