import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n';
import { useLanguage } from '../i18n/use-language';

const NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

export function LanguageSwitch({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <div className="field field--compact">
      <label className="field__label" htmlFor={id}>
        {t('topbar.language')}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={language}
        onChange={(event) => {
          const chosen = LANGUAGES.find((l) => l === event.target.value);
          if (chosen) onLanguage(chosen);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
