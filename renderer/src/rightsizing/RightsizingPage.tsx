import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pricesFromSnapshot } from '../../../engine';
import { issueText } from '../../../engine/text/file-issue';
import { useLanguage } from '../i18n/use-language';
import type { PriceSnapshot } from '../../../engine/prices';
import {
  EMPTY_DATASET,
  mergeImport,
  parseUtilizationCsv,
  UtilizationOptionError,
  type UtilizationDataset,
  type UtilizationImport,
} from '../../../engine/utilization';
import { optionLabel } from '../purchase/option-label';
import { FleetTable } from './FleetTable';
import { ImportProblemsDialog } from './ImportProblemsDialog';
import { InstanceDetail } from './InstanceDetail';
import { RightsizingSettingsPanel } from './RightsizingSettingsPanel';
import {
  DEFAULT_SETTINGS,
  runFleet,
  specOf,
  type SettingsDraft,
  type TimeZoneChoice,
} from './rightsizing-view';
import { UtilizationImportPanel } from './UtilizationImportPanel';
import './rightsizing.css';

export type RightsizingPageProps = {
  snapshot: PriceSnapshot;
  /** data already loaded (tests, or a shell that keeps it across page switches) */
  initialDataset?: UtilizationDataset;
};

type Pending = { fileName: string; result: UtilizationImport };
type Notice = { kind: 'ok' | 'error'; text: string };

/** 적정 크기 조정: import utilization, see each instance's finding and recommendation, the fleet's savings. */
export function RightsizingPage({ snapshot, initialDataset }: RightsizingPageProps) {
  const { t } = useTranslation('rightsizing');
  const language = useLanguage();
  const { t: tp } = useTranslation('purchase');
  const prices = useMemo(() => pricesFromSnapshot(snapshot), [snapshot]);
  const [dataset, setDataset] = useState<UtilizationDataset>(initialDataset ?? EMPTY_DATASET);
  const [settings, setSettings] = useState<SettingsDraft>(DEFAULT_SETTINGS);
  const [timeZone, setTimeZone] = useState<TimeZoneChoice>('UTC');
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const fleet = useMemo(
    () => runFleet(dataset, settings, prices, snapshot.catalogue.types),
    [dataset, settings, prices, snapshot],
  );
  const selectedRec =
    fleet.recommendations.find((r) => r.instance === selected) ?? fleet.recommendations[0] ?? null;

  const accept = (fileName: string, result: UtilizationImport) => {
    const merged = mergeImport(dataset, result, 'import-good-rows');
    setDataset(merged.dataset);
    setNotice({
      kind: 'ok',
      text: t('import.imported', { file: fileName, count: merged.added, replaced: merged.replaced }),
    });
  };

  const importText = (text: string, fileName: string) => {
    let result: UtilizationImport;
    try {
      result = parseUtilizationCsv(text, {
        timeZone,
        isKnownType: (type) => snapshot.index.has(type),
        typeNames: () => snapshot.catalogue.types.map((type) => type.type),
      });
    } catch (error) {
      if (!(error instanceof UtilizationOptionError)) throw error;
      setNotice({ kind: 'error', text: t('import.readFailed', { file: fileName, message: error.message }) });
      return;
    }
    if (result.problems.length === 0 && result.shape !== null) accept(fileName, result);
    else setPending({ fileName, result });
  };

  return (
    <section className="rs-page" aria-labelledby="rs-page-title">
      <header className="rs-page__header">
        <h2 id="rs-page-title">{t('page.title')}</h2>
        <p className="field__hint">{t('page.intro')}</p>
      </header>
      <UtilizationImportPanel
        dataset={dataset}
        timeZone={timeZone}
        onTimeZone={setTimeZone}
        onText={importText}
        onReadError={(problem) => setNotice({ kind: 'error', text: issueText(problem, language) })}
        onClear={() => {
          setDataset(EMPTY_DATASET);
          setSelected(null);
        }}
      />
      {notice && (
        <p
          className={`rs-notice rs-notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      <RightsizingSettingsPanel snapshot={snapshot} value={settings} onChange={setSettings} />
      <section className="card rs-fleet-card" aria-labelledby="rs-fleet-title">
        <h3 className="card__title" id="rs-fleet-title">
          {t('fleet.title')}
        </h3>
        {fleet.recommendations.length === 0 ? (
          <p className="rs-empty">{t('page.empty')}</p>
        ) : (
          <FleetTable
            fleet={fleet}
            purchaseLabel={optionLabel(specOf(settings.purchaseId), tp)}
            selected={selectedRec?.instance ?? null}
            onSelect={setSelected}
          />
        )}
      </section>
      {selectedRec && <InstanceDetail rec={selectedRec} />}
      {pending && (
        <ImportProblemsDialog
          fileName={pending.fileName}
          result={pending.result}
          onImportGood={() => {
            accept(pending.fileName, pending.result);
            setPending(null);
          }}
          onCancel={() => {
            setNotice({ kind: 'ok', text: t('import.canceled', { file: pending.fileName }) });
            setPending(null);
          }}
        />
      )}
    </section>
  );
}
