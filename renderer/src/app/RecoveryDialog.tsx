import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type Language } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { Dialog } from './Dialog';

export type RecoveryChoice = 'restore' | 'discard' | 'later';

/** "2026년 7월 20일 오후 3:05" / "July 20, 2026 at 3:05 PM" in the user's time zone; the raw text if unparsable. */
export function formatSavedAt(savedAt: string, language: Language): string {
  const time = new Date(savedAt);
  if (Number.isNaN(time.getTime())) return savedAt;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(time);
}

type Props = {
  /** ISO 8601 time of the autosave the crashed session left */
  savedAt: string;
  onChoice: (choice: RecoveryChoice) => void;
};

/**
 * Asked once at start-up after a crash: restore the autosaved workspace or discard it. Closing (×, Esc)
 * decides nothing: the copy is kept and offered again at the next start.
 */
export function RecoveryDialog({ savedAt, onChoice }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const restore = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t('recovery.title')}
      onClose={() => onChoice('later')}
      initialFocus={restore}
      footer={
        <>
          <button
            ref={restore}
            type="button"
            className="button button--primary"
            onClick={() => onChoice('restore')}
          >
            {t('recovery.restore')}
          </button>
          <button type="button" className="button" onClick={() => onChoice('discard')}>
            {t('recovery.discard')}
          </button>
        </>
      }
    >
      <p>{t('recovery.intro')}</p>
      <p>
        {t('recovery.savedAt')}:{' '}
        <time dateTime={savedAt} data-testid="recovery-saved-at">
          {formatSavedAt(savedAt, language)}
        </time>
      </p>
      <p>{t('recovery.question')}</p>
      <p className="dialog__status">{t('recovery.later')}</p>
    </Dialog>
  );
}
