import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';

export const UPDATE_COMMAND = 'npm run prices:update -- --regions ap-northeast-2,us-east-1';
/** tools/prices/update/snapshot-store.ts `defaultStoreDir()`: the user's data folder, not the app's files */
export const STORE_FOLDER = '~/.cloudsizer/snapshots';

/**
 * The bundled snapshot, always. The desktop bridge has no call yet that lists installed snapshots, so the
 * desktop app says so; in a browser the page explains the command-line update instead.
 */
export function InstalledSnapshotsSection({
  snapshot,
  mode,
}: {
  snapshot: PriceSnapshot;
  mode: 'web' | 'desktop';
}) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('installed.title')}
      </h3>
      <ul className="pt-installed">
        <li>
          <strong>{snapshot.manifest.snapshotId}</strong> <span>({snapshot.manifest.snapshotDate})</span>{' '}
          <span className="pt-muted">{t('installed.bundled')}</span>{' '}
          <span className="badge pt-badge--active">{t('installed.active')}</span>
        </li>
      </ul>
      {mode === 'desktop' ? (
        <p className="pt-note">{t('installed.desktopNote')}</p>
      ) : (
        <div className="pt-instructions" role="note" aria-labelledby={`${id}-cli`}>
          <h4 id={`${id}-cli`}>{t('installed.cliTitle')}</h4>
          <p>{t('installed.cliIntro')}</p>
          <pre>
            <code>{UPDATE_COMMAND}</code>
          </pre>
          <p>{t('installed.cliFolder', { folder: STORE_FOLDER })}</p>
          <p className="pt-note">{t('installed.cliOptions')}</p>
          <p className="pt-note">{t('installed.cliCompare')}</p>
        </div>
      )}
    </section>
  );
}
