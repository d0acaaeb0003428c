/** Test helpers: build a parsed scenario from items and price it with the fake prices. */
import { estimate } from '../estimate/estimate';
import type { Prices } from '../estimate/prices';
import type { EstimateResult, LineResult } from '../estimate/types';
import { scenarioSchema, type Scenario } from '../scenario/schema';
import { fakePrices } from './fake-prices';

/** items are validated by the schema at run time, so tests may pass plain objects */
type ItemInput = Record<string, unknown>;

export function scenarioOf(items: ItemInput[], extra: Record<string, unknown> = {}): Scenario {
  return scenarioSchema.parse({ schemaVersion: 1, name: 'test', region: 'us-east-1', items, ...extra });
}

export function run(
  items: ItemInput[],
  extra: Record<string, unknown> = {},
  prices: Prices = fakePrices(),
): EstimateResult {
  return estimate(scenarioOf(items, extra), prices);
}

export function priceOne(
  item: ItemInput,
  extra: Record<string, unknown> = {},
  prices: Prices = fakePrices(),
): LineResult {
  const line = run([item], extra, prices).lines[0];
  if (!line) throw new Error('no line');
  return line;
}

/** monthly USD rounded to cents, or "unpriced" */
export function monthlyCents(line: LineResult): string {
  return line.status === 'priced' ? line.costs.monthly.toFixed(2) : 'unpriced';
}
