import { localeOf, type Language } from '../i18n';

const counts = new Map<Language, Intl.NumberFormat>();

/** Spec quantities (vCPU, GiB, Gbps): not money, which goes through engine/money/rounding. */
export function formatCount(value: number, language: Language): string {
  let format = counts.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 3 });
    counts.set(language, format);
  }
  return format.format(value);
}

/** Baseline network bandwidth in Gbps, e.g. 750 Mbps → "0.75", 12,500 Mbps → "12.5". */
export function formatGbps(mbps: number, language: Language): string {
  return formatCount(mbps / 1000, language);
}
