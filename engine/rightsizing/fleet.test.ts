import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUtilizationCsv, type SummaryRow } from '../utilization';
import { profilesFromDataset, recommendFleet } from './fleet';
import { profileFromSummary } from './profile';
import { rightsizingSettings } from './settings';
import { bundledPrices, catalogueSubset } from './testing/bundled-prices';

const CATALOGUE = catalogueSubset([
  'm5.large',
  'm5.xlarge',
  'm5.2xlarge',
  'c5.large',
  'c5.xlarge',
  'r5.large',
]);

// us-east-1 on-demand: m5.large 0.096, m5.xlarge 0.192, m5.2xlarge 0.384, c5.large 0.085, c5.xlarge 0.17
const csv = `instance,instance_type,region,cpu_p99,cpu_max,cpu_avg,memory_max
over,m5.2xlarge,us-east-1,12,30,5,20
under,c5.large,us-east-1,90,100,60,70
idle,m5.xlarge,us-east-1,0.5,0.9,0.3,10
`;

describe('recommendFleet and its summary', () => {
  const imported = parseUtilizationCsv(csv);
  const settings = rightsizingSettings({
    region: 'us-east-1',
    includeBurstable: false,
    offerGraviton: false,
  });
  const dataset = { samples: [], summaries: imported.shape === 'summary' ? imported.rows : [] };
  const fleet = recommendFleet(profilesFromDataset(dataset, settings), bundledPrices(), CATALOGUE, settings);
  const s = fleet.summary;

  it('counts findings and sums money at the ranking option', () => {
    expect(
      fleet.recommendations.map((r) => [r.instance, r.finding, r.recommended?.type.type ?? null]),
    ).toEqual([
      ['over', 'Overprovisioned', 'm5.large'],
      ['under', 'Underprovisioned', 'c5.xlarge'],
      ['idle', 'Idle', null],
    ]);
    expect(s.byFinding).toEqual({ Underprovisioned: 1, Overprovisioned: 1, Optimized: 0, Idle: 1, none: 0 });
    // current: (0.384 + 0.085 + 0.192) × 730 = 482.53; recommended: (0.096 + 0.17 + 0) × 730 = 194.18
    expect(s.currentMonthly.toFixed(2)).toBe('482.53');
    expect(s.recommendedMonthly.toFixed(2)).toBe('194.18');
    // savings: over 280.32 − 70.08 = 210.24, idle 140.16 → 350.40; under grows 62.05 → 124.10: +62.05
    expect(s.savingsOnDemandMonthly.toFixed(2)).toBe('350.40');
    expect(s.increaseOnDemandMonthly.toFixed(2)).toBe('62.05');
    // the savings column's total: 210.24 + 140.16 − 62.05, which is also current − recommended at on-demand
    expect(s.netSavingsOnDemandMonthly.toFixed(2)).toBe('288.35');
    expect(s.netSavingsOnDemandMonthly.eq(s.currentMonthly.minus(s.recommendedMonthly))).toBe(true);
    expect(s.netSavingsOnDemandMonthly.eq(s.savingsOnDemandMonthly.minus(s.increaseOnDemandMonthly))).toBe(
      true,
    );
  });

  it('gives the chart its capacity totals, bins and points', () => {
    expect(s.capacity).toEqual({
      currentVcpu: 14,
      requiredVcpu: 1.2 + 2.25 + 0.025,
      recommendedVcpu: 6,
      currentMemoryGiB: 52,
      requiredMemoryGiB: 8 + 3.5 + 2,
      recommendedMemoryGiB: 16,
    });
    expect(s.cpuThresholdBins).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(s.points[0]).toEqual({
      instance: 'over',
      cpuThresholdPct: 12,
      recommendedCpuCapacityPct: 25,
      memoryMaxPct: 20,
      recommendedMemoryCapacityPct: 25,
    });
  });
});

describe('summarizeFleet: properties', () => {
  const settings = rightsizingSettings({
    region: 'us-east-1',
    includeBurstable: false,
    offerGraviton: false,
  });
  const types = ['m5.large', 'm5.xlarge', 'm5.2xlarge', 'c5.large', 'c5.xlarge', 'r5.large'];
  const row = fc.record({
    instanceType: fc.constantFrom(...types),
    cpuP99: fc.double({ min: 0, max: 100, noNaN: true }),
    memoryMaxPct: fc.double({ min: 0, max: 100, noNaN: true }),
    hoursPerMonth: fc.option(fc.integer({ min: 1, max: 730 }), { nil: null }),
  });

  it('the totals row is the sum of the savings column; opportunity − increases = net = current − recommended', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const profiles = rows.map((r, i): SummaryRow => ({
          line: i + 2,
          instance: `i${i}`,
          instanceType: r.instanceType,
          region: 'us-east-1',
          cpuP99: r.cpuP99,
          cpuMax: Math.min(100, r.cpuP99 + 5),
          cpuAvg: r.cpuP99 / 2,
          memoryMaxPct: r.memoryMaxPct,
          networkPeakMbps: null,
          hoursPerMonth: r.hoursPerMonth,
        }));
        const fleet = recommendFleet(profiles.map(profileFromSummary), bundledPrices(), CATALOGUE, settings);
        const s = fleet.summary;
        const column = fleet.recommendations.reduce(
          (sum, r) => sum.plus(r.savings.onDemandMonthly ?? 0),
          new Decimal(0),
        );
        expect(s.netSavingsOnDemandMonthly.toFixed(10)).toBe(column.toFixed(10));
        expect(s.savingsOnDemandMonthly.minus(s.increaseOnDemandMonthly).toFixed(10)).toBe(
          column.toFixed(10),
        );
        expect(s.savingsOnDemandMonthly.isNegative()).toBe(false);
        expect(s.increaseOnDemandMonthly.isNegative()).toBe(false);
        if (s.unpriced === 0)
          expect(s.currentMonthly.minus(s.recommendedMonthly).toFixed(10)).toBe(column.toFixed(10));
      }),
      { numRuns: 150 },
    );
  });
});
