import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import { regionOptions } from '../app/region-options';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { useLang } from '../instances/use-lang';
import { optionLabel } from '../purchase/option-label';
import {
  CPU_HEADROOMS,
  CPU_THRESHOLDS,
  MEMORY_HEADROOMS,
  PURCHASE_CHOICES,
  type SettingsDraft,
} from './rightsizing-view';

type Props = { snapshot: PriceSnapshot; value: SettingsDraft; onChange: (next: SettingsDraft) => void };

const THRESHOLD_LABEL = { p90: 'P90', p95: 'P95', 'p99.5': 'P99.5' } as const;

/** Compute Optimizer's choices: threshold, headrooms, the purchase option to rank by and the current one. */
export function RightsizingSettingsPanel({ snapshot, value, onChange }: Props) {
  const { t } = useTranslation('rightsizing');
  const { t: tp } = useTranslation('purchase');
  const lang = useLang();
  const set = <K extends keyof SettingsDraft>(key: K, next: SettingsDraft[K]) =>
    onChange({ ...value, [key]: next });
  const purchaseOptions = PURCHASE_CHOICES.map((spec) => ({ value: spec.id, label: optionLabel(spec, tp) }));
  const pct = (n: number) => ({
    value: String(n) as `${number}`,
    label: t('settings.percent', { value: n }),
  });
  return (
    <fieldset className="field-row field-row--group rs-settings">
      <legend>{t('settings.title')}</legend>
      <SelectField
        label={t('settings.cpuThreshold')}
        value={value.cpuThreshold}
        options={CPU_THRESHOLDS.map((p) => ({ value: p, label: THRESHOLD_LABEL[p] }))}
        onValue={(v) => set('cpuThreshold', v)}
      />
      <SelectField
        label={t('settings.cpuHeadroom')}
        value={String(value.cpuHeadroomPct) as `${number}`}
        options={CPU_HEADROOMS.map(pct)}
        onValue={(v) => set('cpuHeadroomPct', Number(v) as SettingsDraft['cpuHeadroomPct'])}
      />
      <SelectField
        label={t('settings.memoryHeadroom')}
        value={String(value.memoryHeadroomPct) as `${number}`}
        options={MEMORY_HEADROOMS.map(pct)}
        onValue={(v) => set('memoryHeadroomPct', Number(v) as SettingsDraft['memoryHeadroomPct'])}
      />
      <SelectField
        label={t('settings.purchase')}
        value={value.purchaseId}
        className="field--wide"
        options={purchaseOptions}
        onValue={(v) => set('purchaseId', v)}
      />
      <SelectField
        label={t('settings.currentPurchase')}
        value={value.currentPurchaseId}
        className="field--wide"
        options={purchaseOptions}
        onValue={(v) => set('currentPurchaseId', v)}
      />
      <SelectField
        label={t('settings.region')}
        value={value.region}
        className="field--wide"
        options={regionOptions(snapshot, lang)}
        onValue={(v) => set('region', v)}
      />
      <CheckboxField
        label={t('settings.allowEstimates')}
        checked={value.allowEstimates}
        onValue={(v) => set('allowEstimates', v)}
      />
    </fieldset>
  );
}
