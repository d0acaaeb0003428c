import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../pricing-data/schema';
import { useSnapshot } from '../app/contexts';
import { regionOptions } from '../app/region-options';
import { regionCoverage, type CuratedCoverage } from './region-coverage';
import { useLanguage } from '../i18n/use-language';
import { useFullList } from '../fields/use-full-list';

type Props = { region: Region; onRegion: (region: Region) => void };

/** The scenario's region, with what the snapshot can price there (e.g. "온디맨드 412개 유형 · EBS 11/14 · …"). */
export function RegionPicker({ region, onRegion }: Props) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const id = useId();
  const language = useLanguage();
  const options = useMemo(() => regionOptions(snapshot, language), [snapshot, language]);
  const { full, expand } = useFullList(options.length);
  const shown = full ? options : options.filter((option) => option.value === region);
  const coverage = regionCoverage(snapshot, region);
  const part = (service: string, c: CuratedCoverage) =>
    c.total === 0
      ? `${service} ${t('coverage.none')}`
      : t('coverage.items', { service, priced: c.priced, total: c.total });
  const parts = [
    t('coverage.onDemand', { count: coverage.onDemandTypes }),
    part('EBS', coverage.ebs),
    part('S3', coverage.s3),
    part(t('services.data-transfer'), coverage.transfer),
    part('Lambda', coverage.lambda),
  ];
  return (
    <div className="region-picker">
      <label className="field__label" htmlFor={id}>
        {t('topbar.region')}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={region}
        aria-describedby={`${id}-coverage`}
        onFocus={expand}
        onPointerDown={expand}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onRegion(chosen.value);
        }}
      >
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p className="region-picker__coverage" id={`${id}-coverage`} data-testid="region-coverage">
        <span className="visually-hidden">{t('coverage.label')}: </span>
        {parts.join(' · ')}
      </p>
    </div>
  );
}
