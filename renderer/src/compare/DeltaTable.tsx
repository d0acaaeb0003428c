import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonDisplay, ComparisonDisplayRow, Metric } from '../../../engine';
import { cellText } from '../files/display-cells';
import { DELTA_COLUMNS, sectionGroups } from './compare-view';

type Props = {
  display: ComparisonDisplay;
  section: 'service' | 'line';
  scenarioCount: number;
  metric: Metric;
  names: readonly string[];
  /** what the amounts are in: "USD", "KRW, 부가세 포함" */
  currencyLabel: string;
};

/**
 * One row per service (or per line), one column group per scenario: the amount of the chosen metric and,
 * after the baseline, the difference in the shown currency and %. A line a scenario lacks or cannot price says so in place
 * of its amount. All cells are the engine's comparison display rows.
 */
export function DeltaTable({ display, section, scenarioCount, metric, names, currencyLabel }: Props) {
  const { t } = useTranslation('compare');
  const titleId = useId();
  const groups = sectionGroups(display, section, scenarioCount);
  const delta = DELTA_COLUMNS[metric];
  const labelColumns =
    section === 'service'
      ? [t('deltas.service')]
      : [t('deltas.service'), t('deltas.lineId'), t('deltas.description')];
  const labels = (first: ComparisonDisplayRow) =>
    section === 'service'
      ? [cellText(first.cells.service)]
      : [cellText(first.cells.service), cellText(first.cells.lineId), cellText(first.cells.description)];
  const title = t(section === 'service' ? 'deltas.services' : 'deltas.lines', {
    metric: t(`metrics.${metric}`),
  });

  return (
    <section className="card compare-section">
      <h2 id={titleId} className="card__title">
        {title}
      </h2>
      <div className="compare-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="compare-table" data-testid={`compare-${section}s`}>
          <thead>
            <tr>
              {labelColumns.map((label) => (
                <th key={label} scope="col" rowSpan={2}>
                  {label}
                </th>
              ))}
              {names.map((name, s) => (
                <th key={s} scope="colgroup" colSpan={s === 0 ? 1 : 3} className="compare-table__scenario">
                  {name}
                </th>
              ))}
            </tr>
            <tr>
              {names.map((_, s) => (
                <Fragment key={s}>
                  <th scope="col" className="compare-table__sub">
                    {t('deltas.amount', { currency: currencyLabel })}
                  </th>
                  {s > 0 && (
                    <>
                      <th scope="col" className="compare-table__sub">
                        {t('deltas.delta', { currency: currencyLabel })}
                      </th>
                      <th scope="col" className="compare-table__sub">
                        {t('deltas.percent')}
                      </th>
                    </>
                  )}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group, g) => {
              const first = group[0]!;
              return (
                <tr key={g}>
                  {labels(first).map((label, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {label}
                      </th>
                    ) : (
                      <td key={i}>{label}</td>
                    ),
                  )}
                  {group.map((row) => {
                    const flag = section === 'line' ? cellText(row.cells.flag) : '';
                    return (
                      <Fragment key={row.scenario}>
                        <td className={flag ? 'compare-unpriced' : 'amount'}>
                          {flag || cellText(row.cells[metric])}
                        </td>
                        {row.scenario > 0 && (
                          <>
                            <td className="amount compare-delta-cell">
                              {cellText(row.cells[delta.amount], { signed: true })}
                            </td>
                            <td className="amount compare-delta-cell">
                              {cellText(row.cells[delta.percent], { signed: true })}
                            </td>
                          </>
                        )}
                      </Fragment>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
