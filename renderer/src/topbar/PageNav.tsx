import { useTranslation } from 'react-i18next';
import { PAGES, type Page } from '../app/pages';

/** The app's screens: the estimate builder, exercises, right-sizing and the price tables. */
export function PageNav({ page, onPage }: { page: Page; onPage: (page: Page) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="page-nav" aria-label={t('pages.label')}>
      {PAGES.map((p) => (
        <button
          key={p}
          type="button"
          className={`page-nav__item${p === page ? ' page-nav__item--current' : ''}`}
          aria-current={p === page ? 'page' : undefined}
          onClick={() => onPage(p)}
        >
          {t(`pages.${p}`)}
        </button>
      ))}
    </nav>
  );
}
