import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import {
  initialWorkspace,
  workspaceReducer,
  type WorkspaceAction,
  type WorkspaceState,
} from './workspace-state';

const start = () => initialWorkspace(defaultScenario('ko'));
const run = (state: WorkspaceState, ...actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, state);

describe('workspace reducer', () => {
  it('adds a valid line of each service with a fresh id and marks the workspace dirty', () => {
    const state = run(
      start(),
      { type: 'addLine', service: 'ec2' },
      { type: 'addLine', service: 'data-transfer' },
      { type: 'addLine', service: 'lambda' },
    );
    expect(state.scenario.items.map((i) => i.id).slice(-3)).toEqual(['ec2-3', 'transfer-2', 'lambda-1']);
    expect(state.dirty).toBe(true);
    expect(scenarioSchema.safeParse(state.scenario).success).toBe(true);
  });

  it('duplicates a line right after the original, and removes by id', () => {
    let state = run(start(), { type: 'duplicateLine', id: 'ec2-1' });
    expect(state.scenario.items.map((i) => i.id).slice(0, 3)).toEqual(['ec2-1', 'ec2-3', 'ec2-2']);
    expect(state.scenario.items[1]).toMatchObject({ instanceType: 'm5.large', count: 2 });
    state = run(state, { type: 'removeLine', id: 'ec2-1' });
    expect(state.scenario.items.some((i) => i.id === 'ec2-1')).toBe(false);
  });

  it('keeps untouched items as the same objects (the per-line cache relies on it)', () => {
    const before = start();
    const item = before.scenario.items[0]!;
    const after = run(before, { type: 'updateLine', item: { ...item, count: 5 } as typeof item });
    expect(after.scenario.items[0]).not.toBe(item);
    expect(after.scenario.items.slice(1)).toEqual(before.scenario.items.slice(1));
    after.scenario.items.slice(1).forEach((it, i) => expect(it).toBe(before.scenario.items[i + 1]));
  });

  it('remembers the KRW rate while USD is shown, and tracks invalid lines', () => {
    const rate = { krwPerUsd: '1385.20', rateDate: '2026-07-20' };
    let state = run(start(), { type: 'showKrw', rate }, { type: 'showUsd' });
    expect(state.scenario.settings.currency).toEqual({ display: 'USD' });
    expect(state.lastKrwRate).toEqual(rate);
    state = run(state, { type: 'markInvalid', id: 'ebs-1', invalid: true });
    expect([...state.invalidLines]).toEqual(['ebs-1']);
    state = run(state, { type: 'removeLine', id: 'ebs-1' });
    expect(state.invalidLines.size).toBe(0);
  });

  it('an opened scenario file replaces the untouched start-up scenario, and starts clean', () => {
    const state = run(start(), { type: 'openScenario', scenario: defaultScenario('en'), origin: null });
    expect(state.dirty).toBe(false);
    expect(state.generation).toBe(1);
    expect(state.workspace.entries.map((e) => e.scenario.name)).toEqual(['Seoul web service']);
  });
});

const names = (state: WorkspaceState) => state.workspace.entries.map((e) => e.scenario.name);

