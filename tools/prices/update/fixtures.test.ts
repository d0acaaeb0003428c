/**
 * Importer tests on every Price List fixture in tests/fixtures/aws-bulk-format (a copy of the workplace fixtures; see its README).
 * The EC2 and S3 CSVs carry hand-edited invalid rows: each must be rejected with value, column, line, file.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvOffer } from './csv-offer-reader';
import { formatIssue, IssueLog } from './issues';
import { readJsonOffer } from './json-offer-reader';
import { Ec2OfferMapper } from './map-ec2';
import { s3Mapper } from './map-s3';
import { SavingsPlansMapper } from './map-savings-plans';
import { parseOfferIndex, parseRegionIndex, regionIndexUrl } from './offer-index';
import { readSavingsPlanOffer } from './savings-plan-reader';

const FIXTURES = resolve(__dirname, '../../../tests/fixtures/aws-bulk-format');
const chunks = (name: string, size = 997) =>
  createReadStream(resolve(FIXTURES, name), {
    encoding: 'utf8',
    highWaterMark: size,
  }) as AsyncIterable<string>;

describe('AmazonEC2_eu-west-1_index.csv (2017 CSV with hand-edited invalid rows)', async () => {
  const file = 'AmazonEC2_eu-west-1_index.csv';
  const issues = new IssueLog();
  const mapper = new Ec2OfferMapper('eu-west-1', issues);
  const stats = await readCsvOffer(chunks(file), file, mapper, issues);
  const result = mapper.finish();
  const messages = issues.kept.map(formatIssue);

  it('rejects every invalid row with file, line, column and value', () => {
    expect(messages).toEqual([
      'AmazonEC2_eu-west-1_index.csv line 7, value "INVALID ": row has 1 field but the header has 83; at least 16 are needed',
      'AmazonEC2_eu-west-1_index.csv line 8, column "Location", value "AWS Region": unknown location (not an AWS region name)',
      'AmazonEC2_eu-west-1_index.csv line 9, column "Location", value "AWS Region": unknown location (not an AWS region name)',
      'AmazonEC2_eu-west-1_index.csv line 9, column "Operating System", value "NA": unknown operating system',
      'AmazonEC2_eu-west-1_index.csv line 10, column "CapacityStatus", value "N/A": unknown capacity status',
      'AmazonEC2_eu-west-1_index.csv line 11, column "Location Type", value "Outpost": unknown location type',
      'AmazonEC2_eu-west-1_index.csv line 11, column "CapacityStatus", value "N/A": unknown capacity status',
      'AmazonEC2_eu-west-1_index.csv line 12, column "LeaseContractLength", value "3 yr": unknown lease length',
      'AmazonEC2_eu-west-1_index.csv line 17, column "PurchaseOption", value "AllUpfront": unknown purchase option',
      'AmazonEC2_eu-west-1_index.csv line 29, column "Pre Installed S/W", value "SQL Server Enterprise": unknown pre-installed software',
      'AmazonEC2_eu-west-1_index.csv line 95, column "RateCode", value "BASELINE_40_____.JRTCKXETXF.6YS6EN2CT7": rate code does not belong to SKU CLOSE_BASELINE__ and term JRTCKXETXF',
      'AmazonEC2_eu-west-1_index.csv line 95, column "PricePerUnit", value "9.4040000000": price differs from the amount in its description "$0.404 per On Demand Linux t9.2xlarge Instance Hour"',
      'AmazonEC2_eu-west-1_index.csv line 96, column "Instance Type", value "t9.0xlarge": not an EC2 instance type name',
      'AmazonEC2_eu-west-1_index.csv line 113, column "Volume API Name", value "UNKNWON": unknown EBS volume type',
      'AmazonEC2_eu-west-1_index.csv line 16: Reserved term c1.medium linux shared 3yr standard all-upfront has no upfront (Quantity) price',
    ]);
  });

  it('maps the valid rows: Linux shared on-demand, RI upfront + hourly, EBS with gp3 throughput per MiB/s', () => {
    expect(stats.products).toBe(105);
    expect(result.onDemandLinux.size).toBe(73);
    expect(result.onDemandLinux.get('m4.large')?.price).toBe('0.111');
    expect(result.onDemandLinux.get('t2.nano')?.price).toBe('0.0063');
    expect(result.onDemandLinux.get('m1.small')?.price).toBe('0.047'); // usage type "EU-BoxUsage" without a type suffix
    expect(result.onDemandLinux.has('c1.medium')).toBe(false); // both of its on-demand rows are rejected
    expect(result.reserved.map((r) => [r.type, r.tenancy, r.payment, r.upfront, r.hourly])).toEqual([
      ['c1.medium', 'dedicated', 'all-upfront', '1848', '0'],
      ['c1.xlarge', 'shared', 'all-upfront', '6720', '0'],
    ]);
    expect(Object.fromEntries([...result.ebs].map(([k, v]) => [k, v.price]))).toEqual({
      'gp2.storage': '0.11',
      'gp3.storage': '0.088',
      'gp3.iops': '0.0055',
      'gp3.throughput': '0.044', // 45.056 per GiBps-mo ÷ 1024, as its description states
      'snapshot.standard': '0.05',
      'sc1.storage': '0.0168',
      'st1.storage': '0.05',
    });
  });
});

describe('AmazonS3_index.csv (eu-west-1, 2018)', async () => {
  const file = 'AmazonS3_index.csv';
  const issues = new IssueLog();
  const mapper = s3Mapper('eu-west-1', issues);
  await readCsvOffer(chunks(file), file, mapper, issues);
  const result = mapper.finish();

  it('rejects the invalid volume type and location', () => {
    expect(issues.kept.map(formatIssue)).toEqual([
      'AmazonS3_index.csv line 56, column "Volume Type", value "INVALID - NAME": unknown S3 storage class (volume type)',
      'AmazonS3_index.csv line 57, column "Location", value "UNKNOWN": unknown location (not an AWS region name)',
    ]);
  });

  it('maps the tiered Standard storage, IA classes, Glacier and requests per 1000', () => {
    expect(result.publicationDate).toBe('2018-04-04T16:53:11Z');
    expect(Object.fromEntries([...result.items].map(([k, v]) => [k, v.price]))).toEqual({
      'standard-ia.storage': '0.0125',
      'requests.get': '0.0004',
      'standard.storage.tier1': '0.023',
      'standard.storage.tier2': '0.022',
      'standard.storage.tier3': '0.021',
      'glacier.storage': '0.004',
      'standard-ia.retrieval': '0.01',
      'onezone-ia.storage': '0.01',
      'requests.put': '0.005',
    });
  });
});

describe('pricing-api_GetProducts_m5.large_us-east-1.json (one product with all 12 RI terms)', async () => {
  const raw = JSON.parse(
    readFileSync(resolve(FIXTURES, 'pricing-api_GetProducts_m5.large_us-east-1.json'), 'utf8'),
  ) as {
    product: { sku: string };
    terms: unknown;
    publicationDate: string;
  };
  const offer = JSON.stringify({
    offerCode: 'AmazonEC2',
    publicationDate: raw.publicationDate,
    products: { [raw.product.sku]: raw.product },
    terms: Object.fromEntries(
      Object.entries(raw.terms as Record<string, unknown>).map(([k, v]) => [k, { [raw.product.sku]: v }]),
    ),
  });
  const issues = new IssueLog();
  const mapper = new Ec2OfferMapper('us-east-1', issues);
  await readJsonOffer(
    (async function* () {
      for (let i = 0; i < offer.length; i += 311) yield offer.slice(i, i + 311);
    })(),
    'm5.large.json',
    mapper,
    issues,
  );
  const result = mapper.finish();

  it('reads the on-demand rate and every term shape: no upfront (Hrs), partial (Quantity + Hrs), all upfront (Quantity + 0/h)', () => {
    expect(issues.count).toBe(0);
    expect(result.onDemandLinux.get('m5.large')?.price).toBe('0.096');
    const card = result.reserved
      .map((r) => `${r.term} ${r.offeringClass} ${r.payment}: ${r.upfront} + ${r.hourly}/h`)
      .sort();
    expect(card).toHaveLength(12);
    expect(card).toContain('1yr standard no-upfront: 0 + 0.06/h');
    expect(card).toContain('1yr convertible partial-upfront: 294 + 0.034/h');
  });
});

describe('Savings Plans and index fixtures', () => {
  it('resolves the offer index and both region-index shapes', () => {
    const index = parseOfferIndex(readFileSync(resolve(FIXTURES, 'index.json'), 'utf8'), 'index.json');
    expect(regionIndexUrl(index, 'AmazonEC2', 'index.json')).toBe(
      '/offers/v1.0/aws/AmazonEC2/current/region_index.json',
    );
    expect(regionIndexUrl(index, 'AWSComputeSavingsPlan', 'index.json')).toBe(
      '/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json',
    );
    const ec2 = parseRegionIndex(
      readFileSync(resolve(FIXTURES, 'AmazonEC2_region_index.json'), 'utf8'),
      'ec2',
    );
    expect(ec2.urls.get('eu-west-1')).toBe('/offers/v1.0/aws/AmazonEC2/current/eu-west-1/index.json');
    const sp = parseRegionIndex(
      readFileSync(resolve(FIXTURES, 'AWSComputeSavingsPlan_region_index.json'), 'utf8'),
      'sp',
    );
    expect(sp.urls.get('eu-west-1')).toBe(
      '/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/eu-west-1/index.json',
    );
    expect(() => parseRegionIndex('{"regions": 3}', 'bad.json')).toThrow('bad.json: not an AWS region index');
  });

  it('maps Savings Plans rates by usage type, resolving the OS through the EC2 SKU when the operation is missing', async () => {
    const file = 'AWSComputeSavingsPlan_eu-west-1_index.json';
    const issues = new IssueLog();
    const skus = new Map([
      ['HB5V2X8TXQUTDZBV', { type: 'c1.medium', os: 'linux' as const, tenancy: 'shared' as const }],
    ]);
    const mapper = new SavingsPlansMapper('eu-west-1', issues, skus);
    const stats = await readSavingsPlanOffer(chunks(file, 101), file, mapper, issues);
    expect(issues.count).toBe(0);
    expect(stats).toEqual({ products: 3, prices: 15 });
    // the EC2 Instance plan's rates are dedicated / unused-reservation usage: not in our table
    expect(mapper.finish().rates.map((r) => [r.type, r.os, r.planType, r.term, r.payment, r.hourly])).toEqual(
      [['c1.medium', 'linux', 'compute', '1yr', 'all-upfront', '0.098']],
    );
  });

  it('skips EC2 rates whose OS nothing tells, and counts them', async () => {
    const file = 'AWSComputeSavingsPlan_eu-west-1_index.json';
    const issues = new IssueLog();
    const mapper = new SavingsPlansMapper('eu-west-1', issues);
    await readSavingsPlanOffer(chunks(file), file, mapper, issues);
    expect(mapper.finish().rates).toEqual([]);
    expect(mapper.unresolved).toBe(1);
  });
});
