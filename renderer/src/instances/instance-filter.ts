import type { Architecture, InstanceCategory, InstanceType } from '../../../pricing-data/schema';
import { matchesSearch, type SearchPattern } from './search-pattern';

/** What the picker's filter bar has chosen. Empty category set = every category; null bounds = open. */
export interface InstanceFilter {
  search: SearchPattern;
  categories: ReadonlySet<InstanceCategory>;
  vcpuMin: number | null;
  vcpuMax: number | null;
  memoryMinGiB: number | null;
  memoryMaxGiB: number | null;
  arch: Architecture | 'any';
  gpu: 'any' | 'yes' | 'no';
  pricedOnly: boolean;
}

export const NO_FILTER: InstanceFilter = {
  search: { kind: 'all' },
  categories: new Set(),
  vcpuMin: null,
  vcpuMax: null,
  memoryMinGiB: null,
  memoryMaxGiB: null,
  arch: 'any',
  gpu: 'any',
  pricedOnly: false,
};

const within = (value: number, min: number | null, max: number | null): boolean =>
  (min === null || value >= min) && (max === null || value <= max);

export function matchesFilter(spec: InstanceType, isPriced: boolean, filter: InstanceFilter): boolean {
  return (
    matchesSearch(filter.search, spec.type) &&
    (filter.categories.size === 0 || filter.categories.has(spec.category)) &&
    within(spec.vcpu, filter.vcpuMin, filter.vcpuMax) &&
    within(spec.memoryGiB, filter.memoryMinGiB, filter.memoryMaxGiB) &&
    (filter.arch === 'any' || spec.arch === filter.arch) &&
    (filter.gpu === 'any' || (filter.gpu === 'yes') === (spec.gpu !== null)) &&
    (!filter.pricedOnly || isPriced)
  );
}

/**
 * A range box's text → bound. Empty = no bound; anything that is not a finite number ≥ 0 is an
 * error the filter bar shows next to the box (the bound is then ignored).
 */
export function parseBound(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed) };
}
