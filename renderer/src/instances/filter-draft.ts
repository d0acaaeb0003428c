import type { Architecture, InstanceCategory } from '../../../pricing-data/schema';
import { parseBound, type InstanceFilter } from './instance-filter';
import { parseSearch } from './search-pattern';

/** The filter bar's controls as typed (strings for the boxes, so a half-typed number is kept). */
export interface FilterDraft {
  search: string;
  categories: readonly InstanceCategory[];
  vcpuMin: string;
  vcpuMax: string;
  memoryMin: string;
  memoryMax: string;
  arch: Architecture | 'any';
  gpu: 'any' | 'yes' | 'no';
  pricedOnly: boolean;
}

export const EMPTY_DRAFT: FilterDraft = {
  search: '',
  categories: [],
  vcpuMin: '',
  vcpuMax: '',
  memoryMin: '',
  memoryMax: '',
  arch: 'any',
  gpu: 'any',
  pricedOnly: false,
};

export type RangeField = 'vcpuMin' | 'vcpuMax' | 'memoryMin' | 'memoryMax';

export interface DraftProblems {
  search: { pattern: string; message: string } | null;
  /** range boxes whose text is not a number ≥ 0 (their bound is ignored) */
  ranges: Partial<Record<RangeField, string>>;
}

/** Turns the typed controls into a filter; bad boxes are reported and left out, never guessed. */
export function draftToFilter(draft: FilterDraft): { filter: InstanceFilter; problems: DraftProblems } {
  const search = parseSearch(draft.search);
  const ranges: Partial<Record<RangeField, string>> = {};
  const bound = (field: RangeField): number | null => {
    const parsed = parseBound(draft[field]);
    if (parsed.ok) return parsed.value;
    ranges[field] = draft[field];
    return null;
  };
  const filter: InstanceFilter = {
    search,
    categories: new Set(draft.categories),
    vcpuMin: bound('vcpuMin'),
    vcpuMax: bound('vcpuMax'),
    memoryMinGiB: bound('memoryMin'),
    memoryMaxGiB: bound('memoryMax'),
    arch: draft.arch,
    gpu: draft.gpu,
    pricedOnly: draft.pricedOnly,
  };
  return {
    filter,
    problems: {
      search: search.kind === 'invalid' ? { pattern: search.pattern, message: search.message } : null,
      ranges,
    },
  };
}
