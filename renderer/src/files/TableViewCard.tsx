import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  tableShown: boolean;
  onToggleTable: () => void;
  englishHeaders: boolean;
  onEnglishHeaders: (keep: boolean) => void;
};

/** Beside the totals: show the estimate as the CSV's table, and keep English CSV headers for tools. */
export const TableViewCard = memo(function TableViewCard({
  tableShown,
  onToggleTable,
  englishHeaders,
  onEnglishHeaders,
}: Props) {
  const { t } = useTranslation('workspace');
  const titleId = useId();
  const checkboxId = useId();
  return (
    <section className="card table-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('table.title')}
      </h2>
      <p className="totals__note">{t('table.intro')}</p>
      <div className="table-card__controls">
        <button
          type="button"
          className="button"
          aria-expanded={tableShown}
          aria-controls={tableShown ? 'estimate-table' : undefined}
          onClick={onToggleTable}
        >
          {tableShown ? t('table.hide') : t('table.show')}
        </button>
        <span className="field field--checkbox">
          <input
            id={checkboxId}
            type="checkbox"
            checked={englishHeaders}
            onChange={(event) => onEnglishHeaders(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('table.keepEnglish')}</label>
        </span>
      </div>
    </section>
  );
});