describe('workspace of scenarios', () => {
  it('duplicates the active scenario as a variant and edits only the variant', () => {
    let state = run(start(), { type: 'duplicateScenario', id: 's1', name: '서울 웹 서비스 (사본)' });
    expect(names(state)).toEqual(['서울 웹 서비스', '서울 웹 서비스 (사본)']);
    expect([state.activeId, state.generation]).toEqual(['s2', 1]);
    expect(state.scenario.items.map((i) => i.id)).toEqual(start().scenario.items.map((i) => i.id));
    const web = state.scenario.items[0]!;
    state = run(state, { type: 'updateLine', item: { ...web, count: 7 } as typeof web });
    expect(state.workspace.entries[0]!.scenario.items[0]).toMatchObject({ count: 2 });
    expect(state.workspace.entries[1]!.scenario.items[0]).toMatchObject({ count: 7 });
    expect([...state.unsaved]).toEqual(['s2']);
    expect(state.anyUnsaved).toBe(true);
  });

  it('switching scenarios drops line drafts (new generation, no invalid lines) and keeps both scenarios', () => {
    let state = run(
      start(),
      { type: 'addScenario', scenario: defaultScenario('en') },
      { type: 'markInvalid', id: 'ec2-1', invalid: true },
      { type: 'selectScenario', id: 's1' },
    );
    expect(state.scenario.name).toBe('서울 웹 서비스');
    expect(state.invalidLines.size).toBe(0);
    expect(state.generation).toBe(2);
    state = run(state, { type: 'selectScenario', id: 's9' });
    expect(state.activeId).toBe('s1');
  });

  it('renaming the scenario on screen keeps the editors’ drafts (same generation, invalid lines kept)', () => {
    const before = run(
      start(),
      { type: 'addScenario', scenario: defaultScenario('en') },
      { type: 'markInvalid', id: 'ec2-1', invalid: true },
    );
    const state = run(before, { type: 'renameScenario', id: 's2', name: 'Graviton + Spot' });
    expect([state.scenario.name, state.generation, [...state.invalidLines]]).toEqual([
      'Graviton + Spot',
      before.generation,
      ['ec2-1'],
    ]);
    expect([state.dirty, state.workspaceDirty]).toEqual([true, true]);
  });

  it('renames (refusing an empty name), reorders and removes; the last scenario cannot be removed', () => {
    let state = run(
      start(),
      { type: 'addScenario', scenario: defaultScenario('en') },
      { type: 'renameScenario', id: 's1', name: '  3년 RI  ' },
      { type: 'renameScenario', id: 's2', name: '   ' },
      { type: 'moveScenario', id: 's2', toIndex: 0 },
    );
    expect(names(state)).toEqual(['Seoul web service', '3년 RI']);
    expect(state.activeId).toBe('s2');
    state = run(state, { type: 'removeScenario', id: 's2' });
    expect([names(state), state.activeId, state.scenario.name]).toEqual([['3년 RI'], 's1', '3년 RI']);
    expect(run(state, { type: 'removeScenario', id: 's1' })).toBe(state);
  });

  it('opening a scenario file adds it once the workspace is in use; each scenario keeps its own file', () => {
    let state = run(start(), { type: 'saved', origin: { kind: 'desktop', path: '/a.cloudsizer.json' } });
    state = run(state, {
      type: 'openScenario',
      scenario: defaultScenario('en'),
      origin: { kind: 'desktop', path: '/b.cloudsizer.json' },
    });
    expect(names(state)).toEqual(['서울 웹 서비스', 'Seoul web service']);
    expect(state.origin).toEqual({ kind: 'desktop', path: '/b.cloudsizer.json' });
    state = run(state, { type: 'selectScenario', id: 's1' });
    expect(state.origin).toEqual({ kind: 'desktop', path: '/a.cloudsizer.json' });
  });

  it('a removed scenario takes its file with it (its id may be reused)', () => {
    let state = run(
      start(),
      { type: 'addScenario', scenario: defaultScenario('en') },
      { type: 'saved', origin: { kind: 'web', name: 'b.cloudsizer.json' } },
      { type: 'removeScenario', id: 's2' },
      { type: 'addScenario', scenario: defaultScenario('en') },
    );
    expect(state.activeId).toBe('s2');
    expect(state.origin).toBeNull();
    state = run(state, {
      type: 'workspaceSaved',
      origin: { kind: 'web', name: 'w.cloudsizer-workspace.json' },
    });
    expect([state.anyUnsaved, state.workspaceDirty]).toEqual([false, false]);
  });

  it('a workspace file replaces every scenario, keeping its active one', () => {
    const ws = run(start(), { type: 'addScenario', scenario: defaultScenario('en') }).workspace;
    const state = run(start(), {
      type: 'openWorkspace',
      workspace: { ...ws, activeId: 's1' },
      origin: { kind: 'web', name: 'w.cloudsizer-workspace.json' },
    });
    expect([names(state), state.activeId, state.anyUnsaved]).toEqual([
      ['서울 웹 서비스', 'Seoul web service'],
      's1',
      false,
    ]);
    expect(scenarioSchema.safeParse(state.scenario).success).toBe(true);
  });
});
