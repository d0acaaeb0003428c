import { describe, expect, it } from 'vitest';
import { run } from '../testing/scenario';
import { csvField, type CsvCell } from './csv';
import { estimateDisplayRows, rowCells } from './estimate-display';
import { estimateCsv } from './estimate-csv';
import { readCsv } from './read-csv';

const items = [
  {
    service: 'lambda',
    id: 'api',
    requestsPerMonth: 3_000_000,
    averageDurationMs: 120,
    memoryMB: 1536,
    description: '=cmd',
    group: 'g1',
    tags: ['api', 'prod'],
  },
  { service: 'ec2', id: 'web', instanceType: 'm5.large', count: 2, description: 'Web, "front"\nend' },
  { service: 'ebs', id: 'disk', volumeType: 'gp2', sizeGB: 2000, hoursPerMonth: 12, description: '-12 GB?' },
  { service: 'ec2', id: 'ghost', instanceType: 'zz9.huge', count: 1, description: '@ghost' },
];
const extra = {
  groups: [{ id: 'g1', name: '서버리스' }],
  settings: { vat: true, currency: { display: 'KRW', krwPerUsd: '1385.20', rateDate: '2026-07-20' } },
};

/** what a spreadsheet shows for a cell written by csv.ts */
const expectedText = (cell: CsvCell): string =>
  cell === null
    ? ''
    : typeof cell === 'string'
      ? /^[=+\-@\t\r]/.test(cell)
        ? `'${cell}`
        : cell
      : cell.number;

describe('estimate display rows = estimate CSV', () => {
  for (const lang of ['ko', 'en'] as const)
    it(`every CSV cell equals the display cell (${lang})`, () => {
      const result = run(items, extra);
      const display = estimateDisplayRows({ result, groups: extra.groups }, { lang });
      const csv = readCsv(estimateCsv({ result, groups: extra.groups }, { lang }));
      expect(csv[0]).toEqual(display.headers);
      expect(csv.slice(1)).toEqual(display.rows.map((row) => rowCells(display, row).map(expectedText)));
      expect(csv.slice(1).every((r) => r.length === display.columns.length)).toBe(true);
    });

  it('shows the worked examples to the cent, with KRW, VAT and totals rows', () => {
    const result = run(items, extra);
    const d = estimateDisplayRows({ result, groups: extra.groups }, { lang: 'en' });
    const byLine = (id: string) => d.rows.find((r) => r.lineId === id)!.cells;
    expect(byLine('api').monthly).toEqual({ number: '2.73' });
    expect(byLine('api').group).toBe('서버리스');
    expect(byLine('api').tags).toBe('api prod');
    expect(byLine('web').monthly).toEqual({ number: '140.16' });
    expect(byLine('web').quantity).toEqual({ number: '1460' });
    expect(byLine('web').unitPrice).toEqual({ number: '0.096' });
    expect(byLine('web').monthlyKrw).toEqual({ number: '194150' }); // 140.16 × 1385.20 = 194,149.63
    expect(byLine('disk').monthly).toEqual({ number: '3.33' });
    expect(byLine('ghost').flag).toBe('unpriced');
    expect(byLine('ghost').monthly).toBeNull();
    expect(d.rows.map((r) => r.kind).slice(-3)).toEqual(['total', 'vat', 'totalWithVat']);
    const total = d.rows.find((r) => r.kind === 'total')!.cells;
    expect(total.monthly).toEqual({ number: '146.23' }); // 2.733338 + 140.16 + 3.333333… = 146.226671
    expect(total.flag).toBe('incomplete: 1 unpriced');
    expect(d.rows.find((r) => r.kind === 'vat')!.cells.monthly).toEqual({ number: '14.62' });
    expect(d.rows.find((r) => r.kind === 'totalWithVat')!.cells.monthly).toEqual({ number: '160.85' });
    expect(total.rateDate).toBe('2026-07-20');
  });

  it('headers follow the language; English headers on request; KRW columns only when KRW is shown', () => {
    const result = run(items, extra);
    expect(estimateDisplayRows(result, { lang: 'ko' }).headers.slice(0, 3)).toEqual([
      '시나리오',
      '항목 ID',
      '그룹',
    ]);
    expect(estimateDisplayRows(result, { lang: 'ko', englishHeaders: true }).headers.slice(0, 3)).toEqual([
      'scenario',
      'line id',
      'group',
    ]);
    const ko = estimateDisplayRows(result, { lang: 'ko', englishHeaders: true });
    expect(ko.rows[0]!.cells.service).toBe('Lambda');
    expect(ko.rows.find((r) => r.kind === 'total')!.cells.description).toBe('합계');
    const usdOnly = estimateDisplayRows(run(items, { groups: extra.groups }), { lang: 'en' });
    expect(usdOnly.headers).not.toContain('monthly (KRW)');
    expect(usdOnly.rows.map((r) => r.kind).slice(-1)).toEqual(['total']);
  });

  it('neutralises formulas in text cells only: negative numbers stay numbers', () => {
    const csv = estimateCsv(run(items, extra), { lang: 'en' });
    expect(csv).toContain(",'=cmd,");
    expect(csv).toContain(",'@ghost,");
    expect(csv).toContain(",'-12 GB?,");
    expect(csvField({ number: '-916.26' })).toBe('-916.26');
  });

  it('writes several scenarios one after the other, each with its own totals', () => {
    const a = run(items.slice(0, 2), { ...extra, name: 'A' });
    const b = run(items.slice(2, 3), { name: 'B' });
    const d = estimateDisplayRows([a, b], { lang: 'en' });
    expect(d.rows.filter((r) => r.kind === 'total').map((r) => r.scenario)).toEqual(['A', 'B']);
    expect(d.headers).toContain('monthly (KRW)');
    expect(d.rows.find((r) => r.scenario === 'B' && r.kind === 'total')!.cells.monthlyKrw).toBeNull();
  });
});
