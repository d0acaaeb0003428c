import type { i18n as I18n } from 'i18next';
import { exerciseEn } from './i18n/en';
import { exerciseKo } from './i18n/ko';

export const EXERCISE_NAMESPACE = 'exercise';

/** Adds the exercise page's strings (namespace 'exercise') to an i18next instance, ko and en. */
export function registerExerciseI18n(i18n: I18n): void {
  i18n.addResourceBundle('ko', EXERCISE_NAMESPACE, exerciseKo, true, true);
  i18n.addResourceBundle('en', EXERCISE_NAMESPACE, exerciseEn, true, true);
}
