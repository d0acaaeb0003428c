import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataNote, type PriceSnapshot } from '../../../engine/prices';
import type { Region } from '../../../pricing-data/schema';
import { useLanguage } from '../i18n/use-language';
import { filterGaps, GAP_CATEGORIES, gapItems, type GapCategory, type GapFilter } from './gap-items';
import { gapRows } from './gap-rows';
import { ScrollBox } from './ScrollBox';

const BADGE: Record<GapCategory, string> = {
  unavailable: 'badge--unpriced',
  estimate: 'badge--estimate',
  'derived-rule': 'pt-badge--rule',
  'low-confidence': 'badge--estimate',
};

/** Every curated item without a price, the estimate table, the derived rules and low-confidence rows; filterable. */
export function GapsSection({ snapshot }: { snapshot: PriceSnapshot }) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const id = useId();
  const [filter, setFilter] = useState<GapFilter>({ category: 'all', region: 'all', text: '' });
  const items = useMemo(() => gapItems(snapshot), [snapshot]);
  const rows = useMemo(() => gapRows(items, snapshot, t, language), [items, snapshot, t, language]);
  const regions = useMemo(() => {
    const used = new Set(items.map((item) => item.region).filter((r): r is Region => r !== null));
    return snapshot.regions.regions.filter((r) => used.has(r.code));
  }, [items, snapshot]);
  const shown = filterGaps(rows, filter);

  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('gaps.title')}
      </h3>
      <p className="pt-note">{t('gaps.note')}</p>
      <p className="pt-note">
        <span className="badge badge--estimate">{t('gaps.categories.estimate')}</span>{' '}
        {t('gaps.discountsLabel', { label: dataNote(snapshot.typicalDiscounts.label)[language] })}
      </p>
      <div className="field-row pt-filters">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-category`}>
            {t('gaps.category')}
          </label>
          <select
            id={`${id}-category`}
            className="field__input field__select"
            value={filter.category}
            onChange={(event) =>
              setFilter({ ...filter, category: event.target.value as GapFilter['category'] })
            }
          >
            <option value="all">{t('gaps.all')}</option>
            {GAP_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`gaps.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label className="field__label" htmlFor={`${id}-region`}>
            {t('gaps.region')}
          </label>
          <select
            id={`${id}-region`}
            className="field__input field__select"
            value={filter.region}
            onChange={(event) => setFilter({ ...filter, region: event.target.value as GapFilter['region'] })}
          >
            <option value="all">{t('gaps.allRegions')}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {`${language === 'ko' ? r.nameKo : r.nameEn} · ${r.code}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('gaps.text')}
          </label>
          <input
            id={`${id}-text`}
            className="field__input"
            type="search"
            value={filter.text}
            placeholder={t('gaps.textPlaceholder')}
            onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          />
        </div>
        <p className="field-row__note" role="status">
          {t('gaps.shown', { shown: shown.length, total: rows.length })}
        </p>
      </div>
      <ScrollBox label={t('gaps.tableLabel')} tall>
        <table className="pt-table" aria-label={t('gaps.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('gaps.columns.category')}</th>
              <th scope="col">{t('gaps.columns.service')}</th>
              <th scope="col">{t('gaps.columns.region')}</th>
              <th scope="col">{t('gaps.columns.item')}</th>
              <th scope="col">{t('gaps.columns.value')}</th>
              <th scope="col">{t('gaps.columns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.item.id} data-gap={row.item.id}>
                <td>
                  <span className={`badge ${BADGE[row.item.category]}`}>
                    {t(`gaps.categories.${row.item.category}`)}
                  </span>
                </td>
                <td>{row.service}</td>
                <td className="pt-nowrap">{row.region}</td>
                <th scope="row" className="pt-subject">
                  {row.subject}
                </th>
                <td className="pt-nowrap">{row.value}</td>
                <td className="pt-note">{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="pt-empty">{t('gaps.noMatch')}</p>}
      </ScrollBox>
    </section>
  );
}
