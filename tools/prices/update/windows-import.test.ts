/**
 * Windows on-demand rates from an AmazonEC2 offer: only licence-included, no pre-installed software, shared
 * tenancy rows are stored, into ec2-ondemand-windows, where the engine's lookup takes them before the adder
 * rule. The EC2 CSV fixture has no such row (its Windows rows are dedicated, BYOL or with SQL Server), so
 * this test reads a small synthetic JSON offer in the real layout.
 */
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, type PriceSnapshot } from '../../../engine/prices/load-snapshot';
import { onDemandHourly } from '../../../engine/prices/on-demand';
import { readCsvOffer } from './csv-offer-reader';
import type { Ec2Import } from './imported';
import { formatIssue, IssueLog } from './issues';
import { readJsonOffer } from './json-offer-reader';
import { Ec2OfferMapper } from './map-ec2';
import { mergeSnapshot, sourceIdFor, type ImportedFile } from './merge-snapshot';
import { readSnapshotFiles } from './snapshot-store';

const REPO = resolve(__dirname, '../../..');
const FIXTURES = join(REPO, 'tests/fixtures/aws-bulk-format');

type Variant = {
  sku: string;
  type: string;
  os: 'Linux' | 'Windows';
  tenancy: 'Shared' | 'Dedicated';
  license: 'No License required' | 'License Included' | 'Bring your own license';
  software: 'NA' | 'SQL Web';
  usd: string;
};

/** Synthetic figures, except m5.large: Linux 0.096 + 0.046 × 2 vCPU = 0.188 (brief §3, §4). */
const VARIANTS: Variant[] = [
  {
    sku: 'T3MICROWINLI0001',
    type: 't3.micro',
    os: 'Windows',
    tenancy: 'Shared',
    license: 'License Included',
    software: 'NA',
    usd: '0.0196000000',
  },
  {
    sku: 'T3MICROWINSQL002',
    type: 't3.micro',
    os: 'Windows',
    tenancy: 'Shared',
    license: 'License Included',
    software: 'SQL Web',
    usd: '0.0270000000',
  },
  {
    sku: 'T3MICROWINBYOL03',
    type: 't3.micro',
    os: 'Windows',
    tenancy: 'Shared',
    license: 'Bring your own license',
    software: 'NA',
    usd: '0.0104000000',
  },
  {
    sku: 'T3MICROLINUX0004',
    type: 't3.micro',
    os: 'Linux',
    tenancy: 'Shared',
    license: 'No License required',
    software: 'NA',
    usd: '0.0104000000',
  },
  {
    sku: 'M5LARGEWINLI0005',
    type: 'm5.large',
    os: 'Windows',
    tenancy: 'Shared',
    license: 'License Included',
    software: 'NA',
    usd: '0.1880000000',
  },
  {
    sku: 'M5LARGEWINDED006',
    type: 'm5.large',
    os: 'Windows',
    tenancy: 'Dedicated',
    license: 'License Included',
    software: 'NA',
    usd: '0.2070000000',
  },
  {
    sku: 'M5LARGELINUX0007',
    type: 'm5.large',
    os: 'Linux',
    tenancy: 'Shared',
    license: 'No License required',
    software: 'NA',
    usd: '0.0960000000',
  },
];

function offerJson(): string {
  const products = Object.fromEntries(
    VARIANTS.map((v) => [
      v.sku,
      {
        sku: v.sku,
        productFamily: 'Compute Instance',
        attributes: {
          location: 'US East (N. Virginia)',
          locationType: 'AWS Region',
          instanceType: v.type,
          tenancy: v.tenancy,
          operatingSystem: v.os,
          licenseModel: v.license,
          preInstalledSw: v.software,
          usagetype: `${v.tenancy === 'Shared' ? 'BoxUsage' : 'DedicatedUsage'}:${v.type}`,
          operation: v.os === 'Linux' ? 'RunInstances' : 'RunInstances:0002',
          capacitystatus: 'Used',
          marketoption: 'OnDemand',
        },
      },
    ]),
  );
  const onDemand = Object.fromEntries(
    VARIANTS.map((v) => {
      const code = `${v.sku}.JRTCKXETXF.6YS6EN2CT7`;
      const dollars = v.usd.replace(/0+$/, '');
      const dimension = {
        rateCode: code,
        description: `$${dollars} per On Demand ${v.os} ${v.type} Instance Hour`,
        beginRange: '0',
        endRange: 'Inf',
        unit: 'Hrs',
        pricePerUnit: { USD: v.usd },
        appliesTo: [],
      };
      const term = { offerTermCode: 'JRTCKXETXF', sku: v.sku, priceDimensions: { [code]: dimension } };
      return [v.sku, { [`${v.sku}.JRTCKXETXF`]: term }];
    }),
  );
  return JSON.stringify({
    offerCode: 'AmazonEC2',
    version: '20261101000000',
    publicationDate: '2026-11-01T00:00:00Z',
    products,
    terms: { OnDemand: onDemand },
  });
}

async function importOffer(): Promise<{ data: Ec2Import; issues: IssueLog }> {
  const text = offerJson();
  const issues = new IssueLog();
  const mapper = new Ec2OfferMapper('us-east-1', issues);
  await readJsonOffer(
    (async function* () {
      for (let i = 0; i < text.length; i += 257) yield text.slice(i, i + 257);
    })(),
    'AmazonEC2_us-east-1_windows.json',
    mapper,
    issues,
  );
  return { data: mapper.finish(), issues };
}

