import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { METRICS, type Comparison, type ComparisonDisplay } from '../../../engine';
import { cellText } from '../files/display-cells';
import { DELTA_COLUMNS, totalRows } from './compare-view';

type Props = {
  comparison: Comparison;
  display: ComparisonDisplay;
  /** what the amounts are in: "USD", "KRW, 부가세 포함" */
  currencyLabel: string;
};

/**
 * The four totals per scenario in columns, the cheapest marked per metric (a word, not only a colour), the
 * difference to the baseline under each amount, then each scenario's status (unpriced lines), break-even
 * month and snapshot. Every figure is a cell of the engine's comparison display rows.
 */
export function TotalsSideBySide({ comparison, display, currencyLabel }: Props) {
  const { t } = useTranslation('compare');
  const titleId = useId();
  const rows = totalRows(display);
  const fromMonth = (month: string) => (month === '' ? t('totals.never') : t('charts.breakEven', { month }));
  return (
    <section className="card compare-section">
      <h2 id={titleId} className="card__title">
        {t('totals.title')}
      </h2>
      <div className="compare-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="compare-table compare-totals" data-testid="compare-totals">
          <thead>
            <tr>
              <td />
              {rows.map((row) => (
                <th key={row.scenario} scope="col">
                  {cellText(row.cells.scenario)}
                  {row.scenario === 0 && <span className="badge compare-badge">{t('totals.baseline')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {METRICS.map((metric) => (
              <tr key={metric}>
                <th scope="row">
                  {t('totals.metricRow', { metric: t(`metrics.${metric}`), currency: currencyLabel })}
                </th>
                {rows.map((row) => {
                  const cheapest = comparison.scenarios[row.scenario]?.cheapest.includes(metric) ?? false;
                  const delta = DELTA_COLUMNS[metric];
                  const percent = cellText(row.cells[delta.percent], { signed: true });
                  return (
                    <td key={row.scenario} className={`amount${cheapest ? ' compare-cheapest' : ''}`}>
                      <span className="compare-amount" data-testid={`compare-${metric}-${row.scenario}`}>
                        {cellText(row.cells[metric])}
                      </span>
                      {cheapest && (
                        <span className="badge compare-badge--cheapest" title={t('totals.cheapestLabel')}>
                          {t('totals.cheapest')}
                        </span>
                      )}
                      {row.scenario > 0 && (
                        <span
                          className="compare-delta"
                          data-testid={`compare-delta-${metric}-${row.scenario}`}
                        >
                          {t('totals.vsBaseline')} {cellText(row.cells[delta.amount], { signed: true })}
                          {percent !== '' && ` (${percent}%)`}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('totals.status')}</th>
              {rows.map((row) => {
                const complete = comparison.scenarios[row.scenario]?.complete ?? true;
                return (
                  <td
                    key={row.scenario}
                    className={complete ? undefined : 'compare-unpriced'}
                    data-testid={`compare-flag-${row.scenario}`}
                  >
                    {!complete && <span className="visually-hidden">{t('totals.incomplete')}: </span>}
                    {cellText(row.cells.flag)}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('totals.cheaperFrom')}</th>
              {rows.map((row) => (
                <td
                  key={row.scenario}
                  className="amount"
                  data-testid={`compare-cheaper-from-${row.scenario}`}
                >
                  {row.scenario === 0 ? '' : fromMonth(cellText(row.cells.cheaperFromMonth))}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('totals.snapshot')}</th>
              {rows.map((row) => (
                <td key={row.scenario}>{cellText(row.cells.snapshot)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
