import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotDiff } from '../../../engine/snapshot-diff';
import { ChangesTable } from './ChangesTable';
import {
  CHANGE_KINDS,
  diffRegions,
  filterChanges,
  filterTypeChanges,
  NO_DIFF_FILTER,
  PRICE_TABLE_KINDS,
  type DiffFilter,
  type DiffSort,
} from './diff-rows';
import { TypeChangesList } from './TypeChangesList';

/** The engine's diff of A and B: filters, added / removed types and the sortable price changes. */
export function DiffResults({ diff }: { diff: SnapshotDiff }) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  const [filter, setFilter] = useState<DiffFilter>(NO_DIFF_FILTER);
  const [sort, setSort] = useState<DiffSort>({ key: 'table', direction: 'ascending' });
  const regions = useMemo(() => diffRegions(diff), [diff]);
  const changes = useMemo(() => filterChanges(diff.changes, filter), [diff, filter]);
  const added = filterTypeChanges(diff.addedTypes, filter);
  const removed = filterTypeChanges(diff.removedTypes, filter);

  const select = (
    key: 'region' | 'table' | 'kind',
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        className="field__input field__select"
        value={filter[key]}
        onChange={(event) => setFilter({ ...filter, [key]: event.target.value })}
      >
        <option value="all">{t('diff.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="pt-diff">
      <p className="pt-summary" data-testid="diff-summary">
        {t('diff.summary', {
          from: diff.from,
          to: diff.to,
          added: t('diff.typesAdded', { count: diff.addedTypes.length }),
          removed: t('diff.typesRemoved', { count: diff.removedTypes.length }),
          changes: t('diff.priceChanges', { count: diff.changes.length }),
        })}
      </p>
      <fieldset className="field-row field-row--group pt-filters">
        <legend>{t('diff.filters')}</legend>
        {select(
          'region',
          t('diff.region'),
          regions.map((r) => ({ value: r, label: r })),
        )}
        {select(
          'table',
          t('diff.service'),
          PRICE_TABLE_KINDS.map((k) => ({ value: k, label: t(`diff.tables.${k}`) })),
        )}
        {select(
          'kind',
          t('diff.change'),
          CHANGE_KINDS.map((k) => ({ value: k, label: t(`diff.kinds.${k}`) })),
        )}
        <div className="field field--wide">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('diff.text')}
          </label>
          <input
            id={`${id}-text`}
            className="field__input"
            type="search"
            value={filter.text}
            placeholder={t('diff.textPlaceholder')}
            onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          />
        </div>
      </fieldset>
      <div className="pt-types-row">
        <TypeChangesList title={t('diff.addedTypes', { count: added.length })} types={added} />
        <TypeChangesList title={t('diff.removedTypes', { count: removed.length })} types={removed} />
      </div>
      <h4>{t('diff.changesTitle', { count: changes.length })}</h4>
      {/* a new filter starts again from the first page */}
      <ChangesTable key={JSON.stringify(filter)} changes={changes} sort={sort} onSort={setSort} />
    </div>
  );
}
