import type { i18n as I18n } from 'i18next';
import { priceTablesEn } from './i18n/en';
import { priceTablesKo } from './i18n/ko';

export const PRICE_TABLES_NAMESPACE = 'priceTables';

/** Adds the price-tables page's strings (namespace 'priceTables') to an i18next instance, ko and en. */
export function registerPriceTablesI18n(i18n: I18n): void {
  i18n.addResourceBundle('ko', PRICE_TABLES_NAMESPACE, priceTablesKo, true, true);
  i18n.addResourceBundle('en', PRICE_TABLES_NAMESPACE, priceTablesEn, true, true);
}
