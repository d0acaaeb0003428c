import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Scenario } from '../../../engine/scenario';
import { ActiveSnapshotSection } from './ActiveSnapshotSection';
import { CoverageSection } from './CoverageSection';
import { DiffSection } from './DiffSection';
import { GapsSection } from './GapsSection';
import { InstalledSnapshotsSection } from './InstalledSnapshotsSection';
import { UpdateSection } from './UpdateSection';
import { usePriceUpdate } from './use-price-update';
import { useSnapshotList } from './use-snapshot-list';
import { isBusy } from './update-run';
import './price-tables.css';

export type PriceTablesPageProps = {
  /** the snapshot the app calculates with */
  snapshot: PriceSnapshot;
  /** the open scenario, for "re-price on B"; absent → that part says no scenario is open */
  scenario?: Scenario | undefined;
  /** the desktop bridge (`window.cloudsizer`): installed snapshots, switching and the update from the app */
  bridge?: CloudSizerBridge | undefined;
  /**
   * Called with the new prices after the user switched snapshots or an update installed one (main has
   * already made it active): the app should calculate with it and pass it back as `snapshot`.
   */
  onSnapshotChange?: ((snapshot: PriceSnapshot) => void) | undefined;
  /** 'web' shows the command-line update instructions; default: 'desktop' with a bridge, else 'web' */
  mode?: 'web' | 'desktop';
};

/** 가격표 / Price tables: the active snapshot, its coverage and gaps, installed snapshots and a diff of two. */
export function PriceTablesPage({
  snapshot,
  scenario,
  bridge,
  onSnapshotChange,
  mode = bridge ? 'desktop' : 'web',
}: PriceTablesPageProps) {
  const { t } = useTranslation('priceTables');
  const snapshots = useSnapshotList(bridge);
  const installed = useCallback((next: PriceSnapshot) => onSnapshotChange?.(next), [onSnapshotChange]);
  const update = usePriceUpdate(bridge, installed, snapshots.refresh);
  const listed = snapshots.state.kind === 'ready' ? snapshots.state.list.snapshots : [];
  return (
    <div className="price-tables">
      <header className="pt-header">
        <h2 id="price-tables-title">{t('page.title')}</h2>
        <p className="pt-note">{t('page.intro')}</p>
      </header>
      <ActiveSnapshotSection snapshot={snapshot} />
      <CoverageSection snapshot={snapshot} />
      <GapsSection snapshot={snapshot} />
      <InstalledSnapshotsSection
        snapshot={snapshot}
        mode={mode}
        bridge={bridge}
        snapshots={snapshots}
        updateBusy={isBusy(update.run)}
        onSnapshotChange={onSnapshotChange}
      />
      {bridge && <UpdateSection bridge={bridge} snapshot={snapshot} update={update} />}
      <DiffSection snapshot={snapshot} scenario={scenario} bridge={bridge} installed={listed} />
    </div>
  );
}
