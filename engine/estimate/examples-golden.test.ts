/**
 * Pins the four example scenarios against the bundled snapshot: exact totals here, and the whole result
 * (every line, cost, trace operand, source and cash-flow month, plus the traces as text in both
 * languages) in a golden file. Performance work must leave both bit-identical.
 * After an intended change of results: `npx vitest run engine/estimate/examples-golden.test.ts -u`.
 * The golden files are .txt so that formatters leave them byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { bundledSnapshot } from '../prices/testing/bundled-files';
import { parseScenarioText } from '../scenario/parse';
import { formatMessage, formatTrace } from '../trace/format';
import { estimate } from './estimate';
import { pricesFromSnapshot } from './prices-from-snapshot';
import type { EstimateResult } from './types';

const examples = import.meta.glob<string>('../../examples/*.cloudsizer.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function estimateExample(name: string): EstimateResult {
  const text = examples[`../../examples/${name}.cloudsizer.json`];
  if (text === undefined) throw new Error(`no example ${name}`);
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return estimate(parsed.scenario, pricesFromSnapshot(bundledSnapshot()));
}

/** Decimals serialise as their exact value (decimal.js toJSON), so this is the result bit for bit. */
function golden(result: EstimateResult): unknown {
  return {
    result: JSON.parse(JSON.stringify(result)) as unknown,
    text: result.lines.map((line) => ({
      id: line.id,
      trace: line.trace.map((step) => [formatTrace(step, 'en'), formatTrace(step, 'ko')]),
      warnings: line.warnings.map((w) => [formatMessage(w, 'en'), formatMessage(w, 'ko')]),
    })),
  };
}

const EXACT_TOTALS: Record<string, [monthly: string, upfront: string, first12: string, months36: string]> = {
  'lambda-api': ['44.12336275', '0', '529.480353', '1588.441059'],
  's3-data-lake': ['5188.27227294921875', '0', '62259.267275390625', '186777.801826171875'],
  'seoul-3tier-web': ['1069.974768', '0', '12839.697216', '38519.091648'],
  'spot-batch-fleet': ['960.38476190476190475', '0', '11524.617142857142857', '34573.851428571428571'],
};

describe('the four examples, bit for bit', () => {
  for (const [name, [monthly, upfront, first12, months36]] of Object.entries(EXACT_TOTALS)) {
    it(`${name}: exact totals and the golden result`, async () => {
      const result = estimateExample(name);
      expect(result.complete).toBe(true);
      expect(result.totals.monthly.toString()).toBe(monthly);
      expect(result.totals.upfront.toString()).toBe(upfront);
      expect(result.totals.first12Months.toString()).toBe(first12);
      expect(result.totals.months36.toString()).toBe(months36);
      await expect(JSON.stringify(golden(result), null, 1)).toMatchFileSnapshot(`./__golden__/${name}.txt`);
    });
  }
});
