import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type LineItem } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { groupNameProblem, newGroupId } from './scenario-groups';
import {
  initialWorkspace,
  workspaceReducer,
  type WorkspaceAction,
  type WorkspaceState,
} from './workspace-state';

const start = () => initialWorkspace(defaultScenario('ko'));
const run = (state: WorkspaceState, ...actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, state);
const line = (state: WorkspaceState, id: string): LineItem => {
  const found = state.scenario.items.find((item) => item.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};
const assign = (state: WorkspaceState, id: string, group: string | undefined): WorkspaceAction => ({
  type: 'updateLine',
  item: { ...line(state, id), group } as LineItem,
});
const valid = (state: WorkspaceState) => scenarioSchema.safeParse(state.scenario).success;

describe('groups in the workspace reducer', () => {
  it('adds groups with fresh, stable ids; renaming keeps the id', () => {
    let state = run(start(), { type: 'addGroup', name: '  웹 계층 ' }, { type: 'addGroup', name: 'DB' });
    expect(state.scenario.groups).toEqual([
      { id: 'group-1', name: '웹 계층' },
      { id: 'group-2', name: 'DB' },
    ]);
    expect(state.dirty).toBe(true);
    state = run(state, { type: 'renameGroup', id: 'group-1', name: 'Web tier' });
    expect(state.scenario.groups[0]).toEqual({ id: 'group-1', name: 'Web tier' });
    expect(valid(state)).toBe(true);
  });

  it('refuses an empty, too long or taken name (the scenario object stays the same)', () => {
    const state = run(start(), { type: 'addGroup', name: 'Web' }, { type: 'addGroup', name: 'DB' });
    for (const action of [
      { type: 'addGroup', name: '   ' },
      { type: 'addGroup', name: 'web' },
      { type: 'addGroup', name: 'x'.repeat(121) },
      { type: 'renameGroup', id: 'group-2', name: ' WEB ' },
      { type: 'renameGroup', id: 'group-9', name: 'Cache' },
      { type: 'removeGroup', id: 'group-9' },
    ] as const satisfies readonly WorkspaceAction[])
      expect(run(state, action)).toBe(state);
  });

  it('removing a group takes its lines out of it, leaves the others alone and stays valid', () => {
    let state = run(start(), { type: 'addGroup', name: 'Web' }, { type: 'addGroup', name: 'DB' });
    state = run(state, assign(state, 'ec2-1', 'group-1'));
    state = run(state, assign(state, 'ebs-1', 'group-1'));
    state = run(state, assign(state, 'ec2-2', 'group-2'));
    expect(valid(state)).toBe(true);
    const untouched = line(state, 's3-1');
    const db = line(state, 'ec2-2');

    state = run(state, { type: 'removeGroup', id: 'group-1' });
    expect(state.scenario.groups).toEqual([{ id: 'group-2', name: 'DB' }]);
    expect(state.scenario.items.map((i) => [i.id, i.group])).toEqual([
      ['ec2-1', undefined],
      ['ec2-2', 'group-2'],
      ['ebs-1', undefined],
      ['s3-1', undefined],
      ['transfer-1', undefined],
    ]);
    expect('group' in line(state, 'ec2-1')).toBe(false);
    expect(line(state, 's3-1')).toBe(untouched);
    expect(line(state, 'ec2-2')).toBe(db);
    expect(valid(state)).toBe(true);
  });

  it('a line committed from an editor opened before its group was removed comes back without the group', () => {
    let state = run(start(), { type: 'addGroup', name: 'Web' });
    state = run(state, assign(state, 'ec2-1', 'group-1'));
    const stale = { ...line(state, 'ec2-1'), count: 3 } as LineItem;
    state = run(state, { type: 'removeGroup', id: 'group-1' }, { type: 'updateLine', item: stale });
    expect(line(state, 'ec2-1')).toMatchObject({ count: 3 });
    expect(line(state, 'ec2-1').group).toBeUndefined();
    expect(valid(state)).toBe(true);
  });

  it('tags edited in a line are kept', () => {
    const state = run(start(), {
      type: 'updateLine',
      item: { ...line(start(), 'ec2-1'), tags: ['prod', '웹'] } as LineItem,
    });
    expect(line(state, 'ec2-1').tags).toEqual(['prod', '웹']);
    expect(valid(state)).toBe(true);
  });

  it('any sequence of group actions leaves a scenario that passes the schema', () => {
    const ids = ['group-1', 'group-2', 'group-3', 'nope'];
    const lineIds = ['ec2-1', 'ec2-2', 'ebs-1', 's3-1', 'transfer-1'];
    const action = fc.oneof(
      fc.record({ type: fc.constant('addGroup' as const), name: fc.string({ maxLength: 130 }) }),
      fc.record({
        type: fc.constant('renameGroup' as const),
        id: fc.constantFrom(...ids),
        name: fc.string({ maxLength: 130 }),
      }),
      fc.record({ type: fc.constant('removeGroup' as const), id: fc.constantFrom(...ids) }),
      fc.record({
        type: fc.constant('assign' as const),
        line: fc.constantFrom(...lineIds),
        group: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        let state = start();
        for (const a of actions) state = run(state, a.type === 'assign' ? assign(state, a.line, a.group) : a);
        expect(scenarioSchema.safeParse(state.scenario).error?.issues ?? []).toEqual([]);
        expect(new Set(state.scenario.groups.map((g) => g.id)).size).toBe(state.scenario.groups.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('group names and ids', () => {
  it('names a problem with a name: empty, too long, or used by another group (any case)', () => {
    const groups = [{ id: 'group-1', name: 'Web tier' }];
    expect(groupNameProblem(groups, ' ')).toBe('empty');
    expect(groupNameProblem(groups, '가'.repeat(121))).toBe('tooLong');
    expect(groupNameProblem(groups, '가'.repeat(120))).toBeNull();
    expect(groupNameProblem(groups, ' web TIER ')).toBe('duplicate');
    expect(groupNameProblem(groups, 'Web tier', 'group-1')).toBeNull();
  });

  it('makes an id above the highest "group-N", skipping taken ones', () => {
    expect(newGroupId([])).toBe('group-1');
    expect(
      newGroupId([
        { id: 'web', name: 'Web' },
        { id: 'group-4', name: 'x' },
      ]),
    ).toBe('group-5');
    expect(
      newGroupId([
        { id: 'group-1', name: 'a' },
        { id: 'group-2', name: 'b' },
      ]),
    ).toBe('group-3');
  });
});
