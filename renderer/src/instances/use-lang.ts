import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';

/** The current UI language as one of ours (Korean unless English is chosen). */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? 'en' : 'ko';
}
