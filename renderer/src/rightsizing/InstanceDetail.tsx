import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_TEXT, type InstanceRecommendation } from '../../../engine/rightsizing';
import { formatUsdAmount } from '../format/money';
import { useLang } from '../instances/use-lang';
import { UtilizationChart } from './UtilizationChart';

/** The selected instance: its figures, required and offered capacity, the engine's notes, the chart. */
export function InstanceDetail({ rec }: { rec: InstanceRecommendation }) {
  const { t } = useTranslation('rightsizing');
  const lang = useLang();
  const id = useId();
  const p = rec.profile;
  const req = rec.requirements;
  const capacity = (vcpu: number, memory: number) => t('detail.capacity', { vcpu, memory });
  return (
    <section className="card rs-detail" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {t('detail.title', { instance: rec.instance })}
      </h3>
      <div className="rs-detail__body">
        <div>
          <h4 className="rs-subtitle">{t('detail.figures')}</h4>
          <dl className="rs-figures">
            <dt>{t('detail.cpuThreshold', { label: p.cpuThresholdLabel })}</dt>
            <dd>{p.cpuThresholdPct}%</dd>
            <dt>{t('detail.cpuMax')}</dt>
            <dd>{p.cpuMaxPct}%</dd>
            <dt>{t('detail.cpuAvg')}</dt>
            <dd>{Math.round(p.cpuAvgPct * 100) / 100}%</dd>
            <dt>{t('detail.memoryMax')}</dt>
            <dd>{p.memoryMaxPct === null ? t('detail.notMeasured') : `${p.memoryMaxPct}%`}</dd>
            {req && (
              <>
                <dt>{t('detail.requiredVcpu')}</dt>
                <dd>{req.vcpu}</dd>
                <dt>{t('detail.requiredMemory')}</dt>
                <dd>{req.memoryGiB} GiB</dd>
              </>
            )}
            {rec.current && (
              <>
                <dt>{t('detail.current', { type: rec.current.type.type })}</dt>
                <dd>{capacity(rec.current.type.vcpu, rec.current.type.memoryGiB)}</dd>
              </>
            )}
            {rec.recommended && (
              <>
                <dt>{t('detail.recommended', { type: rec.recommended.type.type })}</dt>
                <dd>{capacity(rec.recommended.type.vcpu, rec.recommended.type.memoryGiB)}</dd>
              </>
            )}
          </dl>
          {rec.notes.length > 0 && (
            <>
              <h4 className="rs-subtitle">{t('detail.notes')}</h4>
              <ul className="rs-notes">
                {rec.notes.map((note) => (
                  <li key={note.code}>{note[lang]}</li>
                ))}
              </ul>
            </>
          )}
          {rec.alternatives.length > 0 && (
            <>
              <h4 className="rs-subtitle">{t('detail.alternatives')}</h4>
              <ul className="rs-notes">
                {rec.alternatives.map((alt) => (
                  <li key={alt.type.type}>
                    {t('detail.alternative', {
                      type: alt.type.type,
                      amount: formatUsdAmount(alt.monthly, lang),
                      risk: RISK_TEXT[alt.riskLabel][lang],
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <UtilizationChart rec={rec} />
      </div>
    </section>
  );
}
