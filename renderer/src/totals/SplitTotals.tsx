import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstimateView } from '../estimate/estimate-view';
import { formatKrwAmount, formatUsdAmount, usdToKrw } from '../format/money';
import { useLanguage } from '../i18n/use-language';
import type { ScenarioGroup } from '../workspace/scenario-groups';
import { groupRows, tagRows, type SplitRow } from './split-rows';
import './totals.css';

type Props = { view: EstimateView; groups: readonly ScenarioGroup[] };

/**
 * Monthly cost by group (when the scenario has groups) and by tag (when a line has a tag), in USD and, when
 * the scenario shows KRW, in KRW as the totals are. Amounts are before VAT. Memoised, as BreakdownChart is:
 * it gets the deferred view.
 */
export const SplitTotals = memo(function SplitTotals({ view, groups }: Props) {
  const { t } = useTranslation();
  const { byGroup, byTag, overlapping } = useMemo(() => {
    const lines = [...view.lines.values()];
    const tagged = lines.some((line) => line.tags.length > 0);
    return {
      byGroup: groups.length > 0 ? groupRows(lines, groups, view.totals) : null,
      byTag: tagged ? tagRows(lines, view.totals) : null,
      overlapping: lines.some((line) => line.tags.length > 1),
    };
  }, [view, groups]);

  return (
    <>
      {byGroup && (
        <SplitCard
          view={view}
          rows={byGroup}
          kind="group"
          title={t('totals.byGroup')}
          keyHeading={t('totals.group')}
          noneLabel={t('totals.noGroup')}
        />
      )}
      {byTag && (
        <SplitCard
          view={view}
          rows={byTag}
          kind="tag"
          title={t('totals.byTag')}
          keyHeading={t('totals.tag')}
          noneLabel={t('totals.untagged')}
          note={overlapping ? t('totals.tagsOverlap') : undefined}
        />
      )}
    </>
  );
});

type CardProps = {
  view: EstimateView;
  rows: readonly SplitRow[];
  kind: 'group' | 'tag';
  title: string;
  keyHeading: string;
  noneLabel: string;
  note?: string | undefined;
};

function SplitCard({ view, rows, kind, title, keyHeading, noneLabel, note }: CardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { krw } = view;
  const titleId = `${kind}-totals-title`;
  const partly = rows.some((row) => row.totals !== null && row.unpricedCount > 0);
  return (
    <section className="card split-totals" aria-labelledby={titleId} data-testid={`${kind}-totals`}>
      <h2 id={titleId} className="card__title">
        {title}
      </h2>
      <table className="totals__table split-totals__table">
        <thead>
          <tr>
            <th scope="col" className="split-totals__key">
              {keyHeading}
            </th>
            <th scope="col">USD</th>
            {krw && <th scope="col">KRW</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const testId = `${kind}-total-${row.key === '' ? '(none)' : row.key}`;
            return (
              <tr key={row.key} className={row.name === null ? 'split-totals__row--none' : undefined}>
                <th scope="row">
                  <span className="split-totals__name">{row.name ?? noneLabel}</span>
                  {row.totals && row.unpricedCount > 0 && (
                    <span className="split-totals__partly"> ({t('totals.partly')})</span>
                  )}
                </th>
                {row.totals ? (
                  <>
                    <td className="amount" data-testid={testId}>
                      {formatUsdAmount(row.totals.monthly, language)}
                    </td>
                    {krw && (
                      <td className="amount" data-testid={`${testId}-krw`}>
                        {formatKrwAmount(usdToKrw(row.totals.monthly, krw.krwPerUsd), language)}
                      </td>
                    )}
                  </>
                ) : (
                  <td className="split-totals__empty" colSpan={krw ? 2 : 1} data-testid={testId}>
                    {row.lineCount === 0 ? t('totals.noLines') : t('lines.unpriced')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {partly && <p className="totals__note totals__note--estimate">{t('totals.partlyNote')}</p>}
      {note && <p className="totals__note">{note}</p>}
      {view.vat && <p className="totals__note">{t('totals.preVat')}</p>}
    </section>
  );
}
