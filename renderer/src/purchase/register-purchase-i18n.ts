import type { i18n as I18n } from 'i18next';
import { purchaseEn } from './i18n/en';
import { purchaseKo } from './i18n/ko';

export const PURCHASE_NAMESPACE = 'purchase';

/** Adds the purchase-options panel's strings (namespace 'purchase') to an i18next instance, ko and en. */
export function registerPurchaseI18n(i18n: I18n): void {
  i18n.addResourceBundle('ko', PURCHASE_NAMESPACE, purchaseKo, true, true);
  i18n.addResourceBundle('en', PURCHASE_NAMESPACE, purchaseEn, true, true);
}
