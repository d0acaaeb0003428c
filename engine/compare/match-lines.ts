/**
 * Lines of several estimates matched to one another: by line id first, else by identical description,
 * so a duplicated variant (same ids) lines up row by row with its original.
 */
import type { EstimateResult, LineResult, Totals } from '../estimate/types';
import type { Service } from '../scenario/schema';
import type { Message } from '../trace/types';
import { ZERO_TOTALS } from '../estimate/summaries';
import { deltaPercent, minus, type PercentTotals } from './metrics';

export interface ComparedLineEntry {
  /** null when the scenario has no such line */
  readonly lineId: string | null;
  readonly status: 'priced' | 'unpriced' | 'absent';
  /** null when unpriced or absent */
  readonly totals: Totals | null;
  /**
   * this minus the baseline's matching line, a line missing on one side counting as 0;
   * null for the baseline itself and when either side is unpriced
   */
  readonly deltaVsBaseline: Totals | null;
  readonly deltaPercentVsBaseline: PercentTotals | null;
}

export interface ComparedLine {
  /** the first matched line's id */
  readonly key: string;
  readonly matchedBy: 'id' | 'description' | 'single';
  readonly service: Service;
  /** the first matched line's description (English when generated) */
  readonly description: string;
  /** the first matched line's generated description, for either language; null when the user wrote one */
  readonly descriptionMessage: Message | null;
  /** per scenario, in comparison order */
  readonly entries: readonly ComparedLineEntry[];
}

type Row = {
  key: string;
  matchedBy: ComparedLine['matchedBy'];
  service: Service;
  description: string;
  descriptionMessage: Message | null;
  lines: (LineResult | null)[];
};

function entry(line: LineResult | null, base: LineResult | null, isBaseline: boolean): ComparedLineEntry {
  const totals = line?.status === 'priced' ? line.costs : null;
  const baseTotals = base?.status === 'priced' ? base.costs : ZERO_TOTALS;
  const unpriced = line?.status === 'unpriced' || base?.status === 'unpriced';
  const delta =
    isBaseline || unpriced || (line === null && base === null)
      ? null
      : minus(totals ?? ZERO_TOTALS, baseTotals);
  return {
    lineId: line?.id ?? null,
    status: line === null ? 'absent' : line.status,
    totals,
    deltaVsBaseline: delta,
    deltaPercentVsBaseline: delta === null ? null : deltaPercent(delta, baseTotals),
  };
}

/** Indexes rows by a key (line id or description) so matching stays linear for large scenarios. */
class RowIndex {
  private readonly map = new Map<string, Row[]>();
  add(key: string, row: Row): void {
    const list = this.map.get(key);
    if (list) {
      if (!list.includes(row)) list.push(row);
    } else this.map.set(key, [row]);
  }
  /** the first row under `key` that has no line of scenario `s` yet and the same service */
  free(key: string, s: number, service: Service): Row | undefined {
    return this.map.get(key)?.find((r) => r.lines[s] === null && r.service === service);
  }
}

export function matchLines(results: readonly EstimateResult[]): ComparedLine[] {
  const rows: Row[] = [];
  const byId = new RowIndex();
  const byDescription = new RowIndex();
  results.forEach((result, s) => {
    for (const line of result.lines) {
      let row = byId.free(line.id, s, line.service);
      let by: Row['matchedBy'] = 'id';
      if (!row && line.description !== '') {
        row = byDescription.free(line.description, s, line.service);
        by = 'description';
      }
      if (row) {
        row.lines[s] = line;
        if (row.matchedBy === 'single' || by === 'description') row.matchedBy = by;
      } else {
        row = {
          key: line.id,
          matchedBy: 'single',
          service: line.service,
          description: line.description,
          descriptionMessage: line.descriptionMessage,
          lines: results.map(() => null),
        };
        row.lines[s] = line;
        rows.push(row);
      }
      byId.add(line.id, row);
      if (line.description !== '') byDescription.add(line.description, row);
    }
  });
  return rows.map((r) => ({
    key: r.key,
    matchedBy: r.matchedBy,
    service: r.service,
    description: r.description,
    descriptionMessage: r.descriptionMessage,
    entries: r.lines.map((line, s) => entry(line, r.lines[0] ?? null, s === 0)),
  }));
}
