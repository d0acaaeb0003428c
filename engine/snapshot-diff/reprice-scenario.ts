/**
 * Re-prices one scenario on two snapshots and says what moved: totals per snapshot, their difference,
 * and per line the monthly cost before and after (a line priced on one side only shows null on the other).
 */
import type Decimal from 'decimal.js';
import { estimate } from '../estimate/estimate';
import { pricesFromSnapshot } from '../estimate/prices-from-snapshot';
import type { EstimateResult, Totals } from '../estimate/types';
import type { PriceSnapshot } from '../prices/load-snapshot';
import type { Scenario } from '../scenario';

export type LineDelta = {
  id: string;
  description: string;
  before: Decimal | null;
  after: Decimal | null;
  /** after − before, monthly; null when the line is unpriced on either side */
  monthlyDelta: Decimal | null;
};

export type Repricing = {
  from: { snapshotId: string; result: EstimateResult };
  to: { snapshotId: string; result: EstimateResult };
  /** to − from for each total */
  delta: Totals;
  lines: LineDelta[];
};

export function repriceScenario(scenario: Scenario, from: PriceSnapshot, to: PriceSnapshot): Repricing {
  const a = estimate(scenario, pricesFromSnapshot(from));
  const b = estimate(scenario, pricesFromSnapshot(to));
  const after = new Map(b.lines.map((l) => [l.id, l]));
  const lines = a.lines.map((l): LineDelta => {
    const other = after.get(l.id);
    const before = l.status === 'priced' ? l.costs.monthly : null;
    const now = other?.status === 'priced' ? other.costs.monthly : null;
    return {
      id: l.id,
      description: l.description,
      before,
      after: now,
      monthlyDelta: before && now ? now.minus(before) : null,
    };
  });
  return {
    from: { snapshotId: from.manifest.snapshotId, result: a },
    to: { snapshotId: to.manifest.snapshotId, result: b },
    delta: {
      monthly: b.totals.monthly.minus(a.totals.monthly),
      upfront: b.totals.upfront.minus(a.totals.upfront),
      first12Months: b.totals.first12Months.minus(a.totals.first12Months),
      months36: b.totals.months36.minus(a.totals.months36),
    },
    lines,
  };
}
