import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../engine/trace';
import { useLang } from '../instances/use-lang';
import type { RateBadge as Badge } from './compare-options';

/**
 * 정확 / 규칙 계산 / 추정 / 가격 없음, as a disclosure: the badge is always visible, and opening it shows
 * where the rate came from (the estimate's method, the reason a price is missing).
 */
export function RateBadge({ badge }: { badge: Badge }) {
  const { t } = useTranslation('purchase');
  const lang = useLang();
  const detail = (() => {
    switch (badge.kind) {
      case 'exact':
        return t('badge.exactTitle', { detail: badge.detail });
      case 'derived':
        return t('badge.derivedTitle', { detail: badge.detail });
      case 'estimate':
        return [
          t('badge.estimateTitle', { detail: badge.detail }),
          badge.method ? t('badge.estimateMethod', { method: badge.method }) : null,
        ]
          .filter((line) => line !== null)
          .join(' ');
      case 'unavailable':
        return t('badge.unavailableTitle', { reason: formatMessage(badge.reason, lang) });
    }
  })();
  return (
    <details className="cs-badge-details">
      <summary>
        <span className={`cs-badge cs-badge-${badge.kind}`}>{t(`badge.${badge.kind}`)}</span>
      </summary>
      <p className="cs-badge-detail">{detail}</p>
    </details>
  );
}
