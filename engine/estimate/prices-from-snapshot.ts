/** Binds the calculators' `Prices` to a loaded price snapshot (engine/prices lookups), remembering every answer. */
import Decimal from 'decimal.js';
import {
  curatedPrice,
  findInstanceType,
  onDemandHourly,
  reservedRate,
  savingsPlanRate,
  spotEstimate,
  type PriceSnapshot,
} from '../prices';
import { OS_TERMS } from '../trace/terms';
import { memoizedPrices } from './memo-prices';
import type { Prices } from './prices';

export function pricesFromSnapshot(snap: PriceSnapshot): Prices {
  const surplus = snap.licenseRules.tUnlimitedSurplus;
  const surplusSource = snap.sources.get(surplus.source);
  return memoizedPrices({
    snapshotId: snap.manifest.snapshotId,
    snapshotDate: snap.manifest.snapshotDate,
    instance: (type) => findInstanceType(snap, type),
    instanceTypes: () => snap.catalogue.types.map((t) => t.type),
    onDemand: (region, type, os) => onDemandHourly(snap, region, type, os),
    spot: (region, type, os) => spotEstimate(snap, region, type, os),
    reserved: (query) => reservedRate(snap, query),
    savingsPlan: (query) => savingsPlanRate(snap, query),
    curated: (service, region, key) => curatedPrice(snap, service, region, key),
    tSurplusRate: (os) => {
      const price = os === 'linux' ? surplus.linuxPerVcpuHour : surplus.windowsPerVcpuHour;
      if (price === null)
        return {
          status: 'unavailable',
          reason: `no T Unlimited surplus rate for ${OS_TERMS[os].en} in snapshot ${snap.manifest.snapshotId}`,
          message: {
            key: 'reason.noSurplusRate',
            params: {
              os: OS_TERMS[os],
              snapshot: { key: 'snapshot.label', params: { id: snap.manifest.snapshotId } },
            },
          },
        };
      return {
        status: 'priced',
        price: new Decimal(price),
        unit: 'vCPU-hour',
        label: `T Unlimited surplus credits (${OS_TERMS[os].en})`,
        sourceId: surplus.source,
        sourceTitle: surplusSource?.title ?? surplus.source,
        sourceKind: surplusSource?.kind ?? 'aws-page',
        asOf: surplusSource?.date ?? null,
      };
    },
    s3ClassRule: (storageClass) => snap.s3ClassRules.classes.find((c) => c.storageClass === storageClass),
  });
}
