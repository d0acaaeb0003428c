import { useTranslation } from 'react-i18next';
import { dataNote } from '../../../engine/prices';
import type { SourceRef } from '../../../engine/estimate/types';
import { formatMessage, formatParam } from '../../../engine/trace/format';
import { sourceDate } from '../../../engine/trace/terms';
import type { Lang } from '../../../engine/trace/types';
import { useLang } from '../instances/use-lang';
import type { RateBadge as Badge } from './compare-options';

/** Sources as "title (date)"; in Korean the titles of our own derived sources are translated, names are not. */
function sourcesText(sources: readonly SourceRef[], lang: Lang): string {
  return sources
    .map((s) => `${dataNote(s.title)[lang]} (${formatParam(sourceDate(s.asOf), lang)})`)
    .join('; ');
}

/**
 * 정확 / 규칙 계산 / 추정 / 가격 없음, as a disclosure: the badge is always visible, and opening it shows
 * where the rate came from (the estimate's method, the reason a price is missing). Korean shows the engine's
 * own account of an estimate; English also has the price table's longer method note.
 */
export function RateBadge({ badge }: { badge: Badge }) {
  const { t } = useTranslation('purchase');
  const lang = useLang();
  const detail = (() => {
    switch (badge.kind) {
      case 'exact':
        return t('badge.exactTitle', { detail: sourcesText(badge.sources, lang) });
      case 'derived':
        return t('badge.derivedTitle', { detail: sourcesText(badge.sources, lang) });
      case 'estimate': {
        const method =
          lang === 'en' && badge.method !== null
            ? badge.method
            : badge.explanation !== null
              ? formatParam(badge.explanation, lang)
              : null;
        return [
          t('badge.estimateTitle', { detail: sourcesText(badge.sources, lang) }),
          method ? t('badge.estimateMethod', { method }) : null,
        ]
          .filter((line) => line !== null)
          .join(' ');
      }
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
