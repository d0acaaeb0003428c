/**
 * Undo and redo for the builder: the workspace (every scenario) before each change, as a stack. A run of edits
 * to one thing (typing in one line's editor, one scenario's name, one setting) is one step, so undo takes back
 * the whole run rather than a keystroke. Switching scenarios, saving and marking invalid input are not steps;
 * opening a workspace file starts a new history.
 */
import type { Workspace } from '../../../engine/workspace';
import type { FileOrigin, WorkspaceAction, WorkspaceState } from './workspace-state';
import { workspaceReducer } from './workspace-state';

export const UNDO_LIMIT = 100;

/** What a step did, for the undo and redo buttons ("실행 취소: 항목 삭제"). */
export type StepKind =
  | 'addLine'
  | 'editLine'
  | 'removeLine'
  | 'duplicateLine'
  | 'scenario'
  | 'settings'
  | 'groups'
  | 'addScenario'
  | 'removeScenario'
  | 'scenarios'
  | 'open';

/** The scenarios and their files as they were: a file stays with the scenario it was opened or saved as. */
type Step = { workspace: Workspace; origins: Readonly<Record<string, FileOrigin>>; kind: StepKind };

export type UndoState = {
  present: WorkspaceState;
  past: readonly Step[];
  future: readonly Step[];
  /** the last change's run key: the next change with the same key joins its step */
  runKey: string | null;
};

export type UndoAction = WorkspaceAction | { type: 'undo' } | { type: 'redo' };

/** The step an action makes and the run it belongs to, or null when it is not undoable. */
function stepOf(action: WorkspaceAction): { kind: StepKind; run: string | null } | null {
  switch (action.type) {
    case 'addLine':
      return { kind: 'addLine', run: null };
    case 'updateLine':
      return { kind: 'editLine', run: `line:${action.item.id}` };
    case 'removeLine':
      return { kind: 'removeLine', run: null };
    case 'duplicateLine':
      return { kind: 'duplicateLine', run: null };
    case 'rename':
      return { kind: 'scenario', run: 'name' };
    case 'setRegion':
      return { kind: 'scenario', run: null };
    case 'setSettings':
      return { kind: 'settings', run: `settings:${Object.keys(action.patch).sort().join(',')}` };
    case 'showUsd':
    case 'showKrw':
      return { kind: 'settings', run: 'currency' };
    case 'addGroup':
    case 'removeGroup':
      return { kind: 'groups', run: null };
    case 'renameGroup':
      return { kind: 'groups', run: `group:${action.id}` };
    case 'addScenario':
    case 'duplicateScenario':
      return { kind: 'addScenario', run: null };
    case 'removeScenario':
      return { kind: 'removeScenario', run: null };
    case 'renameScenario':
      return { kind: 'scenarios', run: `scenario-name:${action.id}` };
    case 'moveScenario':
      return { kind: 'scenarios', run: null };
    case 'openScenario':
      return { kind: 'open', run: null };
    default:
      return null;
  }
}

export function initialUndo(present: WorkspaceState): UndoState {
  return { present, past: [], future: [], runKey: null };
}

function travel(state: UndoState, from: 'past' | 'future'): UndoState {
  const stack = state[from];
  const step = stack.at(-1);
  if (!step) return state;
  const present = workspaceReducer(state.present, {
    type: 'restoreWorkspace',
    workspace: step.workspace,
    origins: step.origins,
  });
  const back: Step = { workspace: state.present.workspace, origins: state.present.origins, kind: step.kind };
  const rest = stack.slice(0, -1);
  return from === 'past'
    ? { present, past: rest, future: [...state.future, back], runKey: null }
    : { present, past: [...state.past, back], future: rest, runKey: null };
}

export function undoReducer(state: UndoState, action: UndoAction): UndoState {
  if (action.type === 'undo') return travel(state, 'past');
  if (action.type === 'redo') return travel(state, 'future');
  const present = workspaceReducer(state.present, action);
  if (action.type === 'openWorkspace') return initialUndo(present);
  const step = stepOf(action);
  if (present.workspace === state.present.workspace) return { ...state, present };
  if (step === null) return { ...state, present, runKey: null };
  const joins = step.run !== null && step.run === state.runKey && state.past.length > 0;
  const past = joins
    ? state.past
    : [
        ...state.past,
        { workspace: state.present.workspace, origins: state.present.origins, kind: step.kind },
      ].slice(-UNDO_LIMIT);
  return { present, past, future: [], runKey: step.run };
}
