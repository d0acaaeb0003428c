import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceType } from '../../../pricing-data/schema';
import { decodeInstanceName, type NamePart } from '../../../engine/catalogue/decode-name';
import { useLang } from './use-lang';
import { formatCount } from './format';

export interface NamingDecoderPanelProps {
  /** the selected type's catalogue entry; null when nothing is selected */
  spec: InstanceType | null;
}

/** 패밀리 / 세대 / 추가 기능 / 크기 of the selected type, with T-family credit facts. */
export function NamingDecoderPanel({ spec }: NamingDecoderPanelProps) {
  const { t } = useTranslation('instances');
  const lang = useLang();
  const titleId = useId();
  return (
    <section className="cs-decoder" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('decoder.title')}</h3>
      {spec === null ? <p>{t('decoder.empty')}</p> : <DecodedSpec spec={spec} lang={lang} />}
    </section>
  );
}

function DecodedSpec({ spec, lang }: { spec: InstanceType; lang: 'ko' | 'en' }) {
  const { t } = useTranslation('instances');
  const decoded = decodeInstanceName(spec.type);
  const explain = (part: NamePart) => (lang === 'ko' ? part.ko : part.en);
  return (
    <>
      <p className="cs-decoder-name">
        <code>{spec.type}</code>
      </p>
      {decoded.ok ? (
        <dl className="cs-decoder-parts">
          <dt>{t('decoder.family')}</dt>
          <dd>
            <code>{decoded.prefix.code}</code> — {lang === 'ko' ? decoded.prefix.ko : decoded.prefix.en}
          </dd>
          <dt>{t('decoder.generation')}</dt>
          <dd>
            {decoded.generation ? (
              <>
                <code>{decoded.generation.value}</code> —{' '}
                {lang === 'ko' ? decoded.generation.ko : decoded.generation.en}
              </>
            ) : (
              t('decoder.unknownPart')
            )}
          </dd>
          <dt>{t('decoder.attributes')}</dt>
          <dd>
            {decoded.attributes.length === 0 && decoded.variant === null ? (
              t('decoder.noAttributes')
            ) : (
              <ul>
                {decoded.attributes.map((part) => (
                  <li key={part.code}>
                    <code>{part.code}</code> — {explain(part)}
                  </li>
                ))}
                {decoded.variant && (
                  <li>
                    <code>-{decoded.variant.code}</code> — {explain(decoded.variant)}
                  </li>
                )}
              </ul>
            )}
          </dd>
          <dt>{t('decoder.size')}</dt>
          <dd>
            <code>{decoded.size.code}</code> — {explain(decoded.size)}
          </dd>
        </dl>
      ) : (
        <p role="note">{decoded.error}</p>
      )}
      <h4>{t('decoder.specs')}</h4>
      <p>
        {t('decoder.vcpuMemory', {
          vcpu: formatCount(spec.vcpu, lang),
          memory: formatCount(spec.memoryGiB, lang),
        })}
        {spec.localNvmeGiB !== null && (
          <> · {t('decoder.localNvme', { size: formatCount(spec.localNvmeGiB, lang) })}</>
        )}
      </p>
      {spec.burstable && <CreditFacts spec={spec} />}
    </>
  );
}

function CreditFacts({ spec }: { spec: InstanceType }) {
  const { t } = useTranslation('instances');
  const credits = spec.credits;
  return (
    <>
      <h4>{t('decoder.credits')}</h4>
      {credits === null ? (
        <p>{t('decoder.creditsMissing')}</p>
      ) : (
        <>
          <dl className="cs-decoder-credits">
            <dt>{t('decoder.baselinePerVcpu')}</dt>
            <dd>{credits.baselinePctPerVcpu}%</dd>
            <dt>{t('decoder.creditsPerHour')}</dt>
            <dd>{credits.creditsPerHour}</dd>
            <dt>{t('decoder.maxBalance')}</dt>
            <dd>{credits.maxBalance}</dd>
            <dt>{t('decoder.defaultMode')}</dt>
            <dd>
              {credits.defaultMode === 'unlimited' ? t('decoder.modeUnlimited') : t('decoder.modeStandard')}
            </dd>
          </dl>
          <p className="cs-note">{t('decoder.creditRule')}</p>
        </>
      )}
    </>
  );
}
