import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import { koreanDataText } from '../../../engine/prices/curated-names';
import type { Source } from '../../../pricing-data/schema';
import type { Language } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { formatCount } from './format';
import { SourceKindBadge } from './SourceKindBadge';
import { ScrollBox } from './ScrollBox';

const SHORT_SHA = 12;

function SourceLocation({ source }: { source: Source }) {
  if (source.repository) {
    const path = source.path ? ` · ${source.path}` : '';
    const commit = source.commit ? ` @ ${source.commit}` : '';
    return <span className="pt-location">{`${source.repository}${path}${commit}`}</span>;
  }
  // shown as text, not a link: the app is offline and never opens the network
  if (source.url) return <span className="pt-location">{source.url}</span>;
  return <span className="pt-muted">—</span>;
}

/**
 * A text of the price data in the UI language. Korean: the known translation, else the English as is
 * (an external source's name), marked `lang="en"` for screen readers.
 */
function DataText({ text, language }: { text: string; language: Language }) {
  const korean = language === 'ko' ? koreanDataText(text) : text;
  return korean === null ? <span lang="en">{text}</span> : <>{korean}</>;
}

const CURATED_COUNT = /^(.+)\.(priced|unavailable)$/;

/** A manifest coverage counter: "ap-northeast-2.priced" → "ap-northeast-2 가격 있음", "withGpu" → "GPU 있음". */
function coverageKey(key: string, t: TFunction): string {
  const curated = CURATED_COUNT.exec(key);
  if (curated) return t(`active.coverageKeys.${curated[2]}`, { region: curated[1] });
  return t(`active.coverageKeys.${key}`, { defaultValue: key });
}

/** The active snapshot: id, date, schema version, every source with its kind, every table with its hash. */
export function ActiveSnapshotSection({ snapshot }: { snapshot: PriceSnapshot }) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const id = useId();
  const { manifest } = snapshot;
  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('active.title')}
      </h3>
      <dl className="pt-facts">
        <div>
          <dt>{t('active.id')}</dt>
          <dd data-testid="snapshot-id">{manifest.snapshotId}</dd>
        </div>
        <div>
          <dt>{t('active.date')}</dt>
          <dd data-testid="snapshot-date">{manifest.snapshotDate}</dd>
        </div>
        <div>
          <dt>{t('active.schemaVersion')}</dt>
          <dd>{manifest.schemaVersion}</dd>
        </div>
        <div>
          <dt>{t('active.generatedBy')}</dt>
          <dd className="pt-muted">{manifest.generatedBy}</dd>
        </div>
      </dl>

      <details className="pt-details" open>
        <summary>{t('active.tablesTitle', { count: manifest.tables.length })}</summary>
        <ScrollBox label={t('active.tablesLabel')}>
          <table className="pt-table" aria-label={t('active.tablesLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('active.columns.table')}</th>
                <th scope="col">{t('active.columns.file')}</th>
                <th scope="col">{t('active.columns.sha256')}</th>
                <th scope="col">{t('active.columns.sources')}</th>
                <th scope="col">{t('active.columns.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {manifest.tables.map((table) => (
                <tr key={table.name}>
                  <th scope="row">{table.name}</th>
                  <td>
                    <code>{table.file}</code>
                  </td>
                  <td>
                    <code title={t('active.shaTitle', { sha: table.sha256 })}>
                      {table.sha256.slice(0, SHORT_SHA)}
                    </code>
                  </td>
                  <td className="amount">{table.sources.length}</td>
                  <td className="pt-coverage-counts">
                    {Object.entries(table.coverage)
                      .map(([key, count]) => `${coverageKey(key, t)} ${formatCount(count, language)}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>

      <details className="pt-details" open>
        <summary>{t('active.sourcesTitle', { count: manifest.sources.length })}</summary>
        <ScrollBox label={t('active.sourcesLabel')}>
          <table className="pt-table" aria-label={t('active.sourcesLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('active.columns.title')}</th>
                <th scope="col">{t('active.columns.kind')}</th>
                <th scope="col">{t('active.columns.date')}</th>
                <th scope="col">{t('active.columns.location')}</th>
                <th scope="col">{t('active.columns.note')}</th>
              </tr>
            </thead>
            <tbody>
              {manifest.sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row">
                    <DataText text={source.title} language={language} />
                  </th>
                  <td>
                    <SourceKindBadge kind={source.kind} />
                  </td>
                  <td className="pt-nowrap">
                    {source.date === 'undated' ? t('active.undated') : source.date}
                  </td>
                  <td>
                    <SourceLocation source={source} />
                  </td>
                  <td className="pt-note">
                    {source.note !== undefined && <DataText text={source.note} language={language} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </section>
  );
}
