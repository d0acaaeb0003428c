import { useCallback, useReducer, type Dispatch } from 'react';
import { initialUndo, undoReducer, type StepKind } from './undo-history';
import type { WorkspaceAction, WorkspaceState } from './workspace-state';

export type UndoableWorkspace = {
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceAction>;
  undo: () => void;
  redo: () => void;
  /** what undo / redo would take back or bring back, null when nothing */
  undoStep: StepKind | null;
  redoStep: StepKind | null;
};

/** The builder's workspace state with its undo history (undo-history.ts). */
export function useUndoableWorkspace(init: () => WorkspaceState): UndoableWorkspace {
  const [history, dispatch] = useReducer(undoReducer, null, () => initialUndo(init()));
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  return {
    state: history.present,
    dispatch,
    undo,
    redo,
    undoStep: history.past.at(-1)?.kind ?? null,
    redoStep: history.future.at(-1)?.kind ?? null,
  };
}
