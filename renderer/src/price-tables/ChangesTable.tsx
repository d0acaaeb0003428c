import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceChange } from '../../../engine/snapshot-diff';
import { useLanguage } from '../i18n/use-language';
import { changeKind, sortChanges, SORT_KEYS, type DiffSort, type SortKey } from './diff-rows';
import { formatPercentChange, formatUnitPrice, formatUnitPriceChange } from './format';
import { ScrollBox } from './ScrollBox';

export const PAGE_SIZE = 100;

const NUMERIC: ReadonlySet<SortKey> = new Set(['before', 'after', 'amount', 'percent']);

/**
 * Price changes, sortable on every column (header buttons, aria-sort), shown PAGE_SIZE rows at a time.
 * A new first click sorts numbers largest first and text A→Z; a second click reverses.
 */
export function ChangesTable({
  changes,
  sort,
  onSort,
}: {
  changes: readonly PriceChange[];
  sort: DiffSort;
  onSort: (sort: DiffSort) => void;
}) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sorted = sortChanges(changes, sort);
  const visible = sorted.slice(0, limit);
  const missing = <span className="pt-muted">{t('diff.missing')}</span>;

  const header = (key: SortKey) => {
    const label = t(`diff.columns.${key}`);
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={NUMERIC.has(key) ? 'amount' : undefined}
        aria-sort={active ? sort.direction : undefined}
      >
        <button
          type="button"
          className="pt-sort"
          title={t('diff.sortBy', { column: label })}
          onClick={() =>
            onSort({
              key,
              direction:
                active && sort.direction === 'ascending'
                  ? 'descending'
                  : active
                    ? 'ascending'
                    : NUMERIC.has(key)
                      ? 'descending'
                      : 'ascending',
            })
          }
        >
          {label}
          <span aria-hidden="true" className="pt-sort__arrow">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  if (changes.length === 0) return <p className="pt-empty">{t('diff.noChanges')}</p>;
  return (
    <>
      <ScrollBox label={t('diff.changesLabel')} tall>
        <table className="pt-table" aria-label={t('diff.changesLabel')}>
          <thead>
            <tr>{SORT_KEYS.map(header)}</tr>
          </thead>
          <tbody>
            {visible.map((c) => {
              const kind = changeKind(c);
              const direction =
                c.amount === null || c.amount.isZero() ? '' : c.amount.isNegative() ? ' pt-down' : ' pt-up';
              return (
                <tr key={`${c.table}|${c.region}|${c.item}`} data-change={kind}>
                  <td>{t(`diff.tables.${c.table}`)}</td>
                  <td className="pt-nowrap">{c.region}</td>
                  <th scope="row">
                    {c.item}
                    {kind !== 'changed' && (
                      <span className={`badge pt-change pt-change--${kind}`}>{t(`diff.kinds.${kind}`)}</span>
                    )}
                  </th>
                  <td className="amount">{c.before ? formatUnitPrice(c.before, language) : missing}</td>
                  <td className="amount">{c.after ? formatUnitPrice(c.after, language) : missing}</td>
                  <td className={`amount${direction}`}>
                    {c.amount ? formatUnitPriceChange(c.amount, language) : missing}
                  </td>
                  <td className={`amount${direction}`}>
                    {c.percent ? formatPercentChange(c.percent, language) : missing}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <p className="pt-paging">
        <span role="status">{t('diff.showing', { shown: visible.length, total: sorted.length })}</span>
        {sorted.length > limit && (
          <button type="button" className="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('diff.showMore', { count: Math.min(PAGE_SIZE, sorted.length - limit) })}
          </button>
        )}
      </p>
    </>
  );
}
