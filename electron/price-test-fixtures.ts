/**
 * Test helpers (not shipped): a folder of Price List files like the one a user downloads (offer index,
 * AmazonEC2 region index, a synthetic Seoul offer file, the real eu-west-1 CSV fixture with its invalid
 * rows), and installed copies of the bundled snapshot in a store folder.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSyntheticEc2Offer } from '../tools/prices/update/synthetic-offer';

export const REPO = path.resolve(__dirname, '..');
export const BUNDLED_DIR = path.join(REPO, 'pricing-data');
export const BUNDLED_ID = (
  JSON.parse(readFileSync(path.join(BUNDLED_DIR, 'manifest.json'), 'utf8')) as { snapshotId: string }
).snapshotId;
export const FIXTURES = path.resolve(REPO, 'tests/fixtures/aws-bulk-format');
export const SEOUL_EC2_PATH = '/offers/v1.0/aws/AmazonEC2/20260701/ap-northeast-2/index.json';

/** Writes the offer folder; returns how many products and bytes the Seoul EC2 file has. */
export async function writeOfferFolder(dir: string): Promise<{ products: number; bytes: number }> {
  copyFileSync(path.join(FIXTURES, 'index.json'), path.join(dir, 'index.json'));
  writeFileSync(
    path.join(dir, 'AmazonEC2_region_index.json'),
    JSON.stringify({
      regions: {
        'ap-northeast-2': { regionCode: 'ap-northeast-2', currentVersionUrl: SEOUL_EC2_PATH },
        'eu-west-1': {
          regionCode: 'eu-west-1',
          currentVersionUrl: '/offers/v1.0/aws/AmazonEC2/current/eu-west-1/index.json',
        },
      },
    }),
  );
  copyFileSync(
    path.join(FIXTURES, 'AmazonEC2_eu-west-1_index.csv'),
    path.join(dir, 'AmazonEC2_eu-west-1_index.csv'),
  );
  return writeSyntheticEc2Offer(path.join(dir, 'AmazonEC2_ap-northeast-2_index.json'), {
    types: ['m5.large', 't3.micro', 'c5.xlarge'],
    location: 'Asia Pacific (Seoul)',
    usagePrefix: 'APN2-',
    targetBytes: 200_000,
  });
}

/**
 * Copies the bundled snapshot into `<store>/<id>/` under a new id and date (the manifest is not hashed,
 * so it stays valid); `edit` may then change a table's text to corrupt it.
 */
export function installCopy(
  store: string,
  id: string,
  date: string,
  edit?: (name: string, text: string) => string,
): string {
  const dir = path.join(store, id);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(BUNDLED_DIR).filter((n) => n.endsWith('.json'))) {
    let text = readFileSync(path.join(BUNDLED_DIR, name), 'utf8');
    if (name === 'manifest.json') {
      const manifest = JSON.parse(text) as Record<string, unknown>;
      text = JSON.stringify({ ...manifest, snapshotId: id, snapshotDate: date }, null, 1);
    }
    writeFileSync(path.join(dir, name), edit ? edit(name, text) : text);
  }
  return dir;
}

/** Folder names of the store and what `current` says, to compare before and after a failure. */
export function storeState(store: string): string[] {
  return readdirSync(store)
    .sort()
    .map((name) =>
      name === 'current' ? `current=${readFileSync(path.join(store, name), 'utf8').trim()}` : name,
    );
}
