import { useId } from 'react';
import type { FileIssue } from '../../../engine/text/file-issue';
import { useFileDrop } from '../app/use-file-drop';
import { FileChooser } from '../fields/FileChooser';
import { useTranslation } from 'react-i18next';
import type { UtilizationDataset } from '../../../engine/utilization';
import { SelectField } from '../fields/SelectField';
import { fileReadIssue, readFileText } from '../files/read-file-text';
import { datasetCounts, TIME_ZONES, type TimeZoneChoice } from './rightsizing-view';
import { SAMPLE_FILES } from './sample-utilization';

type Props = {
  dataset: UtilizationDataset;
  timeZone: TimeZoneChoice;
  onTimeZone: (zone: TimeZoneChoice) => void;
  /** a file's text arrived (chosen, dropped or a sample) */
  onText: (text: string, fileName: string) => void;
  onReadError: (problem: FileIssue) => void;
  onClear: () => void;
};

/** File input, drop zone, the bundled samples, the time zone for naive timestamps and what is loaded. */
export function UtilizationImportPanel({
  dataset,
  timeZone,
  onTimeZone,
  onText,
  onReadError,
  onClear,
}: Props) {
  const { t } = useTranslation('rightsizing');
  const inputId = useId();
  const counts = datasetCounts(dataset);

  const take = (file: File | undefined) => {
    if (!file) return;
    readFileText(file).then(
      (text) => onText(text, file.name),
      (error: unknown) => onReadError(fileReadIssue(file.name, error)),
    );
  };
  const drop = useFileDrop(take, { isolate: true });

  return (
    <section
      className={`card rs-import${drop.dragging ? ' rs-import--dragging' : ''}`}
      aria-labelledby={`${inputId}-title`}
      {...drop.handlers}
    >
      <h3 className="card__title" id={`${inputId}-title`}>
        {t('import.title')}
      </h3>
      <div className="field-row">
        <FileChooser
          inputLabel={t('import.fileInput')}
          buttonText={t('import.choose')}
          buttonClassName="button button--primary"
          accept=".csv,text/csv"
          testId="utilization-file-input"
          onFiles={([file]) => take(file)}
        />
        {SAMPLE_FILES.map((sample) => (
          <button
            key={sample.id}
            type="button"
            className="button"
            onClick={() => onText(sample.text, sample.fileName)}
          >
            {sample.id === 'summary' ? t('import.sampleSummary') : t('import.sampleCloudwatch')}
          </button>
        ))}
        <SelectField
          label={t('import.timeZone')}
          value={timeZone}
          className="field--wide"
          options={TIME_ZONES.map((zone) => ({ value: zone, label: t(`import.timeZones.${zone}`) }))}
          onValue={onTimeZone}
        />
      </div>
      <p className="field__hint">{t('import.dropHint')}</p>
      <p className="rs-loaded" role="status">
        {t('import.loaded', {
          instances: t('import.instances', { count: counts.instances }),
          samples: t('import.metricRows', { count: counts.samples }),
          summaries: t('import.summaryRows', { count: counts.summaries }),
        })}
        {counts.instances > 0 && (
          <button type="button" className="button button--ghost" onClick={onClear}>
            {t('import.clear')}
          </button>
        )}
      </p>
    </section>
  );
}
