import type { KrwView, LineResult, Totals } from '../../../engine/estimate/types';
import type { Service } from '../../../engine/scenario';
import type { Message } from '../../../engine/trace';

/** What the builder shows of an estimate: line results by id and the estimate-level sums. */
export type EstimateView = {
  readonly lines: ReadonlyMap<string, LineResult>;
  readonly totals: Totals;
  readonly byService: Readonly<Partial<Record<Service, Totals>>>;
  readonly unpricedCount: number;
  readonly hasEstimates: boolean;
  readonly vat: Totals | null;
  readonly krw: KrwView | null;
  readonly snapshot: { readonly id: string; readonly date: string };
  readonly warnings: readonly Message[];
};
