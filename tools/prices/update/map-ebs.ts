/**
 * EBS prices live in the AmazonEC2 offer (product families Storage, System Operation, Provisioned
 * Throughput, Storage Snapshot). The usage type says what is priced; `volumeApiName` must agree.
 */
import Decimal from 'decimal.js';
import type { IssueLog } from './issues';
import { parseUsageType } from './locations';
import { fieldLabel, type OfferProduct, type PriceRow } from './offer-model';
import { canonicalPrice, checkedPrice, descriptionAmount } from './price-checks';
import type { EbsItemPrice } from './imported';

export const VOLUME_API_NAMES = new Set(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard']);

/** Our item key, label and unit for each EBS usage (after the `EBS:` part of the usage type). */
export const EBS_ITEMS: Readonly<Record<string, { label: string; unit: string; awsUnit: string }>> = {
  'gp2.storage': { label: 'gp2 storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'gp3.storage': { label: 'gp3 storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'gp3.iops': { label: 'gp3 IOPS above 3000 free', unit: 'IOPS-month', awsUnit: 'IOPS-Mo' },
  'gp3.throughput': { label: 'gp3 throughput above 125 MB/s free', unit: 'MB/s-month', awsUnit: 'GiBps-mo' },
  'io1.storage': { label: 'io1 storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'io1.iops': { label: 'io1 IOPS', unit: 'IOPS-month', awsUnit: 'IOPS-Mo' },
  'io2.storage': { label: 'io2 storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'io2.iops.tier1': { label: 'io2 IOPS up to 32000', unit: 'IOPS-month', awsUnit: 'IOPS-Mo' },
  'io2.iops.tier2': { label: 'io2 IOPS 32001 to 64000', unit: 'IOPS-month', awsUnit: 'IOPS-Mo' },
  'io2.iops.tier3': { label: 'io2 IOPS above 64000', unit: 'IOPS-month', awsUnit: 'IOPS-Mo' },
  'st1.storage': { label: 'st1 storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'sc1.storage': { label: 'sc1 storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'standard.storage': { label: 'magnetic (standard) storage', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'snapshot.standard': { label: 'snapshot standard', unit: 'GB-month', awsUnit: 'GB-Mo' },
  'snapshot.archive': { label: 'snapshot archive', unit: 'GB-month', awsUnit: 'GB-Mo' },
};

/** `VolumeUsage.gp3` → gp3.storage, `VolumeP-IOPS.io2.tier2` → io2.iops.tier2, … (null: not priced by us). */
export function ebsKeyForUsage(detail: string): { key: string; volume: string | null } | null {
  if (detail === 'SnapshotUsage') return { key: 'snapshot.standard', volume: null };
  if (detail === 'SnapshotArchiveStorage') return { key: 'snapshot.archive', volume: null };
  if (detail === 'VolumeUsage') return { key: 'standard.storage', volume: 'standard' };
  let m = /^VolumeUsage\.([a-z0-9]+)$/.exec(detail);
  if (m?.[1]) return { key: `${m[1]}.storage`, volume: m[1] };
  m = /^VolumeP-IOPS\.(gp3|io1|io2)(?:\.tier([23]))?$/.exec(detail);
  if (m?.[1]) {
    if (m[1] !== 'io2') return m[2] ? null : { key: `${m[1]}.iops`, volume: m[1] };
    return { key: `io2.iops.tier${m[2] ?? '1'}`, volume: 'io2' };
  }
  if (detail === 'VolumeP-Throughput.gp3') return { key: 'gp3.throughput', volume: 'gp3' };
  return null;
}

export type EbsProduct = { key: string; price(row: PriceRow, issues: IssueLog): EbsItemPrice | null };

export function mapEbsProduct(p: OfferProduct, issues: IssueLog): EbsProduct | null {
  const api = p.attributes.volumeApiName;
  if (api !== undefined && !VOLUME_API_NAMES.has(api)) {
    issues.add({
      where: p.where,
      field: fieldLabel(p.where, 'volumeApiName'),
      value: api,
      message: 'unknown EBS volume type',
    });
    return null;
  }
  const usage = parseUsageType(p.attributes.usagetype ?? '');
  const mapped = usage?.kind === 'EBS' ? ebsKeyForUsage(usage.detail) : null;
  if (!mapped) return null;
  const item = EBS_ITEMS[mapped.key];
  if (!item) {
    issues.add({
      where: p.where,
      field: fieldLabel(p.where, 'usagetype'),
      value: p.attributes.usagetype ?? '',
      message: 'unknown EBS volume type in usage type',
    });
    return null;
  }
  if (api !== undefined && mapped.volume !== null && api !== mapped.volume) {
    issues.add({
      where: p.where,
      field: fieldLabel(p.where, 'volumeApiName'),
      value: api,
      message: `volume type disagrees with usage type ${p.attributes.usagetype ?? ''}`,
    });
    return null;
  }
  return {
    key: mapped.key,
    price(row, log) {
      const where = row.dimension.where;
      const unit = row.dimension.unit;
      const throughput = mapped.key === 'gp3.throughput';
      const unitOk = throughput ? /^(GiBps|MiBps)-mo$/i.test(unit) : unit === item.awsUnit;
      if (!unitOk) {
        log.add({
          where,
          field: fieldLabel(where, 'unit'),
          value: unit,
          message: `unexpected unit for ${mapped.key}`,
        });
        return null;
      }
      const price = checkedPrice(row, log, { mustMatchDescription: !throughput });
      if (price === null) return null;
      const perMiBps = throughput ? throughputPerMiBps(row, price) : price;
      if (perMiBps === null) {
        log.add({
          where,
          field: fieldLabel(where, 'pricePerUnit'),
          value: row.dimension.usd,
          message: `gp3 throughput price matches neither "${row.dimension.description}" nor 1024 times it`,
        });
        return null;
      }
      return { key: mapped.key, price: perMiBps, unit: item.unit, where };
    },
  };
}

/**
 * AWS labels gp3 throughput "GiBps-mo" yet its description says "per provisioned MiBps-month"; the
 * description decides: the price is per MiB/s when it equals the stated amount, per GiB/s when it is
 * 1024 times it. Anything else is refused.
 */
function throughputPerMiBps(row: PriceRow, price: string): string | null {
  const stated = descriptionAmount(row.dimension.description);
  const value = new Decimal(price);
  if (/^MiBps/i.test(row.dimension.unit)) return stated === null || stated.equals(value) ? price : null;
  if (stated === null) return null;
  if (stated.equals(value)) return price;
  return stated.times(1024).equals(value) ? canonicalPrice(stated.toFixed()) : null;
}
