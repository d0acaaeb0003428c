/**
 * The whole update on files in a temp folder: a successful install, then failures injected at each
 * step (rejected records, network error, partial download, disk full, refused rename). After every
 * failure the `current` pointer and the installed snapshots must be exactly as before.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../../engine/prices/load-snapshot';
import { onDemandHourly } from '../../../engine/prices/on-demand';
import { diffSnapshots } from '../../../engine/snapshot-diff';
import { RejectedRecordsError } from './issues';
import { directorySource, DownloadError, httpSource, UnsafeOfferPathError } from './offer-source';
import { OFFER_INDEX_PATH, runUpdate, type UpdateOptions } from './run-update';
import { InstallError, readSnapshotFiles, realFs, type StoreFs } from './snapshot-store';
import { writeSyntheticEc2Offer } from './synthetic-offer';

const REPO = resolve(__dirname, '../../..');
const BUNDLED = join(REPO, 'pricing-data');
const FIXTURES = resolve(REPO, 'tests/fixtures/aws-bulk-format');
const quiet = { write: () => undefined, now: () => 0 };

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let from: string;
beforeAll(async () => {
  from = tempDir('cloudsizer-offers-');
  copyFileSync(join(FIXTURES, 'index.json'), join(from, 'index.json'));
  writeFileSync(
    join(from, 'AmazonEC2_region_index.json'),
    JSON.stringify({
      regions: {
        'ap-northeast-2': {
          regionCode: 'ap-northeast-2',
          currentVersionUrl: '/offers/v1.0/aws/AmazonEC2/20260701/ap-northeast-2/index.json',
        },
        'eu-west-1': {
          regionCode: 'eu-west-1',
          currentVersionUrl: '/offers/v1.0/aws/AmazonEC2/current/eu-west-1/index.json',
        },
      },
    }),
  );
  await writeSyntheticEc2Offer(join(from, 'AmazonEC2_ap-northeast-2_index.json'), {
    types: ['m5.large', 't3.micro', 'c5.xlarge'],
    location: 'Asia Pacific (Seoul)',
    usagePrefix: 'APN2-',
    targetBytes: 200_000,
  });
  copyFileSync(join(FIXTURES, 'AmazonEC2_eu-west-1_index.csv'), join(from, 'AmazonEC2_eu-west-1_index.csv'));
});

function options(store: string, overrides: Partial<UpdateOptions> = {}): UpdateOptions {
  return {
    regions: ['ap-northeast-2'],
    services: ['ec2'],
    source: directorySource(from),
    store,
    bundledDir: BUNDLED,
    now: new Date('2026-11-22T01:02:03Z'),
    progress: quiet,
    ...overrides,
  };
}

const storeState = (store: string) =>
  readdirSync(store)
    .sort()
    .map((name) => (name === 'current' ? `current=${readFileSync(join(store, name), 'utf8').trim()}` : name));

describe('prices:update end to end', () => {
  it('installs a complete new snapshot, carries untouched tables over byte for byte, and switches current', async () => {
    const store = tempDir('cloudsizer-store-');
    const result = await runUpdate(options(store));
    expect(result.snapshotId).toBe('aws-update-20261122-010203');
    expect(storeState(store)).toEqual(['aws-update-20261122-010203', 'current=aws-update-20261122-010203']);

    const files = await readSnapshotFiles(result.dir);
    const after = loadSnapshot(files);
    const before = loadSnapshot(await readSnapshotFiles(BUNDLED));
    const seoul = after.onDemand.regions['ap-northeast-2'] ?? {};
    expect(Object.keys(seoul).sort()).toEqual(['c5.xlarge', 'm5.large', 't3.micro']);
    expect(seoul['m5.large']).toEqual({
      hourly: '0.005',
      source: 'aws-price-list-amazonec2-ap-northeast-2-20260701',
      confidence: 'high',
    });
    expect(after.sources.get('aws-price-list-amazonec2-ap-northeast-2-20260701')).toMatchObject({
      kind: 'aws-api',
      url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20260701/ap-northeast-2/index.json',
      date: '2026-07-01T00:00:00Z',
    });
    // Windows (licence included, shared): the file's synthetic rates, exact, replacing the region's rows
    expect(after.onDemandWindows.regions['ap-northeast-2']).toEqual({
      'c5.xlarge': {
        hourly: '0.0584',
        source: 'aws-price-list-amazonec2-ap-northeast-2-20260701',
        confidence: 'high',
      },
      'm5.large': {
        hourly: '0.051',
        source: 'aws-price-list-amazonec2-ap-northeast-2-20260701',
        confidence: 'high',
      },
      't3.micro': {
        hourly: '0.0547',
        source: 'aws-price-list-amazonec2-ap-northeast-2-20260701',
        confidence: 'high',
      },
    });
    expect(onDemandHourly(after, 'ap-northeast-2', 't3.micro', 'windows')).toMatchObject({ basis: 'exact' });
    expect(onDemandHourly(before, 'ap-northeast-2', 't3.micro', 'windows').status).toBe('unavailable');
    // 3 types × Linux/Windows × shared/dedicated × 12 RI variants
    expect(after.reserved.rates.filter((r) => r.region === 'ap-northeast-2')).toHaveLength(144);
    expect(after.onDemand.regions['us-east-1']).toEqual(before.onDemand.regions['us-east-1']);
    for (const name of [
      'ec2-catalogue.json',
      'ec2-spot-advisor.json',
      'ebs.json',
      's3.json',
      'lambda.json',
    ]) {
      expect(files[name]).toBe(readFileSync(join(BUNDLED, name), 'utf8'));
    }

    const diff = diffSnapshots(before, after, { regions: ['ap-northeast-2'], tables: ['ec2-ondemand'] });
    expect(diff.addedTypes).toEqual([]);
    expect(diff.removedTypes.length).toBe(
      Object.keys(before.onDemand.regions['ap-northeast-2'] ?? {}).length - 3,
    );
    const m5 = diff.changes.find((c) => c.item === 'm5.large');
    const old = before.onDemand.regions['ap-northeast-2']?.['m5.large']?.hourly ?? '';
    expect(m5?.before?.toString()).toBe(old);
    expect(m5?.amount?.toString()).toBe(new Decimal('0.005').minus(old).toString());
    expect(m5?.percent?.toString()).toBe(
      new Decimal('0.005').minus(old).times(100).dividedBy(old).toString(),
    );
  });

  it('removes the staging folder an interrupted (killed) update left behind', async () => {
    const store = tempDir('cloudsizer-store-');
    mkdirSync(join(store, '.staging-aws-update-20261121-235959'), { recursive: true });
    writeFileSync(join(store, '.staging-aws-update-20261121-235959', 'ebs.json'), '{"half": ');
    await runUpdate(options(store));
    expect(storeState(store)).toEqual(['aws-update-20261122-010203', 'current=aws-update-20261122-010203']);
  });

  it('refuses a file with rejected records and installs nothing', async () => {
    const store = tempDir('cloudsizer-store-');
    const run = runUpdate(options(store, { regions: ['eu-west-1'] }));
    await expect(run).rejects.toBeInstanceOf(RejectedRecordsError);
    await expect(run).rejects.toThrow(/15 records rejected; no snapshot was written/);
    expect(storeState(store)).toEqual([]);
  });

  it('keeps the current snapshot when the network fails or a download is cut short', async () => {
    const store = tempDir('cloudsizer-store-');
    await runUpdate(options(store));
    const state = storeState(store);
    const index = readFileSync(join(from, 'index.json'), 'utf8');

    const offline = httpSource('https://pricing.example', () =>
      Promise.reject(new TypeError('fetch failed')),
    );
    await expect(
      runUpdate(options(store, { source: offline, now: new Date('2026-11-23T00:00:00Z') })),
    ).rejects.toThrow(
      'network error while requesting https://pricing.example/offers/v1.0/aws/index.json: fetch failed',
    );

    const short = httpSource('https://pricing.example', (url) =>
      Promise.resolve(
        url.endsWith(OFFER_INDEX_PATH)
          ? new Response(index.slice(0, 100), { headers: { 'content-length': String(index.length) } })
          : new Response('{}'),
      ),
    );
    const partial = runUpdate(options(store, { source: short, now: new Date('2026-11-23T00:00:00Z') }));
    await expect(partial).rejects.toBeInstanceOf(DownloadError);
    await expect(partial).rejects.toThrow(`received 100 of ${index.length} bytes`);
    expect(storeState(store)).toEqual(state);
  });

  it('keeps the current snapshot when the disk fills up or the switch is refused', async () => {
    const store = tempDir('cloudsizer-store-');
    await runUpdate(options(store));
    const state = storeState(store);
    let writes = 0;
    const diskFull: StoreFs = {
      ...realFs,
      writeFile: async (path, text) => {
        if (++writes === 4) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return realFs.writeFile(path, text);
      },
    };
    const later = { now: new Date('2026-11-24T00:00:00Z') };
    await expect(runUpdate(options(store, { ...later, fs: diskFull }))).rejects.toThrow(
      /could not write [a-z0-9-]+\.json: the disk is full \(ENOSPC\)\. Nothing was switched/,
    );
    expect(storeState(store)).toEqual(state);

    const noSwitch: StoreFs = {
      ...realFs,
      rename: async (a, b) => {
        if (b.endsWith('current'))
          throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
        return realFs.rename(a, b);
      },
    };
    const refused = runUpdate(options(store, { ...later, fs: noSwitch }));
    await expect(refused).rejects.toBeInstanceOf(InstallError);
    await expect(refused).rejects.toThrow('could not switch the current pointer: permission denied (EPERM)');
    expect(readFileSync(join(store, 'current'), 'utf8').trim()).toBe(
      state.find((s) => s.startsWith('current='))?.slice(8),
    );
  });
});

describe('prices:update refuses index paths that leave the folder or the Price List host', () => {
  it('stops on a region index that points outside the chosen folder, naming that index and the path', async () => {
    const store = tempDir('cloudsizer-store-');
    const root = tempDir('cloudsizer-escape-');
    const chosen = join(root, 'chosen');
    mkdirSync(chosen);
    copyFileSync(join(from, 'index.json'), join(chosen, 'index.json'));
    // a valid EC2 offer sits next to the chosen folder: an escaping path would import it
    copyFileSync(join(from, 'AmazonEC2_ap-northeast-2_index.json'), join(root, 'index.json'));
    const escaping = '/offers/v1.0/aws/AmazonEC2/../../../../../index.json';
    writeFileSync(
      join(chosen, 'AmazonEC2_region_index.json'),
      JSON.stringify({
        regions: { 'ap-northeast-2': { regionCode: 'ap-northeast-2', currentVersionUrl: escaping } },
      }),
    );
    const run = runUpdate(options(store, { source: directorySource(chosen) }));
    await expect(run).rejects.toBeInstanceOf(UnsafeOfferPathError);
    await expect(run).rejects.toThrow(
      `${join(chosen, 'AmazonEC2_region_index.json')}: refused ${JSON.stringify(escaping)}: it contains a "." or ".." segment`,
    );
    expect(storeState(store)).toEqual([]);
  });

  it('stops on an offer index that names another host, before requesting it', async () => {
    const store = tempDir('cloudsizer-store-');
    const requested: string[] = [];
    const index = JSON.stringify({
      offers: {
        AmazonEC2: {
          offerCode: 'AmazonEC2',
          currentRegionIndexUrl: 'https://evil.example/region_index.json',
        },
      },
    });
    const source = httpSource('https://pricing.example', (url) => {
      requested.push(url);
      return Promise.resolve(new Response(url.endsWith(OFFER_INDEX_PATH) ? index : '{}'));
    });
    await expect(runUpdate(options(store, { source }))).rejects.toThrow(
      'https://pricing.example/offers/v1.0/aws/index.json: refused "https://evil.example/region_index.json": it points to https://evil.example, not the Price List host https://pricing.example; nothing was read from it',
    );
    expect(requested).toEqual(['https://pricing.example/offers/v1.0/aws/index.json']);
    expect(storeState(store)).toEqual([]);
  });
});
