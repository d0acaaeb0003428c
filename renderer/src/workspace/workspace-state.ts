/**
 * The builder's store: a workspace of scenarios (the engine's workspace model) with one active scenario that
 * the line editors, the top bar and the totals work on. Each scenario remembers its own file and whether it
 * has unsaved changes; the workspace remembers its own file (`*.cloudsizer-workspace.json`).
 */
import type { LineItem, Scenario, ScenarioSettings, Service } from '../../../engine/scenario';
import {
  activeScenario,
  addScenario,
  duplicateScenario,
  moveScenario,
  removeScenario,
  renameScenario,
  replaceScenario,
  setActiveScenario,
  workspaceOf,
  type Workspace,
} from '../../../engine/workspace';
import type { Region } from '../../../pricing-data/schema';
import { duplicateOf, newLine, newLineId } from './new-line';
import { addGroup, removeGroup, renameGroup, withKnownGroup } from './scenario-groups';

export type KrwRate = { krwPerUsd: string; rateDate: string };

/** Where a scenario (or the workspace) lives: a desktop path, a web file name, or nowhere yet. */
export type FileOrigin = { kind: 'desktop'; path: string } | { kind: 'web'; name: string } | null;

export type WorkspaceState = {
  /** every scenario, in order (never empty); `workspace.activeId` is `activeId` */
  readonly workspace: Workspace;
  readonly activeId: string;
  /** the active scenario, the one the builder edits */
  readonly scenario: Scenario;
  /** the active scenario's file */
  readonly origin: FileOrigin;
  /** the active scenario has changes its file (or the workspace file) does not have */
  readonly dirty: boolean;
  /** something would be lost if the window closed now: a scenario's changes or the set of scenarios */
  readonly anyUnsaved: boolean;
  readonly origins: Readonly<Record<string, FileOrigin>>;
  /** ids of scenarios with unsaved changes */
  readonly unsaved: ReadonlySet<string>;
  readonly workspaceOrigin: FileOrigin;
  /** the workspace changed since it was last opened or saved as a workspace file */
  readonly workspaceDirty: boolean;
  /** lines whose editor holds input that does not validate (the scenario keeps their last valid value) */
  readonly invalidLines: ReadonlySet<string>;
  /**
   * bumps whenever the builder shows another scenario (opened, switched to), so editors drop their drafts;
   * not for edits of the scenario on screen, a rename from its tab included
   */
  readonly generation: number;
  /** the last KRW rate typed, kept while the display is switched back to USD */
  readonly lastKrwRate: KrwRate | null;
};

export type WorkspaceAction =
  /** a scenario file: added as a new scenario (it replaces a lone, untouched, never-saved one) */
  | { type: 'openScenario'; scenario: Scenario; origin: FileOrigin }
  /** a workspace file: replaces every scenario; recovered work (the autosave after a crash) counts as unsaved */
  | { type: 'openWorkspace'; workspace: Workspace; origin: FileOrigin; recovered?: boolean }
  | { type: 'addScenario'; scenario: Scenario }
  | { type: 'selectScenario'; id: string }
  | { type: 'duplicateScenario'; id: string; name: string }
  | { type: 'renameScenario'; id: string; name: string }
  | { type: 'moveScenario'; id: string; toIndex: number }
  | { type: 'removeScenario'; id: string }
  /** the active scenario was saved to `origin` */
  | { type: 'saved'; origin: FileOrigin }
  | { type: 'workspaceSaved'; origin: FileOrigin }
  | { type: 'rename'; name: string }
  | { type: 'setRegion'; region: Region }
  | { type: 'setSettings'; patch: Partial<Omit<ScenarioSettings, 'currency'>> }
  | { type: 'showUsd' }
  | { type: 'showKrw'; rate: KrwRate }
  | { type: 'addLine'; service: Service }
  | { type: 'updateLine'; item: LineItem }
  | { type: 'removeLine'; id: string }
  | { type: 'duplicateLine'; id: string }
  | { type: 'markInvalid'; id: string; invalid: boolean }
  /** a new group of the active scenario (its id is made here); an empty or taken name changes nothing */
  | { type: 'addGroup'; name: string }
  | { type: 'renameGroup'; id: string; name: string }
  /** the group's lines stay, out of any group */
  | { type: 'removeGroup'; id: string }
  /**
   * an earlier (undo) or later (redo) state of the scenarios with the files they belonged to then (an id can
   * name another scenario now); what differs from the state on screen is unsaved
   */
  | { type: 'restoreWorkspace'; workspace: Workspace; origins: Readonly<Record<string, FileOrigin>> };

const NO_INVALID: ReadonlySet<string> = new Set();

function rateOf(scenario: Scenario): KrwRate | null {
  const currency = scenario.settings.currency;
  return currency.display === 'KRW' ? { krwPerUsd: currency.krwPerUsd, rateDate: currency.rateDate } : null;
}

