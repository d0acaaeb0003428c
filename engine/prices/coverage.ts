import { REGIONS, type Region, type ServiceTable } from '../../pricing-data/schema';
import type { PriceSnapshot } from './load-snapshot';

export type RegionCoverage = {
  /** the catalogue is global: the same count in every region */
  catalogueTypes: number;
  onDemandLinux: number;
  /** types with a Windows on-demand price either way: an exact rate, or Linux + the adder rule (non-burstable) */
  windows: number;
  /** types with an exact Windows on-demand rate (licence included) */
  windowsExact: number;
  /** types with a Spot Advisor entry for Linux or Windows */
  spot: number;
  spotLinux: number;
  spotWindows: number;
  /** instance types with an exact RI rate card */
  reservedExactTypes: number;
  reservedExactRates: number;
  savingsPlansExactRates: number;
  ebsItems: number;
  s3Items: number;
  transferItems: number;
  lambdaItems: number;
};

export type SnapshotCoverage = {
  snapshotId: string;
  snapshotDate: string;
  catalogueTypes: number;
  regions: Record<Region, RegionCoverage>;
};

function pricedItems(table: Pick<ServiceTable, 'regions'>, region: Region): number {
  return (table.regions[region] ?? []).filter((item) => item.price !== null).length;
}

/** Per-region counts of what the snapshot can price (curated items count only those with a price). */
export function snapshotCoverage(snap: PriceSnapshot): SnapshotCoverage {
  const regions = {} as Record<Region, RegionCoverage>;
  for (const region of REGIONS) {
    const onDemandTypes = Object.keys(snap.onDemand.regions[region] ?? {});
    const windowsExact = Object.keys(snap.onDemandWindows.regions[region] ?? {});
    const windowsDerived = onDemandTypes.filter((t) => snap.index.get(t)?.burstable === false);
    const spot = snap.spot.regions[region];
    const spotLinux = Object.keys(spot?.linux ?? {});
    const spotWindows = Object.keys(spot?.windows ?? {});
    const reserved = snap.reserved.rates.filter((r) => r.region === region);
    regions[region] = {
      catalogueTypes: snap.catalogue.types.length,
      onDemandLinux: onDemandTypes.length,
      windows: new Set([...windowsExact, ...windowsDerived]).size,
      windowsExact: windowsExact.length,
      spot: new Set([...spotLinux, ...spotWindows]).size,
      spotLinux: spotLinux.length,
      spotWindows: spotWindows.length,
      reservedExactTypes: new Set(reserved.map((r) => r.type)).size,
      reservedExactRates: reserved.length,
      savingsPlansExactRates: snap.savingsPlans.rates.filter((r) => r.region === region).length,
      ebsItems: pricedItems(snap.ebs, region),
      s3Items: pricedItems(snap.s3, region),
      transferItems: pricedItems(snap.transfer, region),
      lambdaItems: pricedItems(snap.lambda, region),
    };
  }
  return {
    snapshotId: snap.manifest.snapshotId,
    snapshotDate: snap.manifest.snapshotDate,
    catalogueTypes: snap.catalogue.types.length,
    regions,
  };
}
