import { useTranslation } from 'react-i18next';
import type { SourceKind } from '../../../pricing-data/schema';

/** How much to trust a source at a glance: AWS itself, a copy or transcription, a rule, or nothing. */
function tone(kind: SourceKind): 'aws' | 'copy' | 'rule' | 'none' {
  switch (kind) {
    case 'third-party':
    case 'transcribed':
      return 'copy';
    case 'derived-rule':
      return 'rule';
    case 'none':
      return 'none';
    default:
      return 'aws';
  }
}

export function SourceKindBadge({ kind }: { kind: SourceKind }) {
  const { t } = useTranslation('priceTables');
  return (
    <span className={`badge pt-kind pt-kind--${tone(kind)}`} data-kind={kind}>
      {t(`kind.${kind}`)}
    </span>
  );
}
