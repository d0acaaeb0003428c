/**
 * AWSLambda offer → lambda table keys, by the product's `group`. Duration is tiered by monthly volume;
 * our key is the first tier (range starting at 0). The free tier is not in the Price List: kept as is.
 */
import type { Region } from '../../../pricing-data/schema';
import type { IssueLog } from './issues';
import { checkLocation } from './map-location';
import { ServiceItemsMapper, type ItemRule } from './map-service-items';
import type { OfferProduct } from './offer-model';

const GB_SECOND = ['Lambda-GB-Second', 'GB-Seconds', 'Second'];

const GROUPS: Readonly<Record<string, ItemRule[]>> = {
  'AWS-Lambda-Duration': [{ key: 'duration.x86_64', units: GB_SECOND, beginRange: '0' }],
  'AWS-Lambda-Duration-ARM': [{ key: 'duration.arm64', units: GB_SECOND, beginRange: '0' }],
  'AWS-Lambda-Requests': [{ key: 'requests', units: ['Requests', 'Request'], scale: 1_000_000 }],
};

export function classifyLambda(
  p: OfferProduct,
  region: Region,
  issues: IssueLog,
): ItemRule[] | null | 'rejected' {
  const rules = GROUPS[p.attributes.group ?? ''];
  if (!rules) return null;
  const location = checkLocation(p, region, issues);
  if (location !== 'ok') return location === 'skip' ? null : 'rejected';
  return rules;
}

export function lambdaMapper(region: Region, issues: IssueLog): ServiceItemsMapper {
  return new ServiceItemsMapper('lambda', region, issues, classifyLambda, true);
}
