/**
 * Money on screen: rounded by the engine's named policy (half-up to the cent or the won), then laid out by
 * Intl for the UI language. Intl receives the rounded decimal STRING, so no float ever touches an amount.
 */
import type Decimal from 'decimal.js';
import { ROUNDING, roundedString } from '../../../engine/money/rounding';
import { localeOf, type Language } from '../i18n';

type Formatters = { usd: Intl.NumberFormat; krw: Intl.NumberFormat; plain: Intl.NumberFormat };
const cache = new Map<Language, Formatters>();

function formatters(language: Language): Formatters {
  let found = cache.get(language);
  if (!found) {
    const locale = localeOf(language);
    found = {
      usd: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
      krw: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'KRW',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }),
      plain: new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }),
    };
    cache.set(language, found);
  }
  return found;
}

/** Intl accepts a decimal string and formats it exactly (ECMA-402 "Intl.NumberFormat v3"). */
type ExactFormat = (value: string) => string;
const exact = (format: Intl.NumberFormat): ExactFormat =>
  format.format.bind(format) as unknown as ExactFormat;

export function formatUsdAmount(value: Decimal, language: Language): string {
  return exact(formatters(language).usd)(roundedString(value, ROUNDING.usdDisplay));
}

/**
 * A USD amount in KRW at the scenario's rate, as the engine's KRW view converts (full precision: rounded once,
 * to the won, where it is shown).
 */
export function usdToKrw(value: Decimal, krwPerUsd: Decimal): Decimal {
  return value.times(krwPerUsd);
}

export function formatKrwAmount(value: Decimal, language: Language): string {
  return exact(formatters(language).krw)(roundedString(value, ROUNDING.krwDisplay));
}

/** A decimal string the user typed (e.g. the KRW rate), grouped for reading: "1,385.2". */
export function formatDecimalText(value: string, language: Language): string {
  return exact(formatters(language).plain)(value);
}
