import type { i18n as I18n } from 'i18next';
import { compareEn } from './i18n/en';
import { compareKo } from './i18n/ko';

export const COMPARE_NAMESPACE = 'compare';

/**
 * Adds the compare page's strings (namespace 'compare') and its navigation label (`pages.compare` in
 * 'common'), once per instance.
 */
export function registerCompareI18n(i18n: I18n): void {
  if (i18n.hasResourceBundle('ko', COMPARE_NAMESPACE)) return;
  i18n.addResourceBundle('ko', COMPARE_NAMESPACE, compareKo, true, true);
  i18n.addResourceBundle('en', COMPARE_NAMESPACE, compareEn, true, true);
  i18n.addResourceBundle('ko', 'common', { pages: { compare: '비교' } }, true, false);
  i18n.addResourceBundle('en', 'common', { pages: { compare: 'Compare' } }, true, false);
}
