import { createContext, useContext } from 'react';
import type { PriceSnapshot } from '../../../engine/prices';

export const SnapshotContext = createContext<PriceSnapshot | null>(null);

export function useSnapshot(): PriceSnapshot {
  const snapshot = useContext(SnapshotContext);
  if (!snapshot) throw new Error('useSnapshot: no SnapshotContext provider above this component');
  return snapshot;
}

/** Things a line editor can ask of the app without re-rendering every card when they change. */
export type EditorActions = {
  browseInstanceType: (lineId: string) => void;
  comparePurchaseOptions: (lineId: string) => void;
};

export const EditorActionsContext = createContext<EditorActions>({
  browseInstanceType: () => undefined,
  comparePurchaseOptions: () => undefined,
});
