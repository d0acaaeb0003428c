import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import { useLanguage } from '../i18n/use-language';
import { coverageRows, filterCoverageRows, type CuratedCount } from './coverage-rows';
import { formatCount } from './format';
import { ScrollBox } from './ScrollBox';

const NUMBER_COLUMNS = [
  'catalogue',
  'onDemand',
  'windows',
  'windowsExact',
  'spot',
  'reserved',
  'savingsPlans',
  'ebs',
  's3',
  'transfer',
  'lambda',
] as const;

/** Regions × services, from the engine's coverage function; Seoul and N. Virginia first; filterable. */
export function CoverageSection({ snapshot }: { snapshot: PriceSnapshot }) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [onDemandOnly, setOnDemandOnly] = useState(false);
  const rows = useMemo(() => coverageRows(snapshot), [snapshot]);
  const shown = filterCoverageRows(rows, { text, onDemandOnly });

  const count = (value: number) => (
    <td className={`amount${value === 0 ? ' pt-zero' : ''}`}>{formatCount(value, language)}</td>
  );
  const curated = ({ priced, total }: CuratedCount) => (
    <td
      className={`amount${priced === 0 ? ' pt-zero' : priced < total ? ' pt-partial' : ''}`}
      title={t('coverage.curatedTitle', { priced, total })}
    >
      {total === 0 ? '0' : t('coverage.ofTotal', { priced, total })}
    </td>
  );

  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('coverage.title')}
      </h3>
      <p className="pt-note">{t('coverage.note')}</p>
      <div className="field-row pt-filters">
        <div className="field field--wide">
          <label className="field__label" htmlFor={`${id}-filter`}>
            {t('coverage.filter')}
          </label>
          <input
            id={`${id}-filter`}
            className="field__input"
            type="search"
            value={text}
            placeholder={t('coverage.filterPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field field--checkbox">
          <input
            id={`${id}-priced`}
            type="checkbox"
            checked={onDemandOnly}
            onChange={(event) => setOnDemandOnly(event.target.checked)}
          />
          <label htmlFor={`${id}-priced`}>{t('coverage.onDemandOnly')}</label>
        </div>
        <p className="field-row__note" role="status">
          {t('coverage.shown', { shown: shown.length, total: rows.length })}
        </p>
      </div>
      <ScrollBox label={t('coverage.tableLabel')}>
        <table className="pt-table pt-table--numbers" aria-label={t('coverage.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('coverage.columns.region')}</th>
              {NUMBER_COLUMNS.map((column) => (
                <th key={column} scope="col" className="amount">
                  {t(`coverage.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.region} data-region={row.region}>
                <th scope="row">
                  {language === 'ko' ? row.nameKo : row.nameEn}
                  <span className="pt-code"> {row.region}</span>
                </th>
                {count(row.counts.catalogueTypes)}
                {count(row.counts.onDemandLinux)}
                {count(row.counts.windows)}
                {count(row.counts.windowsExact)}
                {count(row.counts.spot)}
                {count(row.counts.reservedExactTypes)}
                {count(row.counts.savingsPlansExactRates)}
                {curated(row.ebs)}
                {curated(row.s3)}
                {curated(row.transfer)}
                {curated(row.lambda)}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="pt-empty">{t('coverage.noMatch')}</p>}
      </ScrollBox>
    </section>
  );
}
