/**
 * The scenario's groups (`scenario.groups`) as the builder edits them. Every function returns a scenario that
 * still passes `scenarioSchema`: a group's id never changes once made, a line only ever names a known group,
 * and a name the schema (or the reader) would refuse leaves the scenario as it was.
 */
import type { LineItem, Scenario } from '../../../engine/scenario';

export type ScenarioGroup = Scenario['groups'][number];

/** the schema's limit on a group's name */
export const GROUP_NAME_MAX = 120;

export type GroupNameProblem = 'empty' | 'tooLong' | 'duplicate';

/** What is wrong with `name` as the name of group `exceptId` (or of a new group), or null. */
export function groupNameProblem(
  groups: readonly ScenarioGroup[],
  name: string,
  exceptId?: string,
): GroupNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if ([...trimmed].length > GROUP_NAME_MAX) return 'tooLong';
  const folded = trimmed.toLocaleLowerCase();
  if (groups.some((g) => g.id !== exceptId && g.name.trim().toLocaleLowerCase() === folded))
    return 'duplicate';
  return null;
}

/** "group-1", "group-2", … one above the highest such id in use, so an id is not handed out twice in a row. */
export function newGroupId(groups: readonly ScenarioGroup[]): string {
  let highest = 0;
  for (const { id } of groups) {
    const match = /^group-(\d{1,9})$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const taken = new Set(groups.map((g) => g.id));
  let n = highest + 1;
  while (taken.has(`group-${n}`)) n++;
  return `group-${n}`;
}

export function addGroup(scenario: Scenario, name: string): Scenario {
  if (groupNameProblem(scenario.groups, name) !== null) return scenario;
  const group = { id: newGroupId(scenario.groups), name: name.trim() };
  return { ...scenario, groups: [...scenario.groups, group] };
}

export function renameGroup(scenario: Scenario, id: string, name: string): Scenario {
  const index = scenario.groups.findIndex((g) => g.id === id);
  const current = scenario.groups[index];
  if (!current || current.name === name.trim() || groupNameProblem(scenario.groups, name, id) !== null)
    return scenario;
  const groups = scenario.groups.slice();
  groups[index] = { id, name: name.trim() };
  return { ...scenario, groups };
}

/** Drops the group and takes its lines out of it; other lines stay the same objects. */
export function removeGroup(scenario: Scenario, id: string): Scenario {
  if (!scenario.groups.some((g) => g.id === id)) return scenario;
  return {
    ...scenario,
    groups: scenario.groups.filter((g) => g.id !== id),
    items: scenario.items.map((item) => (item.group === id ? ungrouped(item) : item)),
  };
}

/** How many lines are in each group. */
export function lineCountByGroup(items: readonly LineItem[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    if (item.group !== undefined) counts.set(item.group, (counts.get(item.group) ?? 0) + 1);
  return counts;
}

/**
 * `item` without a group the scenario no longer has (an editor may commit a line whose group was removed
 * while its draft was open); the same object when its group is known.
 */
export function withKnownGroup(item: LineItem, groups: readonly ScenarioGroup[]): LineItem {
  return item.group === undefined || groups.some((g) => g.id === item.group) ? item : ungrouped(item);
}

function ungrouped(item: LineItem): LineItem {
  const { group: _group, ...rest } = item;
  return rest as LineItem;
}
