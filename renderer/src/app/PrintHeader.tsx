import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/scenario';

/** Shown only on paper: what was estimated, the snapshot date, and that prices exclude tax. */
export function PrintHeader({ scenario, snapshotDate }: { scenario: Scenario; snapshotDate: string }) {
  const { t } = useTranslation();
  return (
    <div className="print-only print-header">
      <h1>{t('print.title', { name: scenario.name })}</h1>
      <p>
        {scenario.region} · {t('print.note', { date: snapshotDate })}
      </p>
    </div>
  );
}
