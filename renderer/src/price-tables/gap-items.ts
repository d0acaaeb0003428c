/**
 * Everything in a snapshot that is not an exact price: curated items without a source (null price), the
 * typical-discount estimates, the derived Windows rule and what it cannot cover, the missing exact
 * Savings Plans rates, and low-confidence on-demand rows (Seoul metal sizes). Labels are translated by the UI.
 */
import type { PriceSnapshot } from '../../../engine/prices';
import { REGIONS, type CuratedItem, type Region, type TypicalDiscount } from '../../../pricing-data/schema';

export const GAP_CATEGORIES = ['unavailable', 'estimate', 'derived-rule', 'low-confidence'] as const;
export type GapCategory = (typeof GAP_CATEGORIES)[number];

export type GapService = 'ec2' | 'ebs' | 's3' | 'data-transfer' | 'lambda';

export type GapSubject =
  | { kind: 'curated'; item: CuratedItem }
  | { kind: 'typical-discount'; row: TypicalDiscount }
  | { kind: 'windows-adder'; adderPerVcpuHour: string; method: string }
  | { kind: 'windows-burstable' }
  | { kind: 'windows-surplus'; linuxPerVcpuHour: string }
  | { kind: 'savings-plans-exact' }
  | { kind: 'on-demand'; type: string; hourly: string; note: string | null };

export type GapItem = {
  /** stable and unique within one snapshot */
  id: string;
  category: GapCategory;
  service: GapService;
  /** null: applies to every region */
  region: Region | null;
  subject: GapSubject;
};

const CURATED = [
  ['ebs', 'ebs'],
  ['s3', 's3'],
  ['data-transfer', 'transfer'],
  ['lambda', 'lambda'],
] as const;

export function gapItems(snapshot: PriceSnapshot): GapItem[] {
  const items: GapItem[] = [];
  for (const [service, field] of CURATED) {
    for (const region of REGIONS) {
      for (const item of snapshot[field].regions[region] ?? []) {
        if (item.price !== null) continue;
        items.push({
          id: `curated|${service}|${region}|${item.key}`,
          category: 'unavailable',
          service,
          region,
          subject: { kind: 'curated', item },
        });
      }
    }
  }

  const { windows, tUnlimitedSurplus } = snapshot.licenseRules;
  items.push({
    id: 'windows-adder',
    category: 'derived-rule',
    service: 'ec2',
    region: null,
    subject: { kind: 'windows-adder', adderPerVcpuHour: windows.adderPerVcpuHour, method: windows.method },
  });
  items.push({
    id: 'windows-burstable',
    category: 'unavailable',
    service: 'ec2',
    region: null,
    subject: { kind: 'windows-burstable' },
  });
  if (tUnlimitedSurplus.windowsPerVcpuHour === null) {
    items.push({
      id: 'windows-surplus',
      category: 'unavailable',
      service: 'ec2',
      region: null,
      subject: { kind: 'windows-surplus', linuxPerVcpuHour: tUnlimitedSurplus.linuxPerVcpuHour },
    });
  }
  if (snapshot.savingsPlans.rates.length === 0) {
    items.push({
      id: 'savings-plans-exact',
      category: 'unavailable',
      service: 'ec2',
      region: null,
      subject: { kind: 'savings-plans-exact' },
    });
  }

  for (const row of snapshot.typicalDiscounts.discounts) {
    items.push({
      id: `discount|${row.kind}|${row.offeringClass ?? row.planType ?? ''}|${row.term}|${row.payment}`,
      category: 'estimate',
      service: 'ec2',
      region: null,
      subject: { kind: 'typical-discount', row },
    });
  }

  for (const region of REGIONS) {
    for (const [type, rate] of Object.entries(snapshot.onDemand.regions[region] ?? {})) {
      if (rate.confidence !== 'low') continue;
      items.push({
        id: `on-demand|${region}|${type}`,
        category: 'low-confidence',
        service: 'ec2',
        region,
        subject: { kind: 'on-demand', type, hourly: rate.hourly, note: rate.note ?? null },
      });
    }
  }
  return items;
}

export type GapFilter = {
  category: GapCategory | 'all';
  /** 'all' or a region code; items that apply to every region always match a region */
  region: Region | 'all';
  text: string;
};

/**
 * Filters rows that carry their item and the words a user may search for (`searchText`, already in the UI
 * language); text matching is case-insensitive on every word of the query.
 */
export function filterGaps<T extends { item: GapItem; searchText: string }>(
  rows: readonly T[],
  filter: GapFilter,
): T[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    ({ item, searchText }) =>
      (filter.category === 'all' || item.category === filter.category) &&
      (filter.region === 'all' || item.region === null || item.region === filter.region) &&
      words.every((word) => searchText.toLowerCase().includes(word)),
  );
}
