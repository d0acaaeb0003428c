import { describe, expect, it } from 'vitest';
import { krw, usd } from '../money/rounding';
import { run } from '../testing/scenario';
import { cumulativeAt } from './summaries';

const m5 = (id: string, extra: Record<string, unknown> = {}) => ({
  service: 'ec2',
  id,
  instanceType: 'm5.large',
  count: 1,
  ...extra,
});
const ri1yAll = { option: 'reserved', offeringClass: 'standard', term: '1yr', payment: 'all-upfront' };

describe('estimate', () => {
  it('totals, breakdowns by service, tag and group', () => {
    const r = run(
      [
        m5('a', { tags: ['web', 'prod'], group: 'g1' }),
        {
          service: 'lambda',
          id: 'f',
          requestsPerMonth: 3_000_000,
          averageDurationMs: 120,
          memoryMB: 1536,
          tags: ['prod'],
        },
        { service: 'ebs', id: 'v', volumeType: 'gp2', sizeGB: 100 },
      ],
      { groups: [{ id: 'g1', name: 'Group 1' }] },
    );
    expect(usd(r.totals.monthly)).toBe('82.81'); // 70.08 + 2.733338 + 10
    expect(usd(r.byService.ec2!.monthly)).toBe('70.08');
    expect(usd(r.byService.lambda!.monthly)).toBe('2.73');
    expect(usd(r.byTag.prod!.monthly)).toBe('72.81');
    expect(usd(r.byTag['(untagged)']!.monthly)).toBe('10.00');
    expect(usd(r.byGroup.g1!.monthly)).toBe('70.08');
    expect(r.complete).toBe(true);
  });
  it('an unpriced line is excluded from totals and makes the estimate incomplete, never $0', () => {
    const r = run([m5('a'), m5('b', { instanceType: 't3.micro', os: 'windows' })]);
    expect(r.complete).toBe(false);
    expect(r.unpricedLineIds).toEqual(['b']);
    expect(r.lines[1]!.costs).toBeNull();
    expect(r.warnings[0]).toEqual({ key: 'warn.incomplete', params: { count: '1' } });
  });
  it('36-month cash flow: 1-year all-upfront RI pays $494 at months 1, 13 and 25', () => {
    const r = run([m5('ri', { purchase: ri1yAll }), m5('od')]);
    const ri = r.cashFlow.find((s) => s.option === 'reserved standard 1yr all-upfront')!;
    expect(ri.cumulative[0]!.toString()).toBe('494');
    expect(ri.cumulative[11]!.toString()).toBe('494');
    expect(ri.cumulative[12]!.toString()).toBe('988');
    expect(ri.cumulative[35]!.toString()).toBe('1482');
    const allOd = r.cashFlow.find((s) => s.option === 'all on-demand')!;
    expect(allOd.cumulative[35]!.toString()).toBe('5045.76'); // 2 × 70.08 × 36
    const total = r.cashFlow.find((s) => s.option === 'total')!;
    expect(total.cumulative[0]!.toString()).toBe('564.08');
    expect(r.breakEven).toEqual([expect.objectContaining({ lineId: 'ri', month: 8, termMonths: 12 })]);
    expect(usd(r.breakEven[0]!.savingsPerTerm)).toBe('346.96'); // 840.96 − 494
    expect(
      cumulativeAt(
        { upfront: r.lines[0]!.costs!.upfront, monthly: r.lines[0]!.costs!.monthly, termMonths: 12 },
        36,
      ).toString(),
    ).toBe('1482');
  });
  it('VAT 10% and KRW at the entered, dated rate (rounded to the won once)', () => {
    const r = run([m5('a')], {
      settings: { vat: true, currency: { display: 'KRW', krwPerUsd: '1385.20', rateDate: '2026-07-20' } },
    });
    expect(usd(r.vat!.monthly)).toBe('7.01'); // 7.008
    expect(krw(r.krw!.totals.monthly)).toBe('97075'); // 70.08 × 1385.2 = 97074.816
    expect(krw(r.krw!.vat!.monthly)).toBe('9707');
    expect(r.krw!.rateDate).toBe('2026-07-20');
  });
});
