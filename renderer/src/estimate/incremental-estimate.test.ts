import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../engine/estimate/estimate';
import { pricesFromSnapshot } from '../../../engine/estimate/prices-from-snapshot';
import type { LineItem, Scenario, Service } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { newLine, newLineId } from '../workspace/new-line';
import { createIncrementalEstimator } from './incremental-estimate';
import type { EstimateView } from './estimate-view';

const prices = pricesFromSnapshot(bundledSnapshot());

/** Every figure the builder shows, as exact strings, from the view and from the engine's estimate(). */
function figures(view: EstimateView) {
  return {
    totals: Object.fromEntries(Object.entries(view.totals).map(([k, v]) => [k, v.toFixed()])),
    lines: [...view.lines.values()].map((line) => ({
      id: line.id,
      status: line.status,
      monthly: line.costs?.monthly.toFixed() ?? null,
      upfront: line.costs?.upfront.toFixed() ?? null,
      trace: line.trace.length,
    })),
    unpriced: view.unpricedCount,
    vat: view.vat?.monthly.toFixed() ?? null,
    krw: view.krw?.totals.monthly.toFixed() ?? null,
  };
}

function engineFigures(scenario: Scenario) {
  const result = estimate(scenario, prices);
  return {
    totals: Object.fromEntries(Object.entries(result.totals).map(([k, v]) => [k, v.toFixed()])),
    lines: result.lines.map((line) => ({
      id: line.id,
      status: line.status,
      monthly: line.costs?.monthly.toFixed() ?? null,
      upfront: line.costs?.upfront.toFixed() ?? null,
      trace: line.trace.length,
    })),
    unpriced: result.unpricedLineIds.length,
    vat: result.vat?.monthly.toFixed() ?? null,
    krw: result.krw?.totals.monthly.toFixed() ?? null,
  };
}

type Edit =
  | { kind: 'add'; service: Service }
  | { kind: 'remove'; index: number }
  | { kind: 'scale'; index: number; factor: number }
  | { kind: 'freeTier'; on: boolean }
  | { kind: 'vat'; on: boolean };

function applyEdit(scenario: Scenario, edit: Edit): Scenario {
  const items = scenario.items;
  switch (edit.kind) {
    case 'add':
      return { ...scenario, items: [...items, newLine(edit.service, newLineId(items, edit.service))] };
    case 'remove':
      return items.length === 0
        ? scenario
        : { ...scenario, items: items.filter((_, i) => i !== edit.index % items.length) };
    case 'scale': {
      if (items.length === 0) return scenario;
      const index = edit.index % items.length;
      const item = items[index] as LineItem;
      const next = scaled(item, edit.factor);
      return { ...scenario, items: items.map((it, i) => (i === index ? next : it)) };
    }
    case 'freeTier':
      return { ...scenario, settings: { ...scenario.settings, freeTier: edit.on } };
    case 'vat':
      return { ...scenario, settings: { ...scenario.settings, vat: edit.on } };
  }
}

function scaled(item: LineItem, factor: number): LineItem {
  switch (item.service) {
    case 'ec2':
      return { ...item, count: Math.max(1, Math.round(item.count * factor)) };
    case 'ebs':
      return { ...item, sizeGB: Math.max(1, Math.round(item.sizeGB * factor)) };
    case 's3':
      return { ...item, storageGB: item.storageGB * factor };
    case 'data-transfer':
      return { ...item, internetOutGB: item.internetOutGB * factor };
    case 'lambda':
      return { ...item, requestsPerMonth: Math.round(item.requestsPerMonth * factor) };
  }
}

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    service: fc.constantFrom<Service>('ec2', 'ebs', 's3', 'data-transfer', 'lambda'),
  }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(50) }),
  fc.record({
    kind: fc.constant('scale' as const),
    index: fc.nat(50),
    factor: fc.constantFrom(0, 0.5, 2, 10, 1000),
  }),
  fc.record({ kind: fc.constant('freeTier' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('vat' as const), on: fc.boolean() }),
);

describe('incremental estimate', () => {
  it('matches estimate() on the default Seoul scenario', () => {
    const scenario = defaultScenario('ko');
    const view = createIncrementalEstimator(prices).run(scenario);
    expect(figures(view)).toEqual(engineFigures(scenario));
    expect(view.unpricedCount).toBe(0);
  });

  it('re-prices only the edited line and the allowance chain after it', () => {
    const estimator = createIncrementalEstimator(prices);
    const scenario = defaultScenario('en');
    estimator.run(scenario);
    expect(estimator.lastPriced).toBe(scenario.items.length);
    const first = scenario.items[0] as LineItem;
    const edited = { ...scenario, items: [scaled(first, 2), ...scenario.items.slice(1)] };
    estimator.run(edited);
    expect(estimator.lastPriced).toBe(1);
    estimator.run({ ...edited, settings: { ...edited.settings, vat: true } });
    expect(estimator.lastPriced).toBe(0);
  });

  it('equals estimate() after any sequence of edits (free tiers and tiers shared across lines)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
        const estimator = createIncrementalEstimator(prices);
        let scenario = defaultScenario('en');
        estimator.run(scenario);
        for (const edit of edits) {
          scenario = applyEdit(scenario, edit);
          expect(figures(estimator.run(scenario))).toEqual(engineFigures(scenario));
        }
      }),
      { numRuns: 60 },
    );
  });
});
