import { useTranslation } from 'react-i18next';
import type { TypeChange } from '../../../engine/snapshot-diff';

/** Instance types added or removed, grouped by region. */
export function TypeChangesList({ title, types }: { title: string; types: readonly TypeChange[] }) {
  const { t } = useTranslation('priceTables');
  const byRegion = new Map<string, string[]>();
  for (const { region, type } of types) byRegion.set(region, [...(byRegion.get(region) ?? []), type]);
  return (
    <details className="pt-details pt-types" open={types.length > 0 && types.length <= 50}>
      <summary>{title}</summary>
      {types.length === 0 ? (
        <p className="pt-muted">{t('diff.noTypes')}</p>
      ) : (
        <ul aria-label={t('diff.typesLabel', { title })}>
          {[...byRegion].map(([region, list]) => (
            <li key={region}>
              <strong>{region}</strong>: {list.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
