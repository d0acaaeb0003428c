/**
 * Golden CSV files (exact bytes: BOM, CRLF, quoting) for a fixed scenario set priced with the bundled
 * snapshot: the four examples and a KRW + VAT fixture, in Korean and English, plus comparison CSVs.
 * After an intended change: `UPDATE_GOLDEN=1 npx vitest run cli/commands/estimate.golden.test.ts`, then
 * review the diff of tests/golden/csv/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, pricesFromSnapshot, type EstimateResult, type Scenario } from '../../engine';
import { compareEstimates, comparisonCsv } from '../../engine/compare';
import { estimateCsv, type DisplayOptions } from '../../engine/csv';
import { readCsv } from '../../engine/csv/read-csv';
import { parseScenarioText } from '../../engine/scenario';
import { duplicateScenario, replaceScenario, workspaceOf } from '../../engine/workspace';
import { loadBundledSnapshot } from '../load-bundled-snapshot';

const root = join(import.meta.dirname, '../..');
const goldenDir = join(root, 'tests/golden/csv');
const update = process.env.UPDATE_GOLDEN === '1';
const prices = pricesFromSnapshot(loadBundledSnapshot());

const SCENARIOS = {
  'seoul-3tier-web': 'examples/seoul-3tier-web.cloudsizer.json',
  'spot-batch-fleet': 'examples/spot-batch-fleet.cloudsizer.json',
  's3-data-lake': 'examples/s3-data-lake.cloudsizer.json',
  'lambda-api': 'examples/lambda-api.cloudsizer.json',
  'krw-vat-us-east-1': 'tests/golden/csv/krw-vat-us-east-1.cloudsizer.json',
} as const;

function load(path: string): Scenario {
  const r = parseScenarioText(readFileSync(join(root, path), 'utf8'));
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.issues)}`);
  return r.scenario;
}
const priced = (s: Scenario) => ({ result: estimate(s, prices), groups: s.groups });

function golden(name: string, csv: string): void {
  const file = join(goldenDir, name);
  const bytes = Buffer.from(csv, 'utf8');
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`missing golden ${name}: run with UPDATE_GOLDEN=1 and review it`);
    writeFileSync(file, bytes);
  }
  expect(bytes.equals(readFileSync(file)), `${name} differs from its golden file`).toBe(true);
}

function checkShape(csv: string): void {
  expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows = readCsv(csv);
  expect(new Set(rows.map((r) => r.length)).size).toBe(1);
}

describe('golden estimate CSV', () => {
  for (const [name, path] of Object.entries(SCENARIOS))
    for (const lang of ['ko', 'en'] as const)
      it(`${name}.${lang}.csv`, () => {
        const csv = estimateCsv(priced(load(path)), { lang });
        checkShape(csv);
        golden(`${name}.${lang}.csv`, csv);
      });

  it('Korean UI with English headers for tools', () => {
    const options: DisplayOptions = { lang: 'ko', englishHeaders: true };
    golden(
      'krw-vat-us-east-1.ko-english-headers.csv',
      estimateCsv(priced(load(SCENARIOS['krw-vat-us-east-1'])), options),
    );
  });

  it('several scenarios in one estimate CSV, each with its totals rows', () => {
    const csv = estimateCsv(
      Object.values(SCENARIOS).map((p) => priced(load(p))),
      { lang: 'en' },
    );
    checkShape(csv);
    golden('all-scenarios.en.csv', csv);
    const totals = readCsv(csv).filter((r) => r[5] === 'Total');
    expect(totals.map((r) => r[0])).toEqual([
      'Seoul 3-tier web service',
      'Spot batch fleet',
      'S3 data lake',
      'Lambda API',
      'KRW + VAT, us-east-1',
    ]);
  });

  it('KRW + VAT fixture: worked examples to the cent, quoting and neutralising in the right cells', () => {
    const rows = readCsv(estimateCsv(priced(load(SCENARIOS['krw-vat-us-east-1'])), { lang: 'en' }));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const line = (id: string) => rows.find((r) => r[1] === id)!;
    expect(line('win')[col('monthly (USD)')]).toBe('274.48'); // m5.xlarge Windows $0.376 × 730
    expect(line('s3-worked-example')[col('monthly (USD)')]).toBe('1215.00'); // S3 User Guide
    expect(line('ri-app')[col('upfront (USD)')]).toBe('1898.00');
    expect(line('ri-app')[col('description')]).toBe('\'=HYPERLINK("http://example.invalid","click")');
    expect(line('dedicated')[col('flag')]).toBe('unpriced');
    expect(line('dedicated')[col('monthly (USD)')]).toBe('');
    expect(line('s3-worked-example')[col('group')]).toBe('Data, "storage"');
    expect(line('s3-worked-example')[col('tags')]).toBe('data +archive');
    const vat = rows.find((r) => r[5] === 'VAT (10%)')!;
    expect(vat[col('monthly (USD)')]).toBe('166.71'); // 10% of 1667.13 (unrounded sum)
    expect(vat[col('rate date')]).toBe('2026-07-20');
  });
});

describe('golden comparison CSV', () => {
  function variants(): EstimateResult[] {
    const base = load(SCENARIOS['seoul-3tier-web']);
    let ws = duplicateScenario(workspaceOf([base]), 's1', 'Seoul web, DB on a 3-yr RI');
    const variant = ws.entries[1]!.scenario;
    ws = replaceScenario(ws, ws.entries[1]!.id, {
      ...variant,
      items: variant.items.map((i) =>
        i.id === 'db-primary' && i.service === 'ec2'
          ? {
              ...i,
              purchase: {
                option: 'reserved',
                offeringClass: 'standard',
                term: '3yr',
                payment: 'all-upfront',
              },
            }
          : i,
      ),
    });
    return ws.entries.map((e) => estimate(e.scenario, prices));
  }

  for (const lang of ['ko', 'en'] as const)
    it(`seoul-variants.${lang}.csv`, () => {
      const csv = comparisonCsv(compareEstimates(variants()), { lang });
      checkShape(csv);
      golden(`compare-seoul-variants.${lang}.csv`, csv);
    });

  it('compare-examples.en.csv (four examples + KRW/VAT fixture)', () => {
    const c = compareEstimates(Object.values(SCENARIOS).map((p) => estimate(load(p), prices)));
    golden('compare-examples.en.csv', comparisonCsv(c, { lang: 'en' }));
  });
});