type Stored = Omit<WorkspaceState, 'activeId' | 'scenario' | 'origin' | 'dirty' | 'anyUnsaved'>;

/** The fields every consumer reads (active scenario, its file and flags), derived from the stored ones. */
function settle(stored: Stored): WorkspaceState {
  const ws = stored.workspace;
  const active = activeScenario(ws) ?? ws.entries[0];
  if (!active) throw new Error('a workspace in the builder always holds a scenario');
  const activeId = active.id;
  return {
    ...stored,
    workspace: ws.activeId === activeId ? ws : { ...ws, activeId },
    activeId,
    scenario: active.scenario,
    origin: stored.origins[activeId] ?? null,
    dirty: stored.unsaved.has(activeId),
    anyUnsaved:
      stored.unsaved.size > 0 ||
      (stored.workspaceDirty && (ws.entries.length > 1 || stored.workspaceOrigin !== null)),
  };
}

/** A workspace of one scenario, or a whole workspace (e.g. one just opened; it must hold a scenario). */
export function initialWorkspace(start: Scenario | Workspace, origin: FileOrigin = null): WorkspaceState {
  const isWorkspace = 'entries' in start;
  const workspace = isWorkspace ? start : workspaceOf([start]);
  const first = activeScenario(workspace) ?? workspace.entries[0];
  return settle({
    workspace,
    origins: !isWorkspace && first ? { [first.id]: origin } : {},
    unsaved: new Set(),
    workspaceOrigin: isWorkspace ? origin : null,
    workspaceDirty: false,
    invalidLines: NO_INVALID,
    generation: 0,
    lastKrwRate: first ? rateOf(first.scenario) : null,
  });
}

/** The engine's workspace functions throw on an unknown id or a full workspace: then nothing changes. */
function attempt(state: WorkspaceState, change: () => Workspace): Workspace {
  try {
    return change();
  } catch {
    return state.workspace;
  }
}

function without<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  if (!set.has(value)) return set;
  const next = new Set(set);
  next.delete(value);
  return next;
}

function withValue<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  return set.has(value) ? set : new Set(set).add(value);
}

/** Another scenario is shown: editors start over from it. */
function shown(state: WorkspaceState, workspace: Workspace, changes: Partial<Stored> = {}): WorkspaceState {
  return settle({
    ...state,
    workspaceDirty: true,
    ...changes,
    workspace,
    invalidLines: NO_INVALID,
    generation: state.generation + 1,
  });
}

/** The active scenario was edited. */
function edited(state: WorkspaceState, scenario: Scenario, changes: Partial<Stored> = {}): WorkspaceState {
  return settle({
    ...state,
    ...changes,
    workspace: replaceScenario(state.workspace, state.activeId, scenario),
    unsaved: withValue(state.unsaved, state.activeId),
    workspaceDirty: true,
  });
}

function editedIfChanged(state: WorkspaceState, scenario: Scenario): WorkspaceState {
  return scenario === state.scenario ? state : edited(state, scenario);
}

function withItems(state: WorkspaceState, items: LineItem[]): WorkspaceState {
  return edited(state, { ...state.scenario, items });
}

/** The start-up example (or a new empty scenario) nobody has touched or saved: opening a file replaces it. */
function isPristine(state: WorkspaceState): boolean {
  return (
    state.workspace.entries.length === 1 &&
    state.origin === null &&
    state.workspaceOrigin === null &&
    !state.anyUnsaved &&
    !state.workspaceDirty
  );
}

