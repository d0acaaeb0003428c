import type Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import type { Totals } from '../../../engine/estimate/types';
import type { EstimateView } from '../estimate/estimate-view';
import { formatDecimalText, formatKrwAmount, formatUsdAmount } from '../format/money';
import { useLanguage } from '../i18n/use-language';

const ROWS = ['monthly', 'upfront', 'first12Months', 'months36'] as const satisfies readonly (keyof Totals)[];

type Props = { view: EstimateView; invalidCount: number };

/** Monthly, upfront, first-year and 36-month totals, with VAT and KRW columns when they are switched on. */
export function TotalsCard({ view, invalidCount }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { totals, vat, krw } = view;
  const usd = (value: Decimal) => formatUsdAmount(value, language);
  const won = (value: Decimal) => formatKrwAmount(value, language);

  return (
    <section className="card totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="card__title">
        {t('totals.title')}
      </h2>
      {view.unpricedCount > 0 && (
        <p className="totals__incomplete" role="status" data-testid="totals-incomplete">
          {t('totals.incomplete', { count: view.unpricedCount })}
        </p>
      )}
      {invalidCount > 0 && (
        <p className="totals__invalid" role="status">
          {t('totals.invalid', { count: invalidCount })}
        </p>
      )}
      <table className="totals__table">
        <thead>
          <tr>
            <td />
            <th scope="col">USD</th>
            {krw && <th scope="col">KRW</th>}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row} className={row === 'monthly' ? 'totals__row--main' : undefined}>
              <th scope="row">{t(`totals.${row}`)}</th>
              <td className="amount" data-testid={`total-${row}`}>
                {usd(totals[row])}
              </td>
              {krw && (
                <td className="amount" data-testid={`total-${row}-krw`}>
                  {won(krw.totals[row])}
                </td>
              )}
            </tr>
          ))}
          {vat && (
            <>
              <tr className="totals__row--vat">
                <th scope="row">{t('totals.vat')}</th>
                <td className="amount" data-testid="total-vat">
                  {usd(vat.monthly)}
                </td>
                {krw && <td className="amount">{krw.vat ? won(krw.vat.monthly) : ''}</td>}
              </tr>
              <tr className="totals__row--main">
                <th scope="row">{t('totals.withVat')}</th>
                <td className="amount" data-testid="total-with-vat">
                  {usd(totals.monthly.plus(vat.monthly))}
                </td>
                {krw && (
                  <td className="amount" data-testid="total-with-vat-krw">
                    {krw.vat ? won(krw.totals.monthly.plus(krw.vat.monthly)) : ''}
                  </td>
                )}
              </tr>
            </>
          )}
        </tbody>
      </table>
      {krw && (
        <p className="totals__note">
          {t('totals.krwRate', {
            rate: formatDecimalText(krw.krwPerUsd.toFixed(), language),
            date: krw.rateDate,
          })}
        </p>
      )}
      <p className="totals__note">{vat ? t('totals.includesVat') : t('totals.excludesTax')}</p>
      {view.hasEstimates && <p className="totals__note totals__note--estimate">{t('totals.estimates')}</p>}
      <p className="totals__snapshot">
        {t('totals.snapshot', { id: view.snapshot.id, date: view.snapshot.date })}
      </p>
    </section>
  );
}
