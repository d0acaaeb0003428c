/**
 * Re-estimating after an edit without re-pricing every line (the UI recalculates on every keystroke).
 *
 *   let memo = estimateIncremental(scenario, prices);            // memo.result === estimate(scenario, prices)
 *   memo = estimateIncremental(edited, prices, memo);             // re-prices only what the edit can change
 *
 * A line's result is reused when the line is the same object as before (items are never changed in
 * place: an edit replaces the item object) and what else it was priced from is unchanged: the prices,
 * the pricing settings (hours per month, free tier, estimates allowed) and the scenario's region; and,
 * for a line that used the shared free allowances or volume tiers (data transfer, Lambda, S3 Standard),
 * the state of those allowances when its turn comes. Such a reused line then moves the allowances on as
 * it did when it was priced. Which lines used the allowances is observed while pricing, not assumed.
 * The sums are then built over all lines as `estimate()` builds them, so the result is the same, bit for
 * bit, as `estimate()` of the edited scenario (the tests check this on random edits).
 */
import type { LineItem, Scenario } from '../scenario/schema';
import { type AllowanceState, sameAllowanceState } from './context';
import { priceLine, pricingContext, summarizeEstimate } from './estimate';
import type { Prices } from './prices';
import type { EstimateResult, LineResult } from './types';

interface PricedBefore {
  readonly result: LineResult;
  /** null when the line did not use the allowances */
  readonly shared: {
    /** the parts of the allowance state the line read or changed (bits of ALLOWANCE_PART) */
    readonly parts: number;
    readonly before: AllowanceState;
    readonly after: AllowanceState;
  } | null;
}

export interface EstimateMemo {
  readonly result: EstimateResult;
  /** how many lines were priced (the others were reused) */
  readonly repricedLines: number;
  /** @internal what the lines were priced from */
  readonly basis: { readonly prices: Prices; readonly key: string };
  /** @internal by line object */
  readonly lines: WeakMap<LineItem, PricedBefore>;
}

/** What every line's price depends on besides the line and the allowances. Currency and VAT only scale sums. */
function pricingKey(scenario: Scenario): string {
  const { hoursPerMonth, freeTier, allowEstimates } = scenario.settings;
  return `${scenario.region}|${hoursPerMonth}|${String(freeTier)}|${String(allowEstimates)}`;
}

export function estimateIncremental(
  scenario: Scenario,
  prices: Prices,
  previous?: EstimateMemo,
): EstimateMemo {
  const key = pricingKey(scenario);
  const reusable = previous && previous.basis.prices === prices && previous.basis.key === key;
  const known = reusable ? previous.lines : new WeakMap<LineItem, PricedBefore>();
  const lines = new WeakMap<LineItem, PricedBefore>();
  const ctx = pricingContext(scenario, prices);
  const allowances = ctx.allowances;
  let repricedLines = 0;
  const results = scenario.items.map((item) => {
    const before = known.get(item);
    const state = allowances.state();
    const shared = before?.shared;
    if (before && (!shared || sameAllowanceState(shared.before, state, shared.parts))) {
      if (shared) allowances.restore(shared.after, shared.parts);
      lines.set(item, before);
      return before.result;
    }
    allowances.touched = 0;
    const result = priceLine(item, ctx);
    repricedLines++;
    const parts = allowances.touched;
    lines.set(item, {
      result,
      shared: parts === 0 ? null : { parts, before: state, after: allowances.state() },
    });
    return result;
  });
  return {
    result: summarizeEstimate(scenario, prices, results),
    repricedLines,
    basis: { prices, key },
    lines,
  };
}
