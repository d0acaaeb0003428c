import { REGIONS, type Region } from '../../../pricing-data/schema';
import { regionByEnglishName } from '../region-names';

/**
 * Older Price List names (before "EU (…)" became "Europe (…)", Osaka-Local, GovCloud (US)) → regions.
 * Current names come from tools/prices/region-names.ts.
 */
const LEGACY_LOCATION_REGIONS: Readonly<Record<string, Region>> = {
  'Africa (Cape Town)': 'af-south-1',
  'Asia Pacific (Hong Kong)': 'ap-east-1',
  'Asia Pacific (Taipei)': 'ap-east-2',
  'Asia Pacific (Tokyo)': 'ap-northeast-1',
  'Asia Pacific (Seoul)': 'ap-northeast-2',
  'Asia Pacific (Osaka)': 'ap-northeast-3',
  'Asia Pacific (Osaka-Local)': 'ap-northeast-3',
  'Asia Pacific (Mumbai)': 'ap-south-1',
  'Asia Pacific (Hyderabad)': 'ap-south-2',
  'Asia Pacific (Singapore)': 'ap-southeast-1',
  'Asia Pacific (Sydney)': 'ap-southeast-2',
  'Asia Pacific (Jakarta)': 'ap-southeast-3',
  'Asia Pacific (Melbourne)': 'ap-southeast-4',
  'Asia Pacific (Malaysia)': 'ap-southeast-5',
  'Asia Pacific (Thailand)': 'ap-southeast-7',
  'Canada (Central)': 'ca-central-1',
  'Canada West (Calgary)': 'ca-west-1',
  'EU (Frankfurt)': 'eu-central-1',
  'EU (Zurich)': 'eu-central-2',
  'EU (Stockholm)': 'eu-north-1',
  'EU (Milan)': 'eu-south-1',
  'EU (Spain)': 'eu-south-2',
  'EU (Ireland)': 'eu-west-1',
  'EU (London)': 'eu-west-2',
  'EU (Paris)': 'eu-west-3',
  'Israel (Tel Aviv)': 'il-central-1',
  'Middle East (UAE)': 'me-central-1',
  'Middle East (Bahrain)': 'me-south-1',
  'Mexico (Central)': 'mx-central-1',
  'South America (Sao Paulo)': 'sa-east-1',
  'US East (N. Virginia)': 'us-east-1',
  'US East (Ohio)': 'us-east-2',
  'AWS GovCloud (US-East)': 'us-gov-east-1',
  'AWS GovCloud (US)': 'us-gov-west-1',
  'AWS GovCloud (US-West)': 'us-gov-west-1',
  'US West (N. California)': 'us-west-1',
  'US West (Oregon)': 'us-west-2',
};

/**
 * The Price List's `location` names → region codes. Older files have no `regionCode` attribute, so
 * the name is all there is. A name not listed here stops the import (it may be a new region).
 */
export const LOCATION_REGIONS: ReadonlyMap<string, Region> = new Map([
  ...Object.entries(LEGACY_LOCATION_REGIONS),
  ...regionByEnglishName(),
]);

/** `locationType` values: only whole regions are priced; zones and Outposts are skipped. */
export const LOCATION_TYPES: Readonly<Record<string, 'region' | 'skip'>> = {
  'AWS Region': 'region',
  'AWS Local Zone': 'skip',
  'AWS Wavelength Zone': 'skip',
  'AWS Outposts': 'skip',
};

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

/** A usage type split into its parts: `APN2-BoxUsage:t3.micro` → prefix APN2, kind BoxUsage, detail t3.micro. */
export type UsageType = { prefix: string; kind: string; detail: string };

export function parseUsageType(usageType: string): UsageType | null {
  const match = /^(?:([A-Z]{2,4}\d?)-)?([A-Za-z][A-Za-z0-9-]*?)(?::(.+))?$/.exec(usageType);
  if (!match) return null;
  return { prefix: match[1] ?? '', kind: match[2] ?? '', detail: match[3] ?? '' };
}
