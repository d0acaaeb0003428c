import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../engine/prices';
import { readSnapshotFiles } from '../../cli/load-bundled-snapshot';
import { buildSnapshot } from './build-snapshot';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rawDir = resolve(repoRoot, '../shared/pricing-raw');
const readRaw = (path: string) => readFileSync(resolve(rawDir, path), 'utf8');

// The raw sources live outside the repository; on a clone without them only the bundled tables are tested.
const hasRaw = existsSync(rawDir);

describe.skipIf(!hasRaw)('prices:build from ../shared/pricing-raw', () => {
  // describe bodies run even when skipped: build only when the sources exist.
  const first = hasRaw ? buildSnapshot(readRaw) : (undefined as unknown as ReturnType<typeof buildSnapshot>);

  it('is byte-for-byte reproducible', () => {
    const second = buildSnapshot(readRaw);
    expect(Object.keys(second.files)).toEqual(Object.keys(first.files));
    for (const [name, text] of Object.entries(first.files)) expect(second.files[name], name).toBe(text);
  });

  it('matches the committed tables in pricing-data/ (regenerate with npm run prices:build)', () => {
    const committed = readSnapshotFiles();
    expect(Object.keys(committed).sort()).toEqual(Object.keys(first.files).sort());
    for (const [name, text] of Object.entries(first.files)) expect(committed[name] === text, name).toBe(true);
  });

  it('loads through the validating loader', () => {
    expect(loadSnapshot(first.files).catalogue.types).toHaveLength(1363);
  });

  it('copies every us-east-1 price with the digits printed in the source text', () => {
    const rawText = readRaw('ec2-ondemand/ondemand_linux_us-east-1.json');
    const table = JSON.parse(first.files['ec2-ondemand-linux.json'] ?? '{}') as {
      regions: Record<string, Record<string, { hourly: string }>>;
    };
    const rates = Object.entries(table.regions['us-east-1'] ?? {});
    expect(rates).toHaveLength(1345);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [type, rate] of rates) {
      expect(rawText, type).toMatch(new RegExp(`"${escape(type)}": ${escape(rate.hourly)}[,\\s]`));
    }
  });

  it('stores the exact Windows rates of the x2iedn.32xlarge card (mswin on-demand) and nothing else', () => {
    const card = JSON.parse(readRaw('rate-cards/x2iedn.32xlarge_all_regions.json')) as {
      pricing: Record<string, { mswin: { ondemand: string } }>;
    };
    const table = JSON.parse(first.files['ec2-ondemand-windows.json'] ?? '{}') as {
      regions: Record<string, Record<string, { hourly: string; source: string }>>;
    };
    const stored = Object.entries(table.regions).map(([region, rates]) => [region, rates]);
    const expected = Object.entries(card.pricing).map(([region, prices]) => [
      region,
      {
        'x2iedn.32xlarge': {
          hourly: prices.mswin.ondemand,
          source: 'ec2instances-x2iedn',
          confidence: 'high',
        },
      },
    ]);
    expect(stored).toHaveLength(25);
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected));
  });

  it('reports what it leaves out instead of dropping it silently', () => {
    const text = first.report.join('\n');
    expect(text).toMatch(/left out 22 priced types not in the catalogue .*cr1\.8xlarge/);
    expect(text).toMatch(/11 differ from the AWS us-east-1 table/);
    expect(text).toMatch(/negative savings .*p5\.48xlarge/);
    expect(text).toMatch(/mswin − linux = 0\.046 × 128 vCPU in 25 of 25 regions/);
  });
});
