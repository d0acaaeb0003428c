/**
 * A workspace: several scenarios side by side (e.g. "all on-demand", "3-yr RI", "Graviton + Spot"), each
 * under a workspace id, one of them active. Pure functions: each returns a new workspace and leaves the
 * argument untouched. A duplicated variant keeps its line ids, so the comparison matches its lines to the
 * original's line by line.
 */
import type { Scenario } from '../scenario/schema';

export interface WorkspaceEntry {
  /** "s1", "s2", … unique within the workspace */
  readonly id: string;
  readonly scenario: Scenario;
}

export interface Workspace {
  readonly entries: readonly WorkspaceEntry[];
  readonly activeId: string | null;
}

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

export const MAX_SCENARIOS = 50;
const MAX_NAME = 120;

export const emptyWorkspace = (): Workspace => ({ entries: [], activeId: null });

export function workspaceOf(scenarios: readonly Scenario[]): Workspace {
  return scenarios.reduce<Workspace>((ws, s) => addScenario(ws, s), emptyWorkspace());
}

function indexOf(ws: Workspace, id: string): number {
  const index = ws.entries.findIndex((e) => e.id === id);
  if (index < 0) throw new WorkspaceError(`no scenario with id "${id}" in the workspace`);
  return index;
}

/** The smallest free "sN". */
export function newEntryId(ws: Workspace): string {
  const used = new Set(ws.entries.map((e) => e.id));
  let n = 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new WorkspaceError('a scenario name cannot be empty');
  if ([...trimmed].length > MAX_NAME)
    throw new WorkspaceError(`a scenario name has at most ${MAX_NAME} characters`);
  return trimmed;
}

/** "Seoul web" → "Seoul web (2)", or (3)… whichever no scenario of the workspace uses yet. */
export function variantName(ws: Workspace, name: string): string {
  const names = new Set(ws.entries.map((e) => e.scenario.name));
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...stem].slice(0, MAX_NAME - suffix.length).join('') + suffix;
    if (!names.has(candidate)) return candidate;
  }
}

function withEntryAt(ws: Workspace, index: number, entry: WorkspaceEntry): Workspace {
  if (ws.entries.length >= MAX_SCENARIOS)
    throw new WorkspaceError(`a workspace holds at most ${MAX_SCENARIOS} scenarios`);
  const entries = [...ws.entries.slice(0, index), entry, ...ws.entries.slice(index)];
  return { entries, activeId: entry.id };
}

/** Appends a scenario and makes it active. */
export function addScenario(ws: Workspace, scenario: Scenario): Workspace {
  return withEntryAt(ws, ws.entries.length, { id: newEntryId(ws), scenario });
}

/** Inserts a copy right after the original, under a new id and name, and makes it active. */
export function duplicateScenario(ws: Workspace, id: string, name?: string): Workspace {
  const index = indexOf(ws, id);
  const original = ws.entries[index]!.scenario;
  const scenario: Scenario = {
    ...structuredClone(original),
    name: name === undefined ? variantName(ws, original.name) : checkName(name),
  };
  return withEntryAt(ws, index + 1, { id: newEntryId(ws), scenario });
}

export function renameScenario(ws: Workspace, id: string, name: string): Workspace {
  return replaceScenario(ws, id, { ...ws.entries[indexOf(ws, id)]!.scenario, name: checkName(name) });
}

/** After an edit: the entry keeps its id and place. */
export function replaceScenario(ws: Workspace, id: string, scenario: Scenario): Workspace {
  const index = indexOf(ws, id);
  const entries = ws.entries.slice();
  entries[index] = { id, scenario };
  return { ...ws, entries };
}

/** Moves a scenario to `toIndex` (clamped to the list); the baseline of a comparison is the first one. */
export function moveScenario(ws: Workspace, id: string, toIndex: number): Workspace {
  const from = indexOf(ws, id);
  const to = Math.max(0, Math.min(ws.entries.length - 1, Math.trunc(toIndex)));
  if (from === to) return ws;
  const entries = ws.entries.slice();
  const [entry] = entries.splice(from, 1);
  entries.splice(to, 0, entry!);
  return { ...ws, entries };
}

/** Removes a scenario; if it was active, its right neighbour (else left) becomes active. */
export function removeScenario(ws: Workspace, id: string): Workspace {
  const index = indexOf(ws, id);
  const entries = ws.entries.filter((e) => e.id !== id);
  const activeId =
    ws.activeId !== id ? ws.activeId : (entries[Math.min(index, entries.length - 1)]?.id ?? null);
  return { entries, activeId };
}

export function setActiveScenario(ws: Workspace, id: string): Workspace {
  indexOf(ws, id);
  return { ...ws, activeId: id };
}

export function activeScenario(ws: Workspace): WorkspaceEntry | null {
  return ws.entries.find((e) => e.id === ws.activeId) ?? null;
}
