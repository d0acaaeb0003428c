import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatingSystem, Region } from '../../../pricing-data/schema';
import type { PriceSnapshot } from '../../../engine/prices';
import { compareOptions } from './compare-options';
import { CumulativeCostChart } from './CumulativeCostChart';
import { OptionsTable } from './OptionsTable';
import './purchase.css';

export interface PurchaseOptionsPanelProps {
  snapshot: PriceSnapshot;
  region: Region;
  /** the selected instance type, or null when none is selected */
  type: string | null;
  os: OperatingSystem;
  /** instances (≥ 1) */
  count: number;
  /** the scenario's month length in hours (730 by default) */
  hoursPerMonth: number;
}

/** Every purchase option of the selected instance side by side, with the 36-month cumulative-cost chart. */
export function PurchaseOptionsPanel(props: PurchaseOptionsPanelProps) {
  const { t } = useTranslation('purchase');
  const titleId = useId();
  return (
    <section className="cs-purchase-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('panel.title')}</h2>
      {props.type === null ? <p>{t('panel.noSelection')}</p> : <Comparison {...props} type={props.type} />}
    </section>
  );
}

function Comparison({
  snapshot,
  region,
  type,
  os,
  count,
  hoursPerMonth,
}: PurchaseOptionsPanelProps & { type: string }) {
  const { t } = useTranslation('purchase');
  const comparison = useMemo(
    () => compareOptions({ snapshot, region, type, os, count, hoursPerMonth }),
    [snapshot, region, type, os, count, hoursPerMonth],
  );
  return (
    <>
      <p className="cs-purchase-subtitle">
        {t('panel.subtitle', { type, count, os: t(`os.${os}`), region, hours: hoursPerMonth })} ·{' '}
        {t('panel.snapshot', { id: comparison.snapshotId })}
      </p>
      <p className="cs-note">{t('panel.upfrontNote')}</p>
      <OptionsTable outcomes={comparison.outcomes} />
      <CumulativeCostChart key={`${type}|${region}|${os}`} outcomes={comparison.outcomes} />
    </>
  );
}
