import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn } from './common.en';
import { commonKo } from './common.ko';
import { addJosaFormat } from './josa-format';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ko';

const STORAGE_KEY = 'cloudsizer.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Another module's translations (the picker's 'instances', the panel's 'purchase') join through this hook. */
export type I18nRegistrar = (i18n: I18n) => void;

/**
 * A ready, synchronous i18next instance: ko by default, en as fallback, 'common' as the default namespace, and
 * the `josa` format for Korean particles (`{{id, josa(particle: 으로)}}`, see josa-format.ts). Every call makes
 * a fresh instance so tests never share language state.
 */
export function createI18n(
  language: Language = DEFAULT_LANGUAGE,
  registrars: readonly I18nRegistrar[] = [],
): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: ['common'],
    defaultNS: 'common',
    resources: { ko: { common: commonKo }, en: { common: commonEn } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addJosaFormat(instance);
  for (const register of registrars) register(instance);
  return instance;
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // private mode or a disabled storage: the choice simply is not remembered
  }
}

/** The BCP 47 locale for Intl number and date formats. */
export function localeOf(language: Language): 'ko-KR' | 'en-US' {
  return language === 'ko' ? 'ko-KR' : 'en-US';
}
