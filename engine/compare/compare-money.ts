/**
 * The currency a comparison is shown in: USD, or KRW at one rate for every scenario (the baseline's), so a
 * difference between scenarios is never a difference between their exchange rates; with or without the 10% VAT
 * Korean accounts are billed. Amounts are converted from the unrounded USD values and rounded once, to the cent
 * or to the won (money/rounding.ts).
 */
import Decimal from 'decimal.js';
import { VAT_RATE } from '../estimate/summaries';
import { krw, usd } from '../money/rounding';
import type { Lang } from '../trace/types';
import type { Scenario } from '../scenario/schema';

export type CompareMoney = (
  | { readonly currency: 'USD' }
  | { readonly currency: 'KRW'; readonly krwPerUsd: string; readonly rateDate: string }
) & {
  /** amounts include VAT (VAT_RATE) */
  readonly vat?: boolean;
};

export const USD_MONEY: CompareMoney = { currency: 'USD' };

/** The decimal string shown for a USD amount (before tax) in `money`. */
export function shownAmount(value: Decimal, money: CompareMoney): string {
  const gross = money.vat ? value.times(VAT_RATE.plus(1)) : value;
  return money.currency === 'USD' ? usd(gross) : krw(gross.times(new Decimal(money.krwPerUsd)));
}

/** What a money header names: "USD", "KRW", "KRW, VAT incl." / "KRW, 부가세 포함". */
export function moneyLabel(money: CompareMoney, lang: Lang): string {
  return money.vat ? `${money.currency}, ${lang === 'ko' ? '부가세 포함' : 'VAT incl.'}` : money.currency;
}

/** As the baseline shows its estimate: KRW at its rate when it is in KRW (else USD), with VAT when it adds VAT. */
export function compareMoneyOf(baseline: Scenario | undefined): CompareMoney {
  const currency = baseline?.settings.currency;
  const vat = baseline?.settings.vat ?? false;
  return currency?.display === 'KRW'
    ? { currency: 'KRW', krwPerUsd: currency.krwPerUsd, rateDate: currency.rateDate, vat }
    : { currency: 'USD', vat };
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
