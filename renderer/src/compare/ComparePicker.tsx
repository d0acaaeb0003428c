import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { METRICS, type CompareMoney, type Metric } from '../../../engine';
import type { WorkspaceEntry } from '../../../engine/workspace';
import { SelectField } from '../fields/SelectField';
import { groupDigits } from '../files/display-cells';

type Props = {
  entries: readonly WorkspaceEntry[];
  excluded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  baselineId: string | null;
  onBaseline: (id: string) => void;
  metric: Metric;
  onMetric: (metric: Metric) => void;
  /** KRW at the baseline's rate, when the baseline has one */
  krw: Extract<CompareMoney, { currency: 'KRW' }> | null;
  currency: CompareMoney['currency'];
  onCurrency: (currency: CompareMoney['currency']) => void;
  vat: boolean;
  onVat: (vat: boolean) => void;
};

/**
 * Which scenarios to compare, which one is the baseline, which amount the difference tables show, and (when
 * the baseline has a KRW rate) the currency, with or without VAT.
 */
export function ComparePicker({
  entries,
  excluded,
  onToggle,
  baselineId,
  onBaseline,
  metric,
  onMetric,
  krw,
  currency,
  onCurrency,
  vat,
  onVat,
}: Props) {
  const { t } = useTranslation('compare');
  const vatBox = useId();
  const chosen = entries.filter((e) => !excluded.has(e.id));
  return (
    <div className="compare-picker">
      <fieldset className="compare-picker__scenarios">
        <legend>{t('pick.legend')}</legend>
        {entries.map((entry) => (
          <label key={entry.id} className="compare-picker__scenario">
            <input type="checkbox" checked={!excluded.has(entry.id)} onChange={() => onToggle(entry.id)} />
            {entry.scenario.name}
          </label>
        ))}
      </fieldset>
      <SelectField
        className="field--compact"
        label={t('pick.baseline')}
        value={baselineId ?? ''}
        options={chosen.map((entry) => ({ value: entry.id, label: entry.scenario.name }))}
        disabled={chosen.length === 0}
        onValue={onBaseline}
      />
      <SelectField
        className="field--compact"
        label={t('pick.metric')}
        value={metric}
        options={METRICS.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
        onValue={onMetric}
      />
      {krw && (
        <SelectField
          className="field--compact"
          label={t('pick.currency')}
          value={currency}
          options={[
            { value: 'USD', label: 'USD ($)' },
            { value: 'KRW', label: t('pick.krw', { rate: groupDigits(krw.krwPerUsd) }) },
          ]}
          onValue={onCurrency}
        />
      )}
      <span className="field field--checkbox compare-picker__vat">
        <input id={vatBox} type="checkbox" checked={vat} onChange={(event) => onVat(event.target.checked)} />
        <label htmlFor={vatBox}>{t('pick.vat')}</label>
      </span>
    </div>
  );
}
