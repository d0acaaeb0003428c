import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './ProblemMessage';
import { reportLineText } from './report-line';
import type { UpdateResult } from './update-run';
import type { Activation } from './use-price-update';

/** The underlying error in its own (English) words, folded under a label that says so. */
function ErrorDetail({ detail }: { detail: string | null }) {
  const { t } = useTranslation('priceTables');
  if (!detail) return null;
  return (
    <details className="pt-details">
      <summary>{t('update.detailTitle')}</summary>
      <pre>{detail}</pre>
    </details>
  );
}

/**
 * How the job ended: the installed snapshot (and loading it here), or what went wrong. Our own sentences are in
 * the page's language; only the importer's message (main's English) is shown, as a labelled detail.
 */
export function UpdateOutcome({
  result,
  activation,
  onDismiss,
}: {
  result: UpdateResult;
  activation: Activation;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('priceTables');
  return (
    <div className="pt-outcome" data-outcome={result.kind}>
      {result.kind === 'done' && (
        <div className="pt-load__ok" role="status">
          <p>
            <strong>{t('update.done', { id: result.snapshotId })}</strong>
          </p>
          {activation.kind === 'loading' && <p>{t('update.loadingNew')}</p>}
          {activation.kind === 'loaded' && (
            <p>{t('update.loadedNew', { id: activation.id, date: activation.date })}</p>
          )}
          {result.report.length > 0 && (
            <details className="pt-details">
              <summary>{t('update.reportTitle', { count: result.report.length })}</summary>
              <ul className="pt-report">
                {result.report.map((line, index) => (
                  <li key={index}>{reportLineText(line, t)}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {result.kind === 'done' && activation.kind === 'failed' && (
        <ProblemMessage title={t('update.loadFailed', { id: activation.id })} problem={activation.problem} />
      )}
      {result.kind === 'error' && (
        <div className="pt-load__error" role="alert">
          <p>
            <strong>
              {result.code
                ? t('update.startFailed', { code: t(`errors.${result.code}`) })
                : t('update.error')}
            </strong>
          </p>
          {result.activeId !== null && <p>{t('update.stillActive', { id: result.activeId })}</p>}
          <ErrorDetail detail={result.detail} />
        </div>
      )}
      {result.kind === 'canceled' && (
        <div className="pt-canceled" role="status">
          <p>
            <strong>{t('update.canceled')}</strong>
          </p>
          {result.file !== null && <p>{t('update.canceledWhileReading', { file: result.file })}</p>}
          {result.activeId !== null && <p>{t('update.stillActive', { id: result.activeId })}</p>}
          <ErrorDetail detail={result.detail} />
        </div>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        {t('update.dismiss')}
      </button>
    </div>
  );
}
