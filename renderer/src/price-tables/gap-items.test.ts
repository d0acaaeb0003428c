import { describe, expect, it } from 'vitest';
import { filterGaps, gapItems, type GapItem } from './gap-items';
import { bundledSnapshot } from './test-helpers';

const rowsOf = (items: GapItem[]) => items.map((item) => ({ item, searchText: item.id }));

describe('gapItems on the bundled snapshot', () => {
  const items = gapItems(bundledSnapshot());
  const byCategory = (category: GapItem['category']) => items.filter((i) => i.category === category);

  it('lists every curated item without a price, with its source note', () => {
    const curated = byCategory('unavailable').filter((i) => i.subject.kind === 'curated');
    // pricing-data/README.md gaps: us-east-1 io2 tier 3 and Intelligent-Tiering; 10 Seoul items
    expect(curated).toHaveLength(12);
    expect(curated.filter((i) => i.region === 'us-east-1').map((i) => i.id)).toEqual([
      'curated|ebs|us-east-1|io2.iops.tier3',
      'curated|s3|us-east-1|intelligent-tiering.storage.frequent',
    ]);
    const sc1 = curated.find((i) => i.id === 'curated|ebs|ap-northeast-2|sc1.storage');
    expect(sc1?.subject.kind === 'curated' && sc1.subject.item.note).toContain('CONFLICTING sources');
  });

  it('lists the 24 typical discounts as estimates with their method', () => {
    const estimates = byCategory('estimate');
    expect(estimates).toHaveLength(24);
    const first = estimates[0]?.subject;
    expect(first?.kind === 'typical-discount' && first.row.discount).toBe('0.3847');
    expect(first?.kind === 'typical-discount' && first.row.method).toMatch(/^Derived estimate, not a price/);
  });

  it('shows the derived Windows rule and what it cannot price', () => {
    expect(byCategory('derived-rule').map((i) => i.subject)).toEqual([
      expect.objectContaining({ kind: 'windows-adder', adderPerVcpuHour: '0.046' }),
    ]);
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['windows-burstable', 'windows-surplus', 'savings-plans-exact']),
    );
  });

  it('lists the 39 low-confidence Seoul metal on-demand rows', () => {
    const low = byCategory('low-confidence');
    expect(low).toHaveLength(39);
    expect(low.every((i) => i.region === 'ap-northeast-2' && /\.metal(-\d+xl)?$/.test(i.id))).toBe(true);
    expect(low.map((i) => i.id)).toContain('on-demand|ap-northeast-2|c7i.metal-48xl');
  });

  it('has unique ids', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('filters by category, by region (rules for all regions always match) and by every word', () => {
    const rows = rowsOf(items);
    const virginia = filterGaps(rows, { category: 'unavailable', region: 'us-east-1', text: '' });
    expect(virginia.map((r) => r.item.id)).toEqual([
      'curated|ebs|us-east-1|io2.iops.tier3',
      'curated|s3|us-east-1|intelligent-tiering.storage.frequent',
      'windows-burstable',
      'windows-surplus',
      'savings-plans-exact',
    ]);
    expect(
      filterGaps(rows, { category: 'all', region: 'all', text: 'EBS SC1' }).map((r) => r.item.id),
    ).toEqual(['curated|ebs|ap-northeast-2|sc1.storage']);
    expect(filterGaps(rows, { category: 'low-confidence', region: 'us-east-1', text: '' })).toEqual([]);
  });
});