function scenarioAction(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  const { scenario } = state;
  switch (action.type) {
    case 'rename':
      return action.name === scenario.name ? state : edited(state, { ...scenario, name: action.name });
    case 'setRegion':
      return action.region === scenario.region
        ? state
        : edited(state, { ...scenario, region: action.region });
    case 'setSettings':
      return edited(state, { ...scenario, settings: { ...scenario.settings, ...action.patch } });
    case 'showUsd':
      return edited(
        state,
        { ...scenario, settings: { ...scenario.settings, currency: { display: 'USD' } } },
        { lastKrwRate: rateOf(scenario) ?? state.lastKrwRate },
      );
    case 'showKrw':
      return edited(
        state,
        { ...scenario, settings: { ...scenario.settings, currency: { display: 'KRW', ...action.rate } } },
        { lastKrwRate: action.rate },
      );
    case 'addLine': {
      const item = newLine(action.service, newLineId(scenario.items, action.service));
      return withItems(state, [...scenario.items, item]);
    }
    case 'updateLine': {
      const index = scenario.items.findIndex((item) => item.id === action.item.id);
      if (index < 0 || scenario.items[index] === action.item) return state;
      const items = scenario.items.slice();
      items[index] = withKnownGroup(action.item, scenario.groups);
      return withItems(state, items);
    }
    case 'removeLine': {
      const items = scenario.items.filter((item) => item.id !== action.id);
      if (items.length === scenario.items.length) return state;
      return { ...withItems(state, items), invalidLines: without(state.invalidLines, action.id) };
    }
    case 'duplicateLine': {
      const index = scenario.items.findIndex((item) => item.id === action.id);
      const original = scenario.items[index];
      if (!original) return state;
      const copy = duplicateOf(original, newLineId(scenario.items, original.service));
      return withItems(state, [
        ...scenario.items.slice(0, index + 1),
        copy,
        ...scenario.items.slice(index + 1),
      ]);
    }
    case 'addGroup':
      return editedIfChanged(state, addGroup(scenario, action.name));
    case 'renameGroup':
      return editedIfChanged(state, renameGroup(scenario, action.id, action.name));
    case 'removeGroup':
      return editedIfChanged(state, removeGroup(scenario, action.id));
    case 'markInvalid': {
      if (state.invalidLines.has(action.id) === action.invalid) return state;
      const next = new Set(state.invalidLines);
      if (action.invalid) next.add(action.id);
      else next.delete(action.id);
      return { ...state, invalidLines: next };
    }
    default:
      return state;
  }
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'openScenario': {
      if (isPristine(state)) {
        const next = initialWorkspace(action.scenario, action.origin);
        return { ...next, generation: state.generation + 1 };
      }
      const workspace = attempt(state, () => addScenario(state.workspace, action.scenario));
      if (workspace === state.workspace) return state;
      const id = workspace.activeId ?? '';
      return shown(state, workspace, { origins: { ...state.origins, [id]: action.origin } });
    }
    case 'openWorkspace': {
      const opened = {
        ...initialWorkspace(action.workspace, action.origin),
        generation: state.generation + 1,
      };
      if (!action.recovered) return opened;
      return settle({
        ...opened,
        unsaved: new Set(action.workspace.entries.map((e) => e.id)),
        workspaceDirty: true,
      });
    }
    case 'addScenario': {
      const workspace = attempt(state, () => addScenario(state.workspace, action.scenario));
      return workspace === state.workspace ? state : shown(state, workspace);
    }
    case 'selectScenario': {
      if (action.id === state.activeId) return state;
      const workspace = attempt(state, () => setActiveScenario(state.workspace, action.id));
      return workspace === state.workspace
        ? state
        : shown(state, workspace, { workspaceDirty: state.workspaceDirty });
    }
    case 'duplicateScenario': {
      const workspace = attempt(state, () => duplicateScenario(state.workspace, action.id, action.name));
      if (workspace === state.workspace) return state;
      return shown(state, workspace, { unsaved: withValue(state.unsaved, workspace.activeId ?? '') });
    }
    case 'renameScenario': {
      const current = state.workspace.entries.find((e) => e.id === action.id);
      if (!current || current.scenario.name === action.name.trim()) return state;
      const workspace = attempt(state, () => renameScenario(state.workspace, action.id, action.name));
      if (workspace === state.workspace) return state;
      // the same scenario stays on screen: line editors keep their drafts (the name field follows `name`)
      return settle({
        ...state,
        workspace,
        unsaved: withValue(state.unsaved, action.id),
        workspaceDirty: true,
      });
    }
    case 'moveScenario': {
      const workspace = attempt(state, () => moveScenario(state.workspace, action.id, action.toIndex));
      return workspace === state.workspace ? state : settle({ ...state, workspace, workspaceDirty: true });
    }
    case 'removeScenario': {
      if (state.workspace.entries.length <= 1) return state;
      const workspace = attempt(state, () => removeScenario(state.workspace, action.id));
      if (workspace === state.workspace) return state;
      const { [action.id]: _removed, ...origins } = state.origins;
      const changes: Partial<Stored> = { unsaved: without(state.unsaved, action.id), origins };
      return workspace.activeId === state.activeId
        ? settle({ ...state, ...changes, workspace, workspaceDirty: true })
        : shown(state, workspace, changes);
    }
    case 'saved':
      return settle({
        ...state,
        origins: { ...state.origins, [state.activeId]: action.origin },
        unsaved: without(state.unsaved, state.activeId),
      });
    case 'restoreWorkspace': {
      if (action.workspace === state.workspace) return state;
      const current = new Map(state.workspace.entries.map((e) => [e.id, e.scenario]));
      const changed = action.workspace.entries.filter((e) => current.get(e.id) !== e.scenario);
      const unsaved = new Set(state.unsaved);
      for (const entry of changed) unsaved.add(entry.id);
      return shown(state, action.workspace, { unsaved, origins: action.origins });
    }
    case 'workspaceSaved':
      return settle({ ...state, workspaceOrigin: action.origin, workspaceDirty: false, unsaved: new Set() });
    default:
      return scenarioAction(state, action);
  }
}
