import { useTranslation } from 'react-i18next';
import { lazy, memo, Suspense } from 'react';
import { SERVICES } from '../../../engine/scenario';
import type { EstimateView } from '../estimate/estimate-view';
import { formatUsdAmount } from '../format/money';
import { useLanguage } from '../i18n/use-language';
import { useMounted } from '../boot/use-mounted';

import { SERVICE_COLORS as COLORS } from './service-colors';

// recharts is a large module: the bars arrive a moment after the figures, which are in the table below
const ServiceBars = lazy(() => import('./ServiceBars'));

/**
 * Monthly cost per service: a bar chart for the eye, the same figures as a table for everyone. Memoised: the
 * app passes a deferred view, so typing re-renders the chart only in the low-priority render that follows.
 */
export const BreakdownChart = memo(function BreakdownChart({ view }: { view: EstimateView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mounted = useMounted();
  const rows = SERVICES.flatMap((service) => {
    const totals = view.byService[service];
    return totals ? [{ service, label: t(`services.${service}`), monthly: totals.monthly }] : [];
  });
  // the bar length is geometry only: every figure shown is formatted from the Decimal
  const data = rows.map((row) => ({ label: row.label, value: row.monthly.toNumber(), service: row.service }));
  const barsHeight = Math.max(60, rows.length * 34);

  return (
    <section className="card breakdown" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title" className="card__title">
        {t('totals.breakdown')}
      </h2>
      {rows.length > 0 && (
        <div className="breakdown__chart" aria-hidden="true">
          {mounted ? (
            <Suspense fallback={<div style={{ height: barsHeight }} />}>
              <ServiceBars data={data} />
            </Suspense>
          ) : (
            <div style={{ height: barsHeight }} />
          )}
        </div>
      )}
      <table className="breakdown__table">
        <caption className="visually-hidden">{t('totals.breakdownTable')}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('totals.service')}</th>
            <th scope="col">{t('totals.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.service}>
              <th scope="row">
                <span className="breakdown__swatch" style={{ background: COLORS[row.service] }} />
                {row.label}
              </th>
              <td className="amount" data-testid={`service-${row.service}`}>
                {formatUsdAmount(row.monthly, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
