import { osSchema, type OperatingSystem, type Region } from '../../pricing-data/schema';
import {
  catalogueRows,
  compareInstanceTypes,
  CATALOGUE_PRICE_BASES,
  type CataloguePriceBasis,
} from '../../engine/catalogue';
import { catalogueCsv } from '../../engine/csv';
import { isRegion } from '../../engine/prices';
import { bundledSnapshotFor } from '../load-bundled-snapshot';

export const summary =
  'instances --region <region> [--os linux|windows] [--basis on-demand|spot] [--match <regex>] [--priced] [--lang ko|en]: the catalogue with prices as CSV';

const USAGE =
  'usage: instances --region <region> [--os linux|windows] [--basis on-demand|spot] [--match <regex>] [--priced] [--lang ko|en]';

type InstancesArgs = {
  region: Region;
  os: OperatingSystem;
  basis: CataloguePriceBasis;
  match: RegExp | null;
  pricedOnly: boolean;
  lang: 'ko' | 'en';
};

function parseArgs(args: readonly string[]): InstancesArgs | string {
  let region: string | undefined;
  let os: OperatingSystem = 'linux';
  let basis: CataloguePriceBasis = 'on-demand';
  let match: RegExp | null = null;
  let pricedOnly = false;
  let lang: 'ko' | 'en' = 'en';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--priced') {
      pricedOnly = true;
      continue;
    }
    if (value === undefined) return `option "${arg ?? ''}" needs a value. ${USAGE}`;
    i += 1;
    if (arg === '--region') region = value;
    else if (arg === '--os') {
      const parsed = osSchema.safeParse(value);
      if (!parsed.success) return `unknown --os "${value}": use linux or windows`;
      os = parsed.data;
    } else if (arg === '--basis') {
      const found = CATALOGUE_PRICE_BASES.find((b) => b === value);
      if (!found) return `unknown --basis "${value}": use ${CATALOGUE_PRICE_BASES.join(' or ')}`;
      basis = found;
    } else if (arg === '--match') {
      try {
        match = new RegExp(value);
      } catch (error) {
        return `--match "${value}" is not a regular expression: ${error instanceof Error ? error.message : String(error)}`;
      }
    } else if (arg === '--lang') {
      if (value !== 'ko' && value !== 'en') return `unknown --lang "${value}": use ko or en`;
      lang = value;
    } else return `unknown option "${arg ?? ''}". ${USAGE}`;
  }
  if (!region) return `missing --region. ${USAGE}`;
  if (!isRegion(region)) return `unknown region "${region}"`;
  return { region, os, basis, match, pricedOnly, lang };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`instances: ${parsed}\n`);
    return 2;
  }
  const snap = bundledSnapshotFor('instances');
  if (!snap) return 1;
  const { region, os, basis, match, pricedOnly, lang } = parsed;
  const rows = catalogueRows(snap, { region, os, basis })
    .filter(
      (row) =>
        (match === null || match.test(row.spec.type)) && (!pricedOnly || row.price.status === 'priced'),
    )
    .sort((a, b) => compareInstanceTypes(a.spec, b.spec));
  const { snapshotId, snapshotDate } = snap.manifest;
  process.stdout.write(
    catalogueCsv(rows, { lang, region, os, basis, snapshot: `${snapshotId} (${snapshotDate})` }),
  );
  return 0;
}
