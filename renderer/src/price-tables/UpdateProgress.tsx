import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceUpdateProgress } from '../../../electron/ipc-contract';
import { useLanguage } from '../i18n/use-language';
import { formatCount, formatMegabytes } from './format';
import { percentRead } from './update-run';

/** The running job: phase, a bar for the current file (indeterminate while its size is unknown), counts. */
export function UpdateProgress({
  progress,
  canceling,
  cancelError,
  onCancel,
}: {
  progress: PriceUpdateProgress | null;
  canceling: boolean;
  cancelError: string | null;
  /** absent until main has answered with the job id */
  onCancel?: () => void;
}) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const id = useId();
  const percent = progress ? percentRead(progress) : null;
  const read = progress ? formatMegabytes(progress.bytes, language) : '';

  return (
    <div className="pt-progress" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('update.progressTitle')}</h4>
      <p role="status" data-testid="update-phase">
        {progress ? t(`update.phases.${progress.phase}`) : t('update.waiting')}
      </p>
      {progress && progress.totalBytes !== null ? (
        <progress aria-label={t('update.progressLabel')} max={progress.totalBytes} value={progress.bytes} />
      ) : (
        <progress aria-label={t('update.progressLabel')} />
      )}
      {progress && (
        <>
          {progress.phase === 'reading' && (
            <p data-testid="update-bytes">
              {progress.totalBytes !== null && percent !== null
                ? t('update.bytes', {
                    read,
                    total: formatMegabytes(progress.totalBytes, language),
                    percent,
                  })
                : t('update.bytesUnknown', { read })}
            </p>
          )}
          <p data-testid="update-counts">
            {t('update.counts', {
              products: t('update.products', {
                count: progress.products,
                shown: formatCount(progress.products, language),
              }),
              prices: t('update.prices', {
                count: progress.prices,
                shown: formatCount(progress.prices, language),
              }),
              files: t('update.filesRead', {
                count: progress.filesRead,
                shown: formatCount(progress.filesRead, language),
              }),
            })}
          </p>
          {progress.file && <p className="pt-location">{t('update.file', { file: progress.file })}</p>}
        </>
      )}
      <button
        type="button"
        className="button button--danger"
        disabled={canceling || !onCancel}
        onClick={onCancel}
      >
        {canceling ? t('update.canceling') : t('update.cancel')}
      </button>
      {cancelError && (
        <p className="pt-warning" role="alert">
          {t('update.cancelFailed', { message: cancelError })}
        </p>
      )}
    </div>
  );
}
