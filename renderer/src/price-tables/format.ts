/**
 * Numbers on the price-tables page. Unit prices keep the digits the source printed (engine policy
 * `unitPrice`); changes carry an explicit sign; percentages are shown to 2 decimals, half-up (policy `percentChange`). Intl receives
 * decimal strings, so no float touches a price.
 */
import Decimal from 'decimal.js';
import { ROUNDING, compactString, roundedString } from '../../../engine/money/rounding';
import { formatUsdAmount } from '../format/money';
import { localeOf, type Language } from '../i18n';

type ExactFormat = (value: string) => string;
type Formats = Record<'price' | 'signedPrice' | 'percent' | 'fraction' | 'count', ExactFormat>;
const cache = new Map<Language, Formats>();

function formats(language: Language): Formats {
  let found = cache.get(language);
  if (!found) {
    const locale = localeOf(language);
    const exact = (options: Intl.NumberFormatOptions): ExactFormat => {
      const format = new Intl.NumberFormat(locale, options);
      return format.format.bind(format) as unknown as ExactFormat;
    };
    const usd = { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' } as const;
    found = {
      price: exact({ ...usd, minimumFractionDigits: 2, maximumFractionDigits: 20 }),
      signedPrice: exact({
        ...usd,
        minimumFractionDigits: 2,
        maximumFractionDigits: 20,
        signDisplay: 'exceptZero',
      }),
      percent: exact({ minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
      fraction: exact({ minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      count: exact({ maximumFractionDigits: 0 }),
    };
    cache.set(language, found);
  }
  return found;
}

/** A unit price as the source printed it: "$0.096", "$0.0000166667". */
export function formatUnitPrice(value: Decimal, language: Language): string {
  return formats(language).price(compactString(value, ROUNDING.unitPrice));
}

/** A change of a unit price with its sign: "+$0.004", "-$0.0125", "$0.00". */
export function formatUnitPriceChange(value: Decimal, language: Language): string {
  return formats(language).signedPrice(compactString(value, ROUNDING.unitPrice));
}

/** A percentage with its sign: "+4.17%", "-12.50%", "0.00%". */
export function formatPercentChange(value: Decimal, language: Language): string {
  return `${formats(language).percent(roundedString(value, ROUNDING.percentChange))}%`;
}

/** A fraction string of the estimate table as a percentage: "0.3847" → "38.47%". */
export function formatFraction(fraction: string, language: Language): string {
  return `${formats(language).fraction(roundedString(new Decimal(fraction).times(100), ROUNDING.percentChange))}%`;
}

/** A money amount to the cent with its sign, for the re-pricing deltas: "+$2.92", "-$1.00", "$0.00". */
export function formatUsdChange(value: Decimal, language: Language): string {
  const rounded = new Decimal(roundedString(value, ROUNDING.usdDisplay));
  const text = formatUsdAmount(rounded.abs(), language);
  return rounded.isZero() ? text : `${rounded.isNegative() ? '-' : '+'}${text}`;
}

/** A count with grouping: "1,363". */
export function formatCount(value: number, language: Language): string {
  return formats(language).count(String(value));
}

const megabytes = new Map<Language, Intl.NumberFormat>();

/** A byte count of a Price List file in decimal megabytes, one decimal: "50.0 MB". Not money. */
export function formatMegabytes(bytes: number, language: Language): string {
  let format = megabytes.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    megabytes.set(language, format);
  }
  return `${format.format(bytes / 1_000_000)} MB`;
}
