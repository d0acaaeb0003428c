import type Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import type { LineCosts } from '../../../engine/estimate/types';
import { formatKrwAmount, formatUsdAmount, usdToKrw } from '../format/money';
import { useLanguage } from '../i18n/use-language';

type Props = { costs: LineCosts; krwPerUsd: Decimal | null; vat: boolean };

/**
 * A priced line's monthly cost, and its upfront when there is one: USD, or KRW first with the USD beside it
 * when the scenario shows KRW (converted and rounded as the totals are). Line amounts are before VAT.
 */
export function LineCost({ costs, krwPerUsd, vat }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = (value: Decimal) => formatUsdAmount(value, language);
  const won = (value: Decimal, rate: Decimal) => formatKrwAmount(usdToKrw(value, rate), language);
  const hasUpfront = !costs.upfront.isZero();
  return (
    <>
      {krwPerUsd ? (
        <>
          <span className="amount" data-testid="line-monthly-krw">
            {won(costs.monthly, krwPerUsd)}
          </span>
          <span className="line-card__per">/{t('lines.perMonth')}</span>
          <span className="line-card__usd">
            (
            <span className="amount" data-testid="line-monthly">
              {usd(costs.monthly)}
            </span>
            )
          </span>
        </>
      ) : (
        <>
          <span className="amount" data-testid="line-monthly">
            {usd(costs.monthly)}
          </span>
          <span className="line-card__per">/{t('lines.perMonth')}</span>
        </>
      )}
      {hasUpfront && (
        <span className="line-card__upfront">
          {t('lines.upfront')}{' '}
          {krwPerUsd ? (
            <>
              <span className="amount" data-testid="line-upfront-krw">
                {won(costs.upfront, krwPerUsd)}
              </span>{' '}
              (
              <span className="amount" data-testid="line-upfront">
                {usd(costs.upfront)}
              </span>
              )
            </>
          ) : (
            <span className="amount" data-testid="line-upfront">
              {usd(costs.upfront)}
            </span>
          )}
        </span>
      )}
      {vat && <span className="line-card__tax">{t('lines.excludesVat')}</span>}
    </>
  );
}
