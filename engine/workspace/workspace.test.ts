import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../testing/scenario';
import {
  activeScenario,
  addScenario,
  duplicateScenario,
  emptyWorkspace,
  moveScenario,
  removeScenario,
  renameScenario,
  variantName,
  workspaceOf,
  WorkspaceError,
} from './workspace';
import { parseWorkspace, parseWorkspaceText, serializeWorkspace } from './workspace-file';

const base = scenarioOf([{ service: 'ec2', id: 'web', instanceType: 'm5.large', count: 2 }], {
  name: 'Seoul web',
});
const names = (ws: { entries: readonly { scenario: { name: string } }[] }) =>
  ws.entries.map((e) => e.scenario.name);

describe('workspace', () => {
  it('duplicates a scenario as a variant right after it: new entry id and name, same line ids, original untouched', () => {
    const ws = workspaceOf([base, { ...base, name: 'Other' }]);
    const next = duplicateScenario(ws, 's1');
    expect(names(next)).toEqual(['Seoul web', 'Seoul web (2)', 'Other']);
    expect(next.entries.map((e) => e.id)).toEqual(['s1', 's3', 's2']);
    expect(next.activeId).toBe('s3');
    expect(next.entries[1]!.scenario.items.map((i) => i.id)).toEqual(['web']);
    expect(next.entries[1]!.scenario.items[0]).not.toBe(base.items[0]);
    expect(names(ws)).toEqual(['Seoul web', 'Other']);
    expect(names(duplicateScenario(next, 's3'))).toContain('Seoul web (3)');
    expect(names(duplicateScenario(ws, 's1', '  3-yr RI '))[1]).toBe('3-yr RI');
  });

  it('renames, reorders and removes; the active scenario moves to a neighbour', () => {
    let ws = workspaceOf([base, { ...base, name: 'B' }, { ...base, name: 'C' }]);
    ws = renameScenario(ws, 's2', 'Graviton + Spot');
    expect(names(ws)).toEqual(['Seoul web', 'Graviton + Spot', 'C']);
    expect(names(moveScenario(ws, 's3', 0))).toEqual(['C', 'Seoul web', 'Graviton + Spot']);
    expect(names(moveScenario(ws, 's1', 99))).toEqual(['Graviton + Spot', 'C', 'Seoul web']);
    ws = removeScenario({ ...ws, activeId: 's2' }, 's2');
    expect([names(ws), ws.activeId]).toEqual([['Seoul web', 'C'], 's3']);
    ws = removeScenario(ws, 's3');
    expect(activeScenario(ws)?.id).toBe('s1');
    expect(removeScenario(ws, 's1')).toEqual({ entries: [], activeId: null });
  });

  it('refuses bad names and unknown ids with a message that says which', () => {
    const ws = workspaceOf([base]);
    expect(() => renameScenario(ws, 's1', '   ')).toThrow(WorkspaceError);
    expect(() => renameScenario(ws, 's1', 'x'.repeat(121))).toThrow(/at most 120 characters/);
    expect(() => moveScenario(ws, 's9', 0)).toThrow(/no scenario with id "s9"/);
    expect(variantName(ws, 'y'.repeat(120))).toHaveLength(120);
  });

  it('reuses the smallest free id', () => {
    const ws = removeScenario(workspaceOf([base, base, base]), 's2');
    expect(addScenario(ws, base).entries.map((e) => e.id)).toEqual(['s1', 's3', 's2']);
    expect(addScenario(emptyWorkspace(), base).activeId).toBe('s1');
  });
});

describe('workspace file', () => {
  it('round-trips: serialize → parse → serialize is identical, with a trailing newline', () => {
    const ws = duplicateScenario(workspaceOf([base]), 's1', 'Variant');
    const text = serializeWorkspace(ws);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = parseWorkspaceText(`\uFEFF${text}`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(serializeWorkspace(parsed.workspace)).toBe(text);
  });

  it('reports problems of embedded scenarios with their full JSON path, and refuses newer versions', () => {
    const doc = JSON.parse(serializeWorkspace(workspaceOf([base, base]))) as {
      activeId: string;
      scenarios: { id: string; scenario: { items: { count: number }[] } }[];
    };
    doc.scenarios[1]!.scenario.items[0]!.count = -1;
    doc.activeId = 's7';
    const shellProblem = parseWorkspace(doc);
    expect(!shellProblem.ok && shellProblem.issues).toEqual([
      { path: '$.activeId', message: 'no scenario has id "s7"', ko: 'ID가 "s7"인 시나리오가 없습니다' },
    ]);
    doc.activeId = 's1';
    const r = parseWorkspace(doc);
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['$.scenarios[1].scenario.items[0].count']);
    const future = parseWorkspace({ ...doc, workspaceVersion: 2 });
    expect(!future.ok && future.issues[0]!.message).toMatch(/newer CloudSizer/);
    const dup = parseWorkspace({ ...doc, scenarios: [doc.scenarios[0], doc.scenarios[0]] });
    expect(!dup.ok && dup.issues[0]).toEqual({
      path: '$.scenarios[1].id',
      message: 'duplicate id "s1"',
      ko: 'ID "s1"이 중복됩니다',
    });
  });
});
