/**
 * Rows of the coverage table: one per region of the snapshot, from the engine's `snapshotCoverage`, with
 * the curated services' listed-item totals beside their priced counts. Seoul and N. Virginia first.
 */
import { snapshotCoverage, type PriceSnapshot, type RegionCoverage } from '../../../engine/prices';
import type { Region, ServiceTable } from '../../../pricing-data/schema';

export const FIRST_REGIONS: readonly Region[] = ['ap-northeast-2', 'us-east-1'];

export type CuratedCount = { priced: number; total: number };

export type CoverageRow = {
  region: Region;
  nameKo: string;
  nameEn: string;
  counts: RegionCoverage;
  ebs: CuratedCount;
  s3: CuratedCount;
  transfer: CuratedCount;
  lambda: CuratedCount;
};

function listed(table: Pick<ServiceTable, 'regions'>, region: Region, priced: number): CuratedCount {
  return { priced, total: (table.regions[region] ?? []).length };
}

/** Every region of the snapshot's region table, Seoul and N. Virginia first, the rest in table order. */
export function coverageRows(snapshot: PriceSnapshot): CoverageRow[] {
  const coverage = snapshotCoverage(snapshot);
  const rank = (region: Region) => {
    const i = FIRST_REGIONS.indexOf(region);
    return i === -1 ? FIRST_REGIONS.length : i;
  };
  return snapshot.regions.regions
    .map((r, order) => ({ r, order }))
    .sort((x, y) => rank(x.r.code) - rank(y.r.code) || x.order - y.order)
    .map(({ r }) => {
      const counts = coverage.regions[r.code];
      return {
        region: r.code,
        nameKo: r.nameKo,
        nameEn: r.nameEn,
        counts,
        ebs: listed(snapshot.ebs, r.code, counts.ebsItems),
        s3: listed(snapshot.s3, r.code, counts.s3Items),
        transfer: listed(snapshot.transfer, r.code, counts.transferItems),
        lambda: listed(snapshot.lambda, r.code, counts.lambdaItems),
      };
    });
}

/** `onDemandOnly`: regions with at least one on-demand price (Spot advisor data alone is not a price). */
export type CoverageFilter = { text: string; onDemandOnly: boolean };

/** Text matches the region code or either name, case-insensitively; blank text matches every row. */
export function filterCoverageRows(rows: readonly CoverageRow[], filter: CoverageFilter): CoverageRow[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.onDemandOnly || row.counts.onDemandLinux > 0) &&
      (needle === '' ||
        [row.region, row.nameKo, row.nameEn].some((text) => text.toLowerCase().includes(needle))),
  );
}
