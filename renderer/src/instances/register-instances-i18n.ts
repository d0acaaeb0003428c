import type { i18n as I18n } from 'i18next';
import { instancesEn } from './i18n/en';
import { instancesKo } from './i18n/ko';

export const INSTANCES_NAMESPACE = 'instances';

/** Adds the picker's and decoder's strings (namespace 'instances') to an i18next instance, ko and en. */
export function registerInstancesI18n(i18n: I18n): void {
  i18n.addResourceBundle('ko', INSTANCES_NAMESPACE, instancesKo, true, true);
  i18n.addResourceBundle('en', INSTANCES_NAMESPACE, instancesEn, true, true);
}
