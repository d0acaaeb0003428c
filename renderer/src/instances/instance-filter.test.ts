import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categorySchema, type InstanceType } from '../../../pricing-data/schema';
import { draftToFilter, EMPTY_DRAFT, type FilterDraft } from './filter-draft';
import { matchesFilter, NO_FILTER, parseBound, type InstanceFilter } from './instance-filter';
import { testSnapshot } from './test-snapshot';

const types = testSnapshot().catalogue.types;
const usEast1 = testSnapshot().onDemand.regions['us-east-1'] ?? {};
const priced = (spec: InstanceType) => spec.type in usEast1;
const apply = (filter: InstanceFilter) => types.filter((spec) => matchesFilter(spec, priced(spec), filter));
const names = (draft: Partial<FilterDraft>) =>
  apply(draftToFilter({ ...EMPTY_DRAFT, ...draft }).filter).map((s) => s.type);

describe('matchesFilter on the bundled catalogue', () => {
  it('keeps all 1,363 types with no filter', () => {
    expect(types).toHaveLength(1363);
    expect(apply(NO_FILTER)).toHaveLength(1363);
  });

  it('finds the seven t4g sizes with a regular expression', () => {
    expect(names({ search: '/^t4g\\./' }).sort()).toEqual(
      ['t4g.2xlarge', 't4g.large', 't4g.medium', 't4g.micro', 't4g.nano', 't4g.small', 't4g.xlarge'].sort(),
    );
  });

  it('combines category, vCPU and memory ranges and architecture', () => {
    const found = names({
      categories: ['general'],
      vcpuMin: '2',
      vcpuMax: '2',
      memoryMin: '8',
      memoryMax: '8',
      arch: 'arm64',
    });
    expect(found).toContain('m7g.large');
    expect(found).toContain('m6g.large');
    expect(found).not.toContain('m5.large');
    for (const name of found) {
      const spec = testSnapshot().index.get(name);
      expect(spec).toMatchObject({ category: 'general', vcpu: 2, memoryGiB: 8, arch: 'arm64' });
    }
  });

  it('splits GPU and non-GPU types', () => {
    const withGpu = names({ gpu: 'yes' });
    const withoutGpu = names({ gpu: 'no' });
    expect(withGpu).toContain('p4d.24xlarge');
    expect(withGpu).not.toContain('m5.large');
    expect(withGpu.length + withoutGpu.length).toBe(1363);
  });

  it('keeps only types with an on-demand price in the region when asked', () => {
    const found = names({ pricedOnly: true });
    expect(found.length).toBe(Object.keys(usEast1).length);
  });

  it('ignores a range box that is not a number and reports it', () => {
    const { filter, problems } = draftToFilter({ ...EMPTY_DRAFT, vcpuMin: 'four', memoryMax: '-1' });
    expect(filter.vcpuMin).toBeNull();
    expect(filter.memoryMaxGiB).toBeNull();
    expect(problems.ranges).toEqual({ vcpuMin: 'four', memoryMax: '-1' });
  });
});

describe('parseBound', () => {
  it('reads empty as no bound and decimals as numbers', () => {
    expect(parseBound(' ')).toEqual({ ok: true, value: null });
    expect(parseBound('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseBound('1e3')).toEqual({ ok: false });
  });
});

const draftArb: fc.Arbitrary<FilterDraft> = fc.record({
  search: fc.constantFrom('', 'm5', 'large', '/^c\\d/', 'g.'),
  categories: fc.subarray([...categorySchema.options]),
  vcpuMin: fc.constantFrom('', '1', '4', '16'),
  vcpuMax: fc.constantFrom('', '2', '8', '64'),
  memoryMin: fc.constantFrom('', '0.5', '8', '64'),
  memoryMax: fc.constantFrom('', '4', '32', '512'),
  arch: fc.constantFrom('any' as const, 'x86_64' as const, 'arm64' as const),
  gpu: fc.constantFrom('any' as const, 'yes' as const, 'no' as const),
  pricedOnly: fc.boolean(),
});

describe('filter properties', () => {
  it('constraining one more open control never lets more types through', () => {
    const extras: readonly Partial<FilterDraft>[] = [
      { gpu: 'no' },
      { pricedOnly: true },
      { vcpuMin: '8' },
      { arch: 'arm64' },
    ];
    fc.assert(
      fc.property(draftArb, fc.constantFrom(...extras), (draft, extra) => {
        const [field] = Object.keys(extra) as (keyof FilterDraft)[];
        fc.pre(field !== undefined && draft[field] === EMPTY_DRAFT[field]);
        const base = new Set(names(draft));
        const narrowed = names({ ...draft, ...extra });
        return narrowed.every((name) => base.has(name));
      }),
      { numRuns: 60 },
    );
  });

  it('every type that passes satisfies each chosen bound', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const { filter } = draftToFilter(draft);
        return apply(filter).every(
          (s) =>
            (filter.vcpuMin === null || s.vcpu >= filter.vcpuMin) &&
            (filter.vcpuMax === null || s.vcpu <= filter.vcpuMax) &&
            (filter.memoryMinGiB === null || s.memoryGiB >= filter.memoryMinGiB) &&
            (filter.memoryMaxGiB === null || s.memoryGiB <= filter.memoryMaxGiB) &&
            (filter.categories.size === 0 || filter.categories.has(s.category)),
        );
      }),
      { numRuns: 60 },
    );
  });
});
