import type Decimal from 'decimal.js';
import { ROUNDING, compactString } from '../../../engine/money/rounding';
import { localeOf, type Language } from '../i18n';

/**
 * Per-vCPU and per-GiB hourly rates are quotients: shown under the engine's `derivedRate` policy.
 * Source hourly rates keep the digits the source printed (policy `unitPrice`).
 */

type ExactFormat = (value: string) => string;
const formats = new Map<Language, ExactFormat>();

function rateFormat(language: Language): ExactFormat {
  let found = formats.get(language);
  if (!found) {
    const format = new Intl.NumberFormat(localeOf(language), {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 20,
    });
    // Intl formats a decimal string exactly (Intl.NumberFormat v3): no float touches the amount.
    found = format.format.bind(format) as unknown as ExactFormat;
    formats.set(language, found);
  }
  return found;
}

/** A source hourly rate as printed: "$0.0052", "$26.676". */
export function formatSourceRate(value: Decimal, language: Language): string {
  return rateFormat(language)(compactString(value, ROUNDING.unitPrice));
}

/** A derived rate (per vCPU-hour, per GiB-hour): "$0.048", "$0.013867". */
export function formatDerivedRate(value: Decimal, language: Language): string {
  return rateFormat(language)(compactString(value, ROUNDING.derivedRate));
}