function fileFor(data: Ec2Import): ImportedFile {
  return {
    sourceId: sourceIdFor('AmazonEC2', 'us-east-1', data.publicationDate),
    offerCode: 'AmazonEC2',
    region: 'us-east-1',
    url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json',
    publicationDate: data.publicationDate,
    readFrom: 'AmazonEC2_us-east-1_windows.json',
  };
}

let bundledFiles: Record<string, string>;
let bundled: PriceSnapshot;
beforeAll(async () => {
  bundledFiles = await readSnapshotFiles(join(REPO, 'pricing-data'));
  bundled = loadSnapshot(bundledFiles);
});

describe('Ec2OfferMapper: Windows on-demand rows', () => {
  it('keeps licence-included, no-software, shared-tenancy Windows rates apart from Linux', async () => {
    const { data, issues } = await importOffer();
    expect(issues.kept.map(formatIssue)).toEqual([]);
    const prices = (rates: Ec2Import['onDemandWindows']) =>
      Object.fromEntries([...rates].map(([type, rate]) => [type, rate.price]));
    // SQL Web, BYOL and dedicated rows are not the Windows price we store
    expect(prices(data.onDemandWindows)).toEqual({ 't3.micro': '0.0196', 'm5.large': '0.188' });
    expect(prices(data.onDemandLinux)).toEqual({ 't3.micro': '0.0104', 'm5.large': '0.096' });
  });

  it('the EC2 CSV fixture has Windows rows, none of them licence-included shared without software', async () => {
    const file = 'AmazonEC2_eu-west-1_index.csv';
    const issues = new IssueLog();
    const mapper = new Ec2OfferMapper('eu-west-1', issues);
    const chunks = createReadStream(join(FIXTURES, file), { encoding: 'utf8' }) as AsyncIterable<string>;
    await readCsvOffer(chunks, file, mapper, issues);
    const result = mapper.finish();
    expect(result.onDemandWindows.size).toBe(0);
    expect(result.onDemandLinux.size).toBe(73);
  });
});

describe('after an import, a T-type Windows price is exact and the lookup uses it', () => {
  it('t3.micro Windows: unavailable in the bundled snapshot, exact after merging the offer', async () => {
    expect(onDemandHourly(bundled, 'us-east-1', 't3.micro', 'windows').status).toBe('unavailable');
    const { data } = await importOffer();
    const file = fileFor(data);
    const merged = mergeSnapshot(
      bundled,
      bundledFiles,
      { ec2: [{ data, file, withOnDemand: true, withEbs: false }], savingsPlans: [], services: [] },
      { snapshotId: 'aws-update-test', snapshotDate: '2026-11-22' },
    );
    expect(merged.report).toContain(
      'us-east-1 on-demand: 2 Linux and 2 Windows (licence included) types from AmazonEC2',
    );
    const after = loadSnapshot(merged.files);
    const t3 = onDemandHourly(after, 'us-east-1', 't3.micro', 'windows');
    expect(t3).toMatchObject({
      status: 'priced',
      basis: 'exact',
      sourceId: file.sourceId,
      asOf: '2026-11-01T00:00:00Z',
    });
    expect(t3.status === 'priced' && t3.hourly.toString()).toBe('0.0196');
    const m5 = onDemandHourly(after, 'us-east-1', 'm5.large', 'windows');
    expect(m5.status === 'priced' && [m5.hourly.toString(), m5.basis]).toEqual(['0.188', 'exact']);
    // other regions keep their rows; the manifest lists the new source and counts the table
    expect(after.onDemandWindows.regions['ap-northeast-2']).toEqual(
      bundled.onDemandWindows.regions['ap-northeast-2'],
    );
    const entry = after.manifest.tables.find((t) => t.name === 'ec2-ondemand-windows');
    expect(entry?.sources).toEqual(['aws-price-list-amazonec2-us-east-1-20261101', 'ec2instances-x2iedn']);
    expect(entry?.coverage['us-east-1']).toBe(2);
  });

  it('a current snapshot written before the Windows table gets one from the import, and keeps lacking it otherwise', async () => {
    const manifest = JSON.parse(bundledFiles['manifest.json'] ?? '{}') as { tables: { name: string }[] };
    manifest.tables = manifest.tables.filter((t) => t.name !== 'ec2-ondemand-windows');
    const olderFiles: Record<string, string> = { ...bundledFiles, 'manifest.json': JSON.stringify(manifest) };
    delete olderFiles['ec2-ondemand-windows.json'];
    const older = loadSnapshot(olderFiles);
    const { data } = await importOffer();
    const meta = { snapshotId: 'aws-update-test', snapshotDate: '2026-11-22' };

    const withEc2 = mergeSnapshot(
      older,
      olderFiles,
      {
        ec2: [{ data, file: fileFor(data), withOnDemand: true, withEbs: false }],
        savingsPlans: [],
        services: [],
      },
      meta,
    );
    const after = loadSnapshot(withEc2.files);
    expect(Object.keys(after.onDemandWindows.regions)).toEqual(['us-east-1']);
    expect(after.manifest.tables.map((t) => t.name)).toContain('ec2-ondemand-windows');

    const ebsOnly = mergeSnapshot(
      older,
      olderFiles,
      {
        ec2: [{ data, file: fileFor(data), withOnDemand: false, withEbs: true }],
        savingsPlans: [],
        services: [],
      },
      meta,
    );
    expect(ebsOnly.files['ec2-ondemand-windows.json']).toBeUndefined();
    expect(loadSnapshot(ebsOnly.files).onDemandWindows.regions).toEqual({});
  });
});
