import type { OnDemandRate } from '../../pricing-data/schema';
import { priceSchema } from '../../pricing-data/schema';
import { parseCsv } from './csv';
import { RawSourceError } from './raw-source-error';
import { SOURCE_ID } from './sources';

export const US_EAST_1_FILE = 'ec2-ondemand/ondemand_linux_us-east-1.json';
export const SEOUL_ROWS_FILE = 'ec2-ondemand/seoul_and_us-east-1_rows.csv';

/**
 * us-east-1 Linux on-demand prices with the exact digits of the source text. The file stores prices as
 * JSON numbers, so they are read from the text (JSON.parse → toString could change digits) and only
 * compared with the parsed numbers as a check.
 */
export function parseUsEast1OnDemand(text: string): Map<string, string> {
  const parsed = JSON.parse(text) as {
    prices?: Record<string, unknown>;
    region?: unknown;
    operatingSystem?: unknown;
  };
  if (parsed.region !== 'us-east-1' || parsed.operatingSystem !== 'Linux' || !parsed.prices) {
    throw new RawSourceError(
      US_EAST_1_FILE,
      '(root)',
      'expected region us-east-1, operatingSystem Linux and a prices object',
    );
  }
  const block = /"prices"\s*:\s*\{([^{}]*)\}/.exec(text)?.[1];
  if (block === undefined)
    throw new RawSourceError(US_EAST_1_FILE, 'prices', 'cannot find the prices object in the text');
  const out = new Map<string, string>();
  for (const match of block.matchAll(/"([^"]+)"\s*:\s*([^,\s]+)/g)) {
    const [, type = '', digits = ''] = match;
    if (!priceSchema.safeParse(digits).success) {
      throw new RawSourceError(US_EAST_1_FILE, `prices.${type}`, `"${digits}" is not a plain decimal price`);
    }
    if (Number(digits) !== parsed.prices[type]) {
      throw new RawSourceError(
        US_EAST_1_FILE,
        `prices.${type}`,
        `text "${digits}" disagrees with the parsed JSON`,
      );
    }
    if (out.has(type)) throw new RawSourceError(US_EAST_1_FILE, `prices.${type}`, 'duplicate key');
    out.set(type, digits);
  }
  if (out.size !== Object.keys(parsed.prices).length) {
    throw new RawSourceError(
      US_EAST_1_FILE,
      'prices',
      `read ${out.size} prices from the text but JSON has ${Object.keys(parsed.prices).length}`,
    );
  }
  return out;
}

export type SeoulRowsResult = {
  seoul: Map<string, OnDemandRate>;
  /** the file's us-east-1 rows, for the cross-check against the AWS us-east-1 table */
  usEast1: Map<string, { price: string; zone: string }>;
};

const METAL_NOTE =
  'metal size: the transcribed catalogue prices metal like the largest size (11 us-east-1 metal rows differ from the AWS table), so this Seoul price may be wrong';

/** Seoul on-demand Linux from the transcribed multi-region catalogue (first ap-northeast-2 row per type). */
export function parseSeoulRows(text: string): SeoulRowsResult {
  const rows = parseCsv(SEOUL_ROWS_FILE, text, ['InstanceType', 'Price', 'Region', 'AvailabilityZone']);
  const seoul = new Map<string, OnDemandRate>();
  const usEast1 = new Map<string, { price: string; zone: string }>();
  for (const row of rows) {
    const where = `line ${row.line} (${row.InstanceType} ${row.Region})`;
    if (!priceSchema.safeParse(row.Price).success) {
      throw new RawSourceError(SEOUL_ROWS_FILE, where, `Price "${row.Price}" is not a plain decimal price`);
    }
    if (row.Region === 'us-east-1') {
      if (!usEast1.has(row.InstanceType))
        usEast1.set(row.InstanceType, { price: row.Price, zone: row.AvailabilityZone });
      continue;
    }
    if (row.Region !== 'ap-northeast-2') {
      throw new RawSourceError(SEOUL_ROWS_FILE, where, `unexpected region "${row.Region}"`);
    }
    if (seoul.has(row.InstanceType))
      throw new RawSourceError(SEOUL_ROWS_FILE, where, 'second ap-northeast-2 row for this type');
    const metal = row.InstanceType.split('.')[1]?.startsWith('metal') ?? false;
    seoul.set(row.InstanceType, {
      hourly: row.Price,
      source: SOURCE_ID.seoulRows,
      confidence: metal ? 'low' : 'high',
      ...(metal ? { note: METAL_NOTE } : {}),
    });
  }
  return { seoul, usEast1 };
}
