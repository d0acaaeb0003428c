/**
 * The user's decision after seeing an import's problems: import the good rows, or cancel. Either way the
 * data already loaded is kept; nothing is mutated. A new summary row or sample for an instance/metric/time
 * that is already loaded replaces the old one (the newer file wins) and is counted as replaced.
 */
import type { UtilizationDataset, UtilizationImport } from './types';

export type ImportDecision = 'import-good-rows' | 'cancel';

export interface MergeResult {
  dataset: UtilizationDataset;
  added: number;
  replaced: number;
}

export const EMPTY_DATASET: UtilizationDataset = { samples: [], summaries: [] };

export function mergeImport(
  loaded: UtilizationDataset,
  incoming: UtilizationImport,
  decision: ImportDecision,
): MergeResult {
  if (decision === 'cancel' || incoming.shape === null || incoming.rows.length === 0) {
    return { dataset: loaded, added: 0, replaced: 0 };
  }
  if (incoming.shape === 'summary') {
    const replacing = new Set(incoming.rows.map((r) => r.instance));
    const kept = loaded.summaries.filter((r) => !replacing.has(r.instance));
    const replaced = loaded.summaries.length - kept.length;
    return {
      dataset: { samples: loaded.samples, summaries: [...kept, ...incoming.rows] },
      added: incoming.rows.length - replaced,
      replaced,
    };
  }
  const key = (s: { instance: string; metric: string; timestampMs: number }) =>
    `${s.instance}\u0000${s.metric}\u0000${s.timestampMs}`;
  const replacing = new Set(incoming.rows.map(key));
  const kept = loaded.samples.filter((s) => !replacing.has(key(s)));
  const replaced = loaded.samples.length - kept.length;
  return {
    dataset: { samples: [...kept, ...incoming.rows], summaries: loaded.summaries },
    added: incoming.rows.length - replaced,
    replaced,
  };
}
