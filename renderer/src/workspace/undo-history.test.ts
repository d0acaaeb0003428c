import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ec2Item } from '../../../engine/scenario';
import { workspaceOf } from '../../../engine/workspace';
import { defaultScenario } from '../app/default-scenario';
import { initialUndo, undoReducer, UNDO_LIMIT, type UndoAction, type UndoState } from './undo-history';
import { initialWorkspace } from './workspace-state';

const start = () => initialUndo(initialWorkspace(defaultScenario('ko')));
const run = (state: UndoState, ...actions: UndoAction[]) => actions.reduce(undoReducer, state);
const ids = (state: UndoState) => state.present.scenario.items.map((item) => item.id);
const ec2 = (state: UndoState, id = 'ec2-1') => {
  const item = state.present.scenario.items.find((i) => i.id === id);
  if (item?.service !== 'ec2') throw new Error(`no EC2 line ${id}`);
  return item;
};
const withCount = (item: Ec2Item, count: number): Ec2Item => ({ ...item, count });

describe('undo history', () => {
  it('brings a deleted line back, as unsaved, and redo deletes it again', () => {
    const before = start();
    const deleted = run(before, { type: 'removeLine', id: 'ec2-1' });
    expect(ids(deleted)).not.toContain('ec2-1');
    expect(deleted.past.at(-1)?.kind).toBe('removeLine');

    const undone = run(deleted, { type: 'undo' });
    expect(undone.present.scenario).toEqual(before.present.scenario);
    expect(undone.present.dirty).toBe(true);
    expect(undone.present.generation).toBeGreaterThan(deleted.present.generation);
    expect(undone.future.at(-1)?.kind).toBe('removeLine');

    const redone = run(undone, { type: 'redo' });
    expect(ids(redone)).toEqual(ids(deleted));
    expect(redone.future).toEqual([]);
  });

  it('takes back a run of edits to one line in one step, and a different line starts a new step', () => {
    const state = run(
      start(),
      { type: 'updateLine', item: withCount(ec2(start()), 3) },
      { type: 'markInvalid', id: 'ec2-1', invalid: true },
      { type: 'updateLine', item: withCount(ec2(start()), 30) },
      { type: 'updateLine', item: withCount(ec2(start(), 'ec2-2'), 7) },
    );
    expect(state.past.map((s) => s.kind)).toEqual(['editLine', 'editLine']);
    const once = run(state, { type: 'undo' });
    expect(ec2(once).count).toBe(30);
    expect(ec2(once, 'ec2-2').count).toBe(ec2(start(), 'ec2-2').count);
    const twice = run(once, { type: 'undo' });
    expect(ec2(twice).count).toBe(ec2(start()).count);
    expect(run(twice, { type: 'undo' })).toBe(twice);
  });

  it('is not a step to switch scenarios or save; undo shows the scenario where the change was made', () => {
    let state = run(start(), { type: 'duplicateScenario', id: start().present.activeId, name: '변형' });
    const variant = state.present.activeId;
    state = run(state, { type: 'removeLine', id: 'ec2-1' });
    const original = state.present.workspace.entries[0]!.id;
    state = run(
      state,
      { type: 'selectScenario', id: original },
      { type: 'saved', origin: { kind: 'web', name: 'a.json' } },
    );
    expect(state.past.map((s) => s.kind)).toEqual(['addScenario', 'removeLine']);
    state = run(state, { type: 'undo' });
    expect(state.present.activeId).toBe(variant);
    expect(ids(state)).toContain('ec2-1');
  });

  it('forgets what could be redone once something new is changed, and keeps at most the limit', () => {
    let state = run(start(), { type: 'addLine', service: 's3' }, { type: 'undo' });
    expect(state.future).toHaveLength(1);
    state = run(state, { type: 'addLine', service: 'ebs' });
    expect(state.future).toEqual([]);
    for (let i = 0; i < UNDO_LIMIT + 20; i += 1) state = run(state, { type: 'addLine', service: 'lambda' });
    expect(state.past).toHaveLength(UNDO_LIMIT);
  });

  it('starts a new history when a workspace file is opened', () => {
    const state = run(start(), { type: 'addLine', service: 'ec2' }, { type: 'undo' });
    const opened = run(state, {
      type: 'openWorkspace',
      workspace: workspaceOf([defaultScenario('en')]),
      origin: { kind: 'web', name: 'w.json' },
    });
    expect(opened.past).toEqual([]);
    expect(opened.future).toEqual([]);
  });

  it('undoing every step gives back the first workspace, and redoing every step the last one', () => {
    const action = fc.oneof(
      fc.constantFrom<UndoAction>(
        { type: 'addLine', service: 'ec2' },
        { type: 'addLine', service: 's3' },
        { type: 'removeLine', id: 'ec2-1' },
        { type: 'removeLine', id: 's3-1' },
        { type: 'duplicateLine', id: 'ebs-1' },
        { type: 'rename', name: '새 이름' },
        { type: 'setRegion', region: 'us-east-1' },
        { type: 'addGroup', name: '웹' },
        { type: 'addScenario', scenario: defaultScenario('en') },
      ),
      fc.integer({ min: 1, max: 50 }).map((count): UndoAction => ({
        type: 'updateLine',
        item: withCount(ec2(start()), count),
      })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const first = start();
        const last = run(first, ...actions);
        const undone = run(last, ...last.past.map((): UndoAction => ({ type: 'undo' })));
        expect(undone.past).toEqual([]);
        expect(undone.present.workspace.entries).toEqual(first.present.workspace.entries);
        const redone = run(undone, ...undone.future.map((): UndoAction => ({ type: 'redo' })));
        expect(redone.present.workspace.entries).toEqual(last.present.workspace.entries);
      }),
      { numRuns: 60 },
    );
  });

  it('never leaves a file with another scenario: undoing an open gives back the scenario without that file', () => {
    const file = { kind: 'desktop', path: '/home/u/plan.cloudsizer.json' } as const;
    const opened = run(start(), { type: 'openScenario', scenario: defaultScenario('en'), origin: file });
    expect(opened.present.origin).toEqual(file);
    const undone = run(opened, { type: 'undo' });
    expect(undone.present.scenario).toEqual(start().present.scenario);
    expect(undone.present.origin).toBeNull();
    const redone = run(undone, { type: 'redo' });
    expect(redone.present.origin).toEqual(file);
  });
});
