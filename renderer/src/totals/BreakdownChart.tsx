import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, XAxis, YAxis } from 'recharts';
import { SERVICES } from '../../../engine/scenario';
import type { EstimateView } from '../estimate/estimate-view';
import { formatUsdAmount } from '../format/money';
import { useLanguage } from '../i18n/use-language';

const COLORS = { ec2: '#e07b00', ebs: '#3b7dd8', s3: '#2f9e6e', 'data-transfer': '#8a5cd1', lambda: '#d24b7a' } as const;

/** Monthly cost per service: a bar chart for the eye, the same figures as a table for everyone. */
export function BreakdownChart({ view }: { view: EstimateView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = SERVICES.flatMap((service) => {
    const totals = view.byService[service];
    return totals ? [{ service, label: t(`services.${service}`), monthly: totals.monthly }] : [];
  });
  // the bar length is geometry only: every figure shown is formatted from the Decimal
  const data = rows.map((row) => ({ label: row.label, value: row.monthly.toNumber(), service: row.service }));

  return (
    <section className="card breakdown" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title" className="card__title">
        {t('totals.breakdown')}
      </h2>
      {rows.length > 0 && (
        <div className="breakdown__chart" aria-hidden="true">
          <BarChart width={320} height={Math.max(60, rows.length * 34)} data={data} layout="vertical" margin={{ left: 4, right: 12 }}>
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="label" width={92} tickLine={false} axisLine={false} />
            <Bar dataKey="value" isAnimationActive={false} radius={[0, 4, 4, 0]}>
              {data.map((row) => (
                <Cell key={row.service} fill={COLORS[row.service]} />
              ))}
            </Bar>
          </BarChart>
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
}
