import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Scenario } from '../../../engine/scenario';
import { ActiveSnapshotSection } from './ActiveSnapshotSection';
import { CoverageSection } from './CoverageSection';
import { DiffSection } from './DiffSection';
import { GapsSection } from './GapsSection';
import { InstalledSnapshotsSection } from './InstalledSnapshotsSection';
import './price-tables.css';

export type PriceTablesPageProps = {
  /** the active snapshot (today always the bundled one) */
  snapshot: PriceSnapshot;
  /** the open scenario, for "re-price on B"; absent → that part says no scenario is open */
  scenario?: Scenario | undefined;
  /** 'web' shows the command-line update instructions; 'desktop' when the Electron bridge is present */
  mode?: 'web' | 'desktop';
};

/** 가격표 / Price tables: the active snapshot, its coverage and gaps, installed snapshots and a diff of two. */
export function PriceTablesPage({ snapshot, scenario, mode = 'web' }: PriceTablesPageProps) {
  const { t } = useTranslation('priceTables');
  return (
    <div className="price-tables">
      <header className="pt-header">
        <h2 id="price-tables-title">{t('page.title')}</h2>
        <p className="pt-note">{t('page.intro')}</p>
      </header>
      <ActiveSnapshotSection snapshot={snapshot} />
      <CoverageSection snapshot={snapshot} />
      <GapsSection snapshot={snapshot} />
      <InstalledSnapshotsSection snapshot={snapshot} mode={mode} />
      <DiffSection snapshot={snapshot} scenario={scenario} />
    </div>
  );
}
