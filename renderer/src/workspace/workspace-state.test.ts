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

  it('a loaded scenario starts clean, under a new generation', () => {
    const state = run(
      start(),
      { type: 'rename', name: 'x' },
      { type: 'load', scenario: defaultScenario('en'), origin: null },
    );
    expect(state.dirty).toBe(false);
    expect(state.generation).toBe(1);
    expect(state.scenario.name).toBe('Seoul web service');
  });
});
