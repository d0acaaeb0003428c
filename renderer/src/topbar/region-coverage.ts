import type { PriceSnapshot } from '../../../engine/prices';
import type { CuratedItem, Region } from '../../../pricing-data/schema';

export type CuratedCoverage = { priced: number; total: number };

export type RegionCoverageView = {
  onDemandTypes: number;
  ebs: CuratedCoverage;
  s3: CuratedCoverage;
  transfer: CuratedCoverage;
  lambda: CuratedCoverage;
};

function curated(
  table: { regions: Partial<Record<Region, CuratedItem[]>> },
  region: Region,
): CuratedCoverage {
  const items = table.regions[region] ?? [];
  return { priced: items.filter((item) => item.price !== null).length, total: items.length };
}

const cache = new WeakMap<PriceSnapshot, Map<Region, RegionCoverageView>>();

/** What the snapshot can price in a region: on-demand types, and priced/listed items per curated service. */
export function regionCoverage(snapshot: PriceSnapshot, region: Region): RegionCoverageView {
  let byRegion = cache.get(snapshot);
  if (!byRegion) {
    byRegion = new Map();
    cache.set(snapshot, byRegion);
  }
  let found = byRegion.get(region);
  if (!found) {
    found = {
      onDemandTypes: Object.keys(snapshot.onDemand.regions[region] ?? {}).length,
      ebs: curated(snapshot.ebs, region),
      s3: curated(snapshot.s3, region),
      transfer: curated(snapshot.transfer, region),
      lambda: curated(snapshot.lambda, region),
    };
    byRegion.set(region, found);
  }
  return found;
}
