import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import { CliInstructions } from './CliInstructions';
import { DesktopSnapshotList } from './DesktopSnapshotList';
import type { SnapshotListHandle } from './use-snapshot-list';

/**
 * With the desktop bridge: every snapshot main lists, switchable. Without it: the bundled snapshot, and in
 * a browser the command-line update.
 */
export function InstalledSnapshotsSection({
  snapshot,
  mode,
  bridge,
  snapshots,
  updateBusy,
  onSnapshotChange,
}: {
  snapshot: PriceSnapshot;
  mode: 'web' | 'desktop';
  bridge?: CloudSizerBridge | undefined;
  snapshots: SnapshotListHandle;
  /** an update is running: main refuses switching until it ends */
  updateBusy: boolean;
  onSnapshotChange?: ((snapshot: PriceSnapshot) => void) | undefined;
}) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('installed.title')}
      </h3>
      {bridge ? (
        <DesktopSnapshotList
          bridge={bridge}
          using={snapshot}
          snapshots={snapshots}
          updateBusy={updateBusy}
          onSnapshotChange={onSnapshotChange}
        />
      ) : (
        <>
          <ul className="pt-installed">
            <li>
              <strong>{snapshot.manifest.snapshotId}</strong> <span>({snapshot.manifest.snapshotDate})</span>{' '}
              <span className="pt-muted">{t('installed.bundled')}</span>{' '}
              <span className="badge pt-badge--active">{t('installed.active')}</span>
            </li>
          </ul>
          {mode === 'desktop' ? <p className="pt-note">{t('installed.noBridge')}</p> : <CliInstructions />}
        </>
      )}
    </section>
  );
}
