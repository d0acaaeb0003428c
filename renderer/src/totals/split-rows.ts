/**
 * The estimate split by the scenario's groups and by tags, for the summary: one row per group (every group of
 * the scenario, in its order, then "no group") or per tag (in order of first use, then "untagged"). Sums use
 * the engine's `groupTotals` over the lines in file order, so they are the engine's `byGroup` / `byTag`.
 */
import { groupTotals } from '../../../engine/estimate/summaries';
import type { LineResult, Totals } from '../../../engine/estimate/types';
import type { ScenarioGroup } from '../workspace/scenario-groups';

export type SplitRow = {
  /** the group's id or the tag; '' for the row of lines without a group / without tags */
  readonly key: string;
  /** the group's name or the tag; null for the row of lines without one */
  readonly name: string | null;
  readonly lineCount: number;
  readonly unpricedCount: number;
  /** the sum of the row's priced lines; null when it has none */
  readonly totals: Totals | null;
};

/** group ids and tags are never empty, so '' cannot be taken by a real key */
const NONE = '';

function rows(
  lines: readonly LineResult[],
  keysOf: (line: LineResult) => readonly string[],
  order: readonly { key: string; name: string }[],
  allTotals: Totals,
): SplitRow[] {
  const sums = groupTotals(lines, keysOf, allTotals);
  const counts = new Map<string, { lines: number; unpriced: number }>();
  const seen: string[] = [];
  for (const line of lines)
    for (const key of new Set(keysOf(line))) {
      let count = counts.get(key);
      if (!count) {
        count = { lines: 0, unpriced: 0 };
        counts.set(key, count);
        seen.push(key);
      }
      count.lines++;
      if (line.status === 'unpriced') count.unpriced++;
    }
  const named = new Set(order.map((o) => o.key));
  const keys = [
    ...order,
    ...seen.filter((key) => key !== NONE && !named.has(key)).map((key) => ({ key, name: key })),
    ...(counts.has(NONE) ? [{ key: NONE, name: null }] : []),
  ];
  return keys.map(({ key, name }) => ({
    key,
    name,
    lineCount: counts.get(key)?.lines ?? 0,
    unpricedCount: counts.get(key)?.unpriced ?? 0,
    totals: Object.hasOwn(sums, key) ? (sums[key] ?? null) : null,
  }));
}

/** By group: the scenario's groups (with no lines too), a group id no group has (shown as the id), no group. */
export function groupRows(
  lines: readonly LineResult[],
  groups: readonly ScenarioGroup[],
  allTotals: Totals,
): SplitRow[] {
  const order = groups.map((g) => ({ key: g.id, name: g.name }));
  return rows(lines, (line) => [line.group ?? NONE], order, allTotals);
}

/** By tag: a line counts once under each of its tags. */
export function tagRows(lines: readonly LineResult[], allTotals: Totals): SplitRow[] {
  return rows(lines, (line) => (line.tags.length > 0 ? line.tags : [NONE]), [], allTotals);
}
