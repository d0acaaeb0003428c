import type { Region } from '../../../pricing-data/schema';
import type { IssueLog } from './issues';
import { isRegion, LOCATION_REGIONS, LOCATION_TYPES } from './locations';
import { fieldLabel, type OfferProduct } from './offer-model';

/**
 * Checks that a product is priced for the whole region being imported. Local Zones, Wavelength
 * and Outposts are skipped (no issue); an unknown location or type, or another region, is an issue.
 */
export function checkLocation(p: OfferProduct, region: Region, issues: IssueLog): 'ok' | 'skip' | 'rejected' {
  const a = p.attributes;
  const locationType = a.locationType ?? '';
  if (LOCATION_TYPES[locationType] === 'skip') return 'skip';
  const reject = (attribute: string, value: string, message: string) => {
    issues.add({ where: p.where, field: fieldLabel(p.where, attribute), value, message });
    return 'rejected' as const;
  };
  let found: Region | undefined;
  if (a.regionCode !== undefined) {
    if (!isRegion(a.regionCode)) return reject('regionCode', a.regionCode, 'unknown region code');
    found = a.regionCode;
  } else {
    found = LOCATION_REGIONS.get(a.location ?? '');
    if (!found) return reject('location', a.location ?? '', 'unknown location (not an AWS region name)');
  }
  if (found !== region) {
    return reject(
      a.regionCode !== undefined ? 'regionCode' : 'location',
      a.regionCode ?? a.location ?? '',
      `product is for ${found}, but this file is for ${region}`,
    );
  }
  if (LOCATION_TYPES[locationType] !== 'region')
    return reject('locationType', locationType, 'unknown location type');
  return 'ok';
}
