import type { i18n as I18n } from 'i18next';
import { rightsizingEn } from './i18n/en';
import { rightsizingKo } from './i18n/ko';

export const RIGHTSIZING_NAMESPACE = 'rightsizing';

/** Adds the right-sizing page's strings (namespace 'rightsizing') to an i18next instance, ko and en. */
export function registerRightsizingI18n(i18n: I18n): void {
  i18n.addResourceBundle('ko', RIGHTSIZING_NAMESPACE, rightsizingKo, true, true);
  i18n.addResourceBundle('en', RIGHTSIZING_NAMESPACE, rightsizingEn, true, true);
}
