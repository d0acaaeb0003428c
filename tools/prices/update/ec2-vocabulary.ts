/**
 * Every EC2 attribute and term value the importer understands, and what it means for our tables.
 * 'skip' = a real AWS value we do not price (e.g. RHEL, Dedicated Host); a value missing from these
 * tables stops the import with the value and where it was found. Keys are compared in lower case.
 */
import type { OperatingSystem, PaymentOption, RiClass, RiTerm } from '../../../pricing-data/schema';

type Skip = 'skip';

export const OPERATING_SYSTEMS: Readonly<Record<string, OperatingSystem | Skip>> = {
  linux: 'linux',
  windows: 'windows',
  rhel: 'skip',
  'red hat enterprise linux with ha': 'skip',
  suse: 'skip',
  'ubuntu pro': 'skip',
};

export const TENANCIES: Readonly<Record<string, 'shared' | 'dedicated' | Skip>> = {
  shared: 'shared',
  dedicated: 'dedicated',
  host: 'skip',
  reserved: 'skip',
  na: 'skip',
};

/** What the licence model must be for each OS we price: Linux has none, Windows is licence-included. */
export const LICENSE_MODELS: Readonly<Record<string, 'none' | 'included' | Skip>> = {
  'no license required': 'none',
  'license included': 'included',
  'bring your own license': 'skip',
  na: 'skip',
};

export const PRE_INSTALLED_SOFTWARE: Readonly<Record<string, 'none' | Skip>> = {
  na: 'none',
  'sql web': 'skip',
  'sql std': 'skip',
  'sql ent': 'skip',
};

export const CAPACITY_STATUSES: Readonly<Record<string, 'used' | Skip>> = {
  used: 'used',
  unusedcapacityreservation: 'skip',
  allocatedcapacityreservation: 'skip',
  allocatedhost: 'skip',
  allocatedcapacityblock: 'skip',
};

export const MARKET_OPTIONS: Readonly<Record<string, 'on-demand' | Skip>> = {
  ondemand: 'on-demand',
  capacityblock: 'skip',
};

export const LEASE_LENGTHS: Readonly<Record<string, RiTerm>> = { '1yr': '1yr', '3yr': '3yr' };

export const PURCHASE_OPTIONS: Readonly<Record<string, PaymentOption | Skip>> = {
  'no upfront': 'no-upfront',
  'partial upfront': 'partial-upfront',
  'all upfront': 'all-upfront',
  // pre-2017 RI offerings, still present in some old files
  'light utilization': 'skip',
  'medium utilization': 'skip',
  'heavy utilization': 'skip',
};

export const OFFERING_CLASSES: Readonly<Record<string, RiClass>> = {
  standard: 'standard',
  convertible: 'convertible',
};

/** Usage-type kinds of instance-hours and the tenancy each implies. */
export const INSTANCE_USAGE_KINDS: Readonly<Record<string, 'shared' | 'dedicated'>> = {
  BoxUsage: 'shared',
  DedicatedUsage: 'dedicated',
};

/** Instance type names: family, a dot, and a size AWS uses (`0xlarge` or `2xl` are not sizes). */
export const INSTANCE_TYPE_PATTERN =
  /^[a-z][a-z0-9-]*\.(nano|micro|small|medium|large|xlarge|[1-9]\d*xlarge|metal|metal-[1-9]\d*xl)$/;

export function lookup<V>(table: Readonly<Record<string, V>>, value: string): V | undefined {
  return table[value.trim().toLowerCase()];
}
