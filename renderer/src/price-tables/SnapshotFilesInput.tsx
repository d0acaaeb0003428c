import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import { loadSnapshotFiles } from './load-snapshot-files';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; file: string | null; message: string }
  | { kind: 'loaded'; id: string; date: string; count: number; ignored: string[] };

/** A multi-file input for a snapshot folder's files; the engine validates them and errors name the file. */
export function SnapshotFilesInput({ onLoaded }: { onLoaded: (snapshot: PriceSnapshot) => void }) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function load(files: File[]) {
    setStatus({ kind: 'loading' });
    const result = await loadSnapshotFiles(files);
    if (!result.ok) {
      setStatus({ kind: 'failed', file: result.file, message: result.message });
      return;
    }
    const { manifest } = result.snapshot;
    setStatus({
      kind: 'loaded',
      id: manifest.snapshotId,
      date: manifest.snapshotDate,
      count: result.used.length,
      ignored: result.ignored,
    });
    onLoaded(result.snapshot);
  }

  return (
    <div className="pt-load">
      {/* the native input is hidden: its "Choose Files" text follows the browser's locale, not the app's */}
      <input
        id={`${id}-files`}
        className="visually-hidden pt-file-input"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        data-testid="snapshot-files-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void load(files);
        }}
      />
      <label htmlFor={`${id}-files`} className="button pt-file-button">
        {t('diff.load')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('diff.loadHint')}
      </p>
      {status.kind === 'loading' && (
        <p className="pt-note" role="status">
          {t('diff.loading')}
        </p>
      )}
      {status.kind === 'loaded' && (
        <div className="pt-load__ok" role="status">
          <p>{t('diff.loaded', { id: status.id, date: status.date, count: status.count })}</p>
          {status.ignored.length > 0 && (
            <p className="pt-note">{t('diff.ignored', { files: status.ignored.join(', ') })}</p>
          )}
        </div>
      )}
      {status.kind === 'failed' && (
        <div className="pt-load__error" role="alert">
          <p>
            <strong>{t('diff.failed')}</strong>
          </p>
          {status.file && <p>{t('diff.failedFile', { file: status.file })}</p>}
          <pre>{status.message}</pre>
        </div>
      )}
    </div>
  );
}
