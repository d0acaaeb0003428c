/**
 * The currency a comparison is shown in: USD, or KRW at one rate for every scenario (the baseline's), so a
 * difference between scenarios is never a difference between their exchange rates. Amounts are converted
 * from the unrounded USD values and rounded once, to the cent or to the won (money/rounding.ts).
 */
import Decimal from 'decimal.js';
import { krw, usd } from '../money/rounding';
import type { Scenario } from '../scenario/schema';

export type CompareMoney =
  | { readonly currency: 'USD' }
  | { readonly currency: 'KRW'; readonly krwPerUsd: string; readonly rateDate: string };

export const USD_MONEY: CompareMoney = { currency: 'USD' };

/** The decimal string shown for a USD amount in `money`. */
export function shownAmount(value: Decimal, money: CompareMoney): string {
  return money.currency === 'USD' ? usd(value) : krw(value.times(new Decimal(money.krwPerUsd)));
}

/** KRW at the baseline's rate when the baseline is shown in KRW; else USD. */
export function compareMoneyOf(baseline: Scenario | undefined): CompareMoney {
  const currency = baseline?.settings.currency;
  return currency?.display === 'KRW'
    ? { currency: 'KRW', krwPerUsd: currency.krwPerUsd, rateDate: currency.rateDate }
    : USD_MONEY;
}

/** Scenarios (other than the baseline) whose own KRW rate or date differs from the one used. */
export function otherRates(scenarios: readonly Scenario[], money: CompareMoney): Scenario[] {
  if (money.currency !== 'KRW') return [];
  return scenarios.slice(1).filter((s) => {
    const c = s.settings.currency;
    return (
      c.display === 'KRW' &&
      (!new Decimal(c.krwPerUsd).equals(new Decimal(money.krwPerUsd)) || c.rateDate !== money.rateDate)
    );
  });
}
