import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate/estimate';
import type { Totals } from '../estimate/types';
import { readCsv } from '../csv/read-csv';
import { usd } from '../money/rounding';
import type { Ec2Item, LineItem, Scenario } from '../scenario/schema';
import { fakePrices } from '../testing/fake-prices';
import { scenarioOf } from '../testing/scenario';
import {
  addScenario,
  duplicateScenario,
  emptyWorkspace,
  moveScenario,
  replaceScenario,
} from '../workspace/workspace';
import { comparisonChartData } from './chart-data';
import { compareEstimates } from './compare';
import { comparisonCsv } from './compare-csv';
import { comparisonDisplayRows } from './compare-display';
import { percentString } from './metrics';

const onDemand = scenarioOf(
  [
    { service: 'ec2', id: 'web', instanceType: 'm5.large', count: 2 },
    { service: 's3', id: 's3', storageGB: 1000 },
    { service: 'ebs', id: 'disk-a', description: 'Data disk', volumeType: 'gp2', sizeGB: 100 },
  ],
  { name: 'All on-demand' },
);

const ri3 = { option: 'reserved', offeringClass: 'standard', term: '3yr', payment: 'all-upfront' } as const;
const ri1 = { option: 'reserved', offeringClass: 'standard', term: '1yr', payment: 'no-upfront' } as const;

function withWeb(s: Scenario, purchase: Ec2Item['purchase']): Scenario {
  return { ...s, items: s.items.map((i) => (i.service === 'ec2' ? { ...i, purchase } : i)) };
}

/** A = all on-demand; B = its variant with a 3-yr all-upfront RI, disk renamed, S3 dropped, an unpriced line; C = 1-yr RI */
function scenarios(): Scenario[] {
  let ws = addScenario(emptyWorkspace(), onDemand);
  ws = duplicateScenario(ws, 's1', '3-yr RI');
  const b = withWeb(ws.entries[1]!.scenario, ri3);
  const items: LineItem[] = b.items.flatMap((i): LineItem[] =>
    i.service === 's3' ? [] : i.service === 'ebs' ? [{ ...i, id: 'disk-b' }] : [i],
  );
  items.push(scenarioOf([{ service: 'ec2', id: 'ghost', instanceType: 'zz9.huge', count: 1 }]).items[0]!);
  ws = replaceScenario(ws, 's2', { ...b, items });
  ws = duplicateScenario(ws, 's1', '1-yr RI'); // inserted right after s1
  ws = replaceScenario(ws, 's3', withWeb(ws.entries[1]!.scenario, ri1));
  ws = moveScenario(ws, 's2', 1);
  return ws.entries.map((e) => e.scenario);
}

const compare = () => compareEstimates(scenarios().map((s) => estimate(s, fakePrices())));
const money = (t: Totals | null) => (t === null ? null : usd(t.monthly));

