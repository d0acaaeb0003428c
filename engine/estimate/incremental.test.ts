import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledSnapshot } from '../prices/testing/bundled-files';
import type { LineItem, Scenario } from '../scenario/schema';
import { scenarioOf } from '../testing/scenario';
import { estimate } from './estimate';
import { estimateIncremental } from './incremental';
import { pricesFromSnapshot } from './prices-from-snapshot';

const prices = pricesFromSnapshot(bundledSnapshot());
/** the whole result, Decimals as their exact values, keys in order */
const exact = (value: unknown) => JSON.stringify(value);

const region = fc.constantFrom('us-east-1', 'ap-northeast-2', undefined);
const item = fc.oneof(
  fc.record({
    service: fc.constant('ec2'),
    region,
    instanceType: fc.constantFrom('m5.large', 't3.large', 'c5.xlarge', 'zz9.huge'),
    count: fc.integer({ min: 1, max: 5 }),
    usage: fc.constantFrom({ pattern: 'always-on' }, { pattern: 'peak', peakCount: 8, peakHoursPerDay: 5 }),
    purchase: fc.constantFrom(
      { option: 'on-demand' },
      { option: 'spot' },
      { option: 'reserved', offeringClass: 'standard', term: '1yr', payment: 'all-upfront' },
      { option: 'savings-plan', planType: 'compute', term: '3yr', payment: 'partial-upfront' },
    ),
    tags: fc.constantFrom([], ['web'], ['web', 'prod']),
  }),
  fc.record({
    service: fc.constant('ebs'),
    region,
    volumeType: fc.constantFrom('gp2', 'st1'),
    sizeGB: fc.integer({ min: 125, max: 4000 }),
  }),
  fc.record({
    service: fc.constant('s3'),
    region,
    storageClass: fc.constantFrom('STANDARD', 'STANDARD_IA'),
    storageGB: fc.integer({ min: 0, max: 300_000 }),
  }),
  fc.record({
    service: fc.constant('data-transfer'),
    region,
    internetOutGB: fc.integer({ min: 0, max: 40_000 }),
    interAzGB: fc.integer({ min: 0, max: 50 }),
  }),
  fc.record({
    service: fc.constant('lambda'),
    region,
    requestsPerMonth: fc.integer({ min: 0, max: 3_000_000 }),
    averageDurationMs: fc.integer({ min: 1, max: 500 }),
    memoryMB: fc.constantFrom(128, 1536),
  }),
);

type Edit =
  | { kind: 'replace'; at: number; item: Record<string, unknown> }
  | { kind: 'insert'; at: number; item: Record<string, unknown> }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'settings'; settings: Record<string, unknown>; region: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), item }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), item }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('settings' as const),
    settings: fc.record({
      freeTier: fc.boolean(),
      allowEstimates: fc.boolean(),
      hoursPerMonth: fc.constantFrom(730, 744),
      vat: fc.boolean(),
    }),
    region: fc.constantFrom('us-east-1', 'ap-northeast-2'),
  }),
);

let nextId = 0;
/** A parsed item with a fresh id, as the UI makes one object per edit. */
function parsedItem(raw: Record<string, unknown>): LineItem {
  const parsed = scenarioOf([{ ...raw, id: `l${nextId++}` }]).items[0];
  if (!parsed) throw new Error('no item');
  return parsed;
}

function applyEdit(s: Scenario, e: Edit): Scenario {
  const items = [...s.items];
  const index = e.kind === 'settings' ? 0 : e.at;
  const at = items.length === 0 ? 0 : e.kind === 'insert' ? index % (items.length + 1) : index % items.length;
  switch (e.kind) {
    case 'replace':
      if (items.length > 0) items[at] = parsedItem(e.item);
      break;
    case 'insert':
      items.splice(at, 0, parsedItem(e.item));
      break;
    case 'delete':
      items.splice(at, 1);
      break;
    case 'move': {
      const [moved] = items.splice(at, 1);
      if (moved) items.splice(e.to % (items.length + 1), 0, moved);
      break;
    }
    case 'settings':
      return scenarioOf([], { region: e.region, settings: e.settings, items: s.items });
  }
  return { ...s, items };
}

describe('estimateIncremental', () => {
  it('gives the same result as estimate(), bit for bit, after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 0, maxLength: 14 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (initial, edits) => {
          let scenario = scenarioOf([], { items: [] });
          scenario = { ...scenario, items: initial.map(parsedItem) };
          let memo = estimateIncremental(scenario, prices);
          expect(exact(memo.result)).toBe(exact(estimate(scenario, prices)));
          for (const e of edits) {
            scenario = applyEdit(scenario, e);
            memo = estimateIncremental(scenario, prices, memo);
            expect(exact(memo.result)).toBe(exact(estimate(scenario, prices)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('re-prices only the edited line, and the lines after it that share its allowances', () => {
    const raw = [
      { service: 'data-transfer', internetOutGB: 80 },
      { service: 'ec2', instanceType: 'm5.large', count: 1 },
      { service: 'data-transfer', internetOutGB: 50 },
      { service: 'ebs', volumeType: 'gp2', sizeGB: 100 },
      { service: 'lambda', requestsPerMonth: 3_000_000, averageDurationMs: 120, memoryMB: 1536 },
    ];
    const first: Scenario = { ...scenarioOf([]), items: raw.map(parsedItem) };
    const memo = estimateIncremental(first, prices);
    expect(memo.repricedLines).toBe(5);
    expect(estimateIncremental(first, prices, memo).repricedLines).toBe(0);

    const items = [...first.items];
    items[1] = parsedItem({ service: 'ec2', instanceType: 'm5.large', count: 2 });
    expect(estimateIncremental({ ...first, items }, prices, memo).repricedLines).toBe(1);

    // 80 → 120 GB: the free 100 GB is used up here, so the second transfer line costs more; the EC2, EBS
    // and Lambda lines do not use the transfer allowance's state and are reused
    const more = [...first.items];
    more[0] = parsedItem({ service: 'data-transfer', internetOutGB: 120 });
    const after = estimateIncremental({ ...first, items: more }, prices, memo);
    expect(after.repricedLines).toBe(2);
    expect(after.result.lines[2]!.costs!.monthly.toString()).toBe('4.5'); // 50 GB × $0.09
    expect(memo.result.lines[2]!.costs!.monthly.toString()).toBe('2.7'); // (50 − 20 free) × $0.09
  });

  it('re-prices everything when the prices or the pricing settings change, not for VAT or currency', () => {
    const s: Scenario = {
      ...scenarioOf([]),
      items: [parsedItem({ service: 'ebs', volumeType: 'gp2', sizeGB: 100 })],
    };
    const memo = estimateIncremental(s, prices);
    expect(estimateIncremental(s, pricesFromSnapshot(bundledSnapshot()), memo).repricedLines).toBe(1);
    const vat = { ...s, settings: { ...s.settings, vat: true } };
    expect(estimateIncremental(vat, prices, memo).repricedLines).toBe(0);
    const hours = { ...s, settings: { ...s.settings, hoursPerMonth: 744 } };
    expect(estimateIncremental(hours, prices, memo).repricedLines).toBe(1);
  });
});
