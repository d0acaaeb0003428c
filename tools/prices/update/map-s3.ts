/**
 * AmazonS3 offer → s3 table keys. The usage type (without its region prefix) says what is priced;
 * for storage rows the `volumeType` must be a known S3 class name and agree with it.
 */
import type { Region } from '../../../pricing-data/schema';
import type { IssueLog } from './issues';
import { parseUsageType } from './locations';
import { checkLocation } from './map-location';
import { ServiceItemsMapper, type ItemRule } from './map-service-items';
import { fieldLabel, type OfferProduct } from './offer-model';

const GB_MONTH = ['GB-Mo'];

/** Storage usage types → our key and the volume types AWS has used for that class. */
const STORAGE: Readonly<Record<string, { key: string; volumeTypes: readonly string[] }>> = {
  'TimedStorage-SIA-ByteHrs': { key: 'standard-ia.storage', volumeTypes: ['Standard - Infrequent Access'] },
  'TimedStorage-ZIA-ByteHrs': { key: 'onezone-ia.storage', volumeTypes: ['One Zone - Infrequent Access'] },
  'TimedStorage-GIR-ByteHrs': { key: 'glacier-ir.storage', volumeTypes: ['Glacier Instant Retrieval'] },
  'TimedStorage-GlacierByteHrs': {
    key: 'glacier.storage',
    volumeTypes: ['Amazon Glacier', 'Glacier Flexible Retrieval'],
  },
  'TimedStorage-GDA-ByteHrs': { key: 'deep-archive.storage', volumeTypes: ['Glacier Deep Archive'] },
  'TimedStorage-INT-FA-ByteHrs': {
    key: 'intelligent-tiering.storage.frequent',
    volumeTypes: ['Intelligent-Tiering Frequent Access'],
  },
};

/** Every S3 `volumeType` we know; storage rows with another one are refused. */
export const S3_VOLUME_TYPES = new Set([
  'Standard',
  'Reduced Redundancy',
  'Tags',
  'Standard - Infrequent Access',
  'One Zone - Infrequent Access',
  'Amazon Glacier',
  'Glacier Flexible Retrieval',
  'Glacier Instant Retrieval',
  'Glacier Deep Archive',
  'Intelligent-Tiering Frequent Access',
  'Intelligent-Tiering Infrequent Access',
  'Intelligent-Tiering Archive Instant Access',
  'Intelligent-Tiering Archive Access',
  'Intelligent-Tiering Deep Archive Access',
  'Express One Zone',
]);

const OTHER: Readonly<Record<string, ItemRule[]>> = {
  'TimedStorage-ByteHrs': [
    { key: 'standard.storage.tier1', units: GB_MONTH, beginRange: '0', endRange: '51200' },
    { key: 'standard.storage.tier2', units: GB_MONTH, beginRange: '51200', endRange: '512000' },
    { key: 'standard.storage.tier3', units: GB_MONTH, beginRange: '512000', endRange: 'Inf' },
  ],
  'Requests-Tier1': [{ key: 'requests.put', units: ['Requests'], scale: 1000 }],
  'Requests-Tier2': [{ key: 'requests.get', units: ['Requests'], scale: 1000 }],
  'Retrieval-SIA': [{ key: 'standard-ia.retrieval', units: ['GB'] }],
  'Monitoring-Automation-INT': [{ key: 'intelligent-tiering.monitoring', units: ['Objects'], scale: 1000 }],
};

export function classifyS3(
  p: OfferProduct,
  region: Region,
  issues: IssueLog,
): ItemRule[] | null | 'rejected' {
  if (p.attributes.location !== undefined || p.attributes.regionCode !== undefined) {
    const location = checkLocation(p, region, issues);
    if (location !== 'ok') return location === 'skip' ? null : 'rejected';
  }
  const volumeType = p.attributes.volumeType;
  if (p.productFamily === 'Storage' && volumeType !== undefined && !S3_VOLUME_TYPES.has(volumeType)) {
    issues.add({
      where: p.where,
      field: fieldLabel(p.where, 'volumeType'),
      value: volumeType,
      message: 'unknown S3 storage class (volume type)',
    });
    return 'rejected';
  }
  const usage = parseUsageType(p.attributes.usagetype ?? '');
  if (!usage) return null;
  const storage = STORAGE[usage.kind];
  if (storage) {
    if (volumeType === undefined || !storage.volumeTypes.includes(volumeType)) {
      issues.add({
        where: p.where,
        field: fieldLabel(p.where, 'volumeType'),
        value: volumeType ?? '',
        message: `volume type disagrees with usage type ${p.attributes.usagetype ?? ''}`,
      });
      return 'rejected';
    }
    return [{ key: storage.key, units: GB_MONTH }];
  }
  if (usage.kind === 'TimedStorage-ByteHrs' && volumeType !== 'Standard') {
    issues.add({
      where: p.where,
      field: fieldLabel(p.where, 'volumeType'),
      value: volumeType ?? '',
      message: 'S3 Standard storage row without volume type "Standard"',
    });
    return 'rejected';
  }
  return OTHER[usage.kind] ?? null;
}

export function s3Mapper(region: Region, issues: IssueLog): ServiceItemsMapper {
  return new ServiceItemsMapper('s3', region, issues, classifyS3);
}