describe('compareEstimates', () => {
  it('puts totals side by side with deltas (amount and %) against the first scenario', () => {
    const c = compare();
    expect(c.scenarios.map((s) => s.name)).toEqual(['All on-demand', '3-yr RI', '1-yr RI']);
    const [a, b, cc] = c.scenarios;
    expect(usd(a!.totals.monthly)).toBe('173.16'); // 140.16 + 23.00 + 10.00
    expect(usd(a!.totals.months36)).toBe('6233.76');
    expect(usd(b!.totals.upfront)).toBe('1898.00'); // 949 × 2
    expect(usd(b!.totals.months36)).toBe('2258.00'); // 1898 + 36 × 10
    expect(usd(cc!.totals.monthly)).toBe('120.60'); // 0.06 × 730 × 2 + 23 + 10
    expect(usd(cc!.deltaVsBaseline.monthly)).toBe('-52.56');
    expect(percentString(cc!.deltaPercentVsBaseline.monthly!)).toBe('-30.4'); // -52.56 / 173.16
    expect(cc!.deltaPercentVsBaseline.upfront).toBeNull(); // baseline upfront is 0
    expect(usd(b!.deltaVsBaseline.months36)).toBe('-3975.76');
  });

  it('highlights the cheapest complete scenario per metric; incomplete ones are flagged, never cheapest', () => {
    const c = compare();
    expect(c.cheapest).toEqual({ monthly: [2], upfront: [0, 2], first12Months: [2], months36: [2] });
    expect(c.cheapest36Months).toBe('1-yr RI');
    expect(c.scenarios[1]!.complete).toBe(false);
    expect(c.scenarios[1]!.unpricedLineIds).toEqual(['ghost']);
    expect(c.scenarios[2]!.cheapest).toEqual(['monthly', 'upfront', 'first12Months', 'months36']);
  });

  it('matches lines by id, else by description; missing lines count as 0; unpriced lines have no delta', () => {
    const lines = compare().lines;
    expect(lines.map((l) => [l.key, l.matchedBy])).toEqual([
      ['web', 'id'],
      ['s3', 'id'],
      ['disk-a', 'description'],
      ['ghost', 'single'],
    ]);
    const web = lines[0]!;
    expect(usd(web.entries[1]!.deltaVsBaseline!.months36)).toBe('-3147.76'); // 1898 − 5045.76
    const s3 = lines[1]!;
    expect(s3.entries[1]!.status).toBe('absent');
    expect(money(s3.entries[1]!.deltaVsBaseline)).toBe('-23.00');
    expect(percentString(s3.entries[1]!.deltaPercentVsBaseline!.monthly!)).toBe('-100.0');
    expect(lines[2]!.entries.map((e) => e.lineId)).toEqual(['disk-a', 'disk-b', 'disk-a']);
    const ghost = lines[3]!.entries[1]!;
    expect([ghost.status, ghost.deltaVsBaseline]).toEqual(['unpriced', null]);
  });

  it("carries the generated description as a message and shows it in the reader's language", () => {
    const c = compare();
    const [web, s3, disk] = c.lines;
    expect(web!.descriptionMessage).not.toBeNull();
    expect(disk!.descriptionMessage).toBeNull(); // the user wrote "Data disk"
    const described = (lang: 'en' | 'ko') =>
      comparisonDisplayRows(c, { lang })
        .rows.filter((r) => r.section === 'line' && r.scenario === 0)
        .map((r) => r.cells.description);
    const en = described('en');
    const ko = described('ko');
    expect(en.slice(0, 3)).toEqual([web!.description, s3!.description, 'Data disk']);
    expect(en.slice(0, 2)).toEqual(['2 × m5.large Linux, always on, on-demand', 'S3 STANDARD 1000 GB']);
    expect(ko.slice(0, 3)).toEqual([
      '2 × m5.large Linux, 상시 가동, 온디맨드',
      'S3 Standard 1000 GB',
      'Data disk',
    ]);
  });

  it('gives per-service totals and deltas', () => {
    const ec2 = compare().services.find((s) => s.service === 'ec2')!;
    expect(ec2.totals.map((t) => usd(t.monthly))).toEqual(['140.16', '0.00', '87.60']);
    expect(ec2.deltaVsBaseline.map((t) => usd(t.monthly))).toEqual(['0.00', '-140.16', '-52.56']);
  });

  it('charts: stacked services, 36 cumulative months, break-even markers where a scenario overtakes the baseline', () => {
    const chart = comparisonChartData(compare());
    expect(chart.byService[0]!.values).toEqual({ ec2: '140.16', ebs: '10.00', s3: '23.00' });
    expect(chart.byService[1]!.values).toEqual({ ebs: '10.00' });
    expect(chart.cumulative).toHaveLength(36);
    expect(chart.cumulative[11]!.values).toEqual(['2077.92', '2018.00', '1447.20']);
    // 1898 + 10m ≤ 173.16m from m = 12 (11 × 163.16 = 1794.76 < 1898 ≤ 1957.92)
    expect(chart.breakEvenMarkers).toEqual([{ scenario: 1, month: 12, value: '2018.00' }]);
  });

  it('the comparison CSV is exactly its display rows, in both languages', () => {
    for (const lang of ['ko', 'en'] as const) {
      const c = compare();
      const display = comparisonDisplayRows(c, { lang });
      const rows = readCsv(comparisonCsv(c, { lang }));
      expect(rows[0]).toEqual(display.headers);
      expect(rows.slice(1)).toEqual(
        display.rows.map((r) =>
          display.columns.map((col) => {
            const cell = r.cells[col];
            return cell === null
              ? ''
              : typeof cell === 'string'
                ? cell.replace(/^[=+\-@\t\r]/, "'$&")
                : cell.number;
          }),
        ),
      );
    }
    const en = readCsv(comparisonCsv(compare(), { lang: 'en' }));
    const total1yr = en.find((r) => r[0] === 'total' && r[1] === '1-yr RI')!;
    expect(total1yr.slice(6, 12)).toEqual(['120.60', '0.00', '1447.20', '4341.60', '-52.56', '-30.4']);
    expect(total1yr[18]).toBe('monthly, upfront, first 12 months, 36 months');
    const totalRi3 = en.find((r) => r[0] === 'total' && r[1] === '3-yr RI')!;
    expect(totalRi3[5]).toBe('incomplete: 1 unpriced (ghost)');
    expect(totalRi3[19]).toBe('12');
  });
});
