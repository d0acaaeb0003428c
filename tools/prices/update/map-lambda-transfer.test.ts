/**
 * Lambda and data-transfer mapping on JSON offers in the AWSLambda / AWSDataTransfer layout (no real
 * samples of these two are among the shared fixtures; attribute values as in the public bulk files).
 */
import { describe, expect, it } from 'vitest';
import { IssueLog } from './issues';
import { readJsonOffer } from './json-offer-reader';
import { lambdaMapper } from './map-lambda';
import { TransferMapper } from './map-transfer';

type Dim = { unit: string; usd: string; begin?: string; end?: string };

function offer(products: Record<string, Record<string, string>>, prices: Record<string, Dim[]>): string {
  const onDemand: Record<string, unknown> = {};
  for (const [sku, dims] of Object.entries(prices)) {
    const priceDimensions = Object.fromEntries(
      dims.map((d, i) => {
        const rateCode = `${sku}.JRTCKXETXF.R${i}`;
        return [
          rateCode,
          {
            rateCode,
            unit: d.unit,
            description: '',
            beginRange: d.begin ?? '0',
            endRange: d.end ?? 'Inf',
            pricePerUnit: { USD: d.usd },
          },
        ];
      }),
    );
    onDemand[sku] = {
      [`${sku}.JRTCKXETXF`]: { sku, offerTermCode: 'JRTCKXETXF', priceDimensions, termAttributes: {} },
    };
  }
  const productRecords = Object.fromEntries(
    Object.entries(products).map(([sku, attributes]) => [
      sku,
      { sku, productFamily: attributes.family ?? '', attributes },
    ]),
  );
  return JSON.stringify({
    offerCode: 'X',
    publicationDate: '2026-10-01T00:00:00Z',
    products: productRecords,
    terms: { OnDemand: onDemand },
  });
}

async function* once(text: string) {
  yield text;
}

describe('AWSLambda', () => {
  it('takes the first duration tier per architecture and converts requests to per 1M', async () => {
    const seoul = { location: 'Asia Pacific (Seoul)', locationType: 'AWS Region' };
    const text = offer(
      {
        D: { ...seoul, group: 'AWS-Lambda-Duration', usagetype: 'APN2-Lambda-GB-Second' },
        A: { ...seoul, group: 'AWS-Lambda-Duration-ARM', usagetype: 'APN2-Lambda-GB-Second-ARM' },
        R: { ...seoul, group: 'AWS-Lambda-Requests', usagetype: 'APN2-Request' },
        E: { ...seoul, group: 'AWS-Lambda-Edge-Duration' },
      },
      {
        D: [
          { unit: 'Lambda-GB-Second', usd: '0.0000166667', end: '6000000000' },
          { unit: 'Lambda-GB-Second', usd: '0.0000150000', begin: '6000000000', end: '15000000000' },
        ],
        A: [{ unit: 'Lambda-GB-Second', usd: '0.0000133334', end: '7500000000' }],
        R: [{ unit: 'Requests', usd: '0.0000002000' }],
        E: [{ unit: 'Lambda-GB-Second', usd: '0.00005001' }],
      },
    );
    const issues = new IssueLog();
    const mapper = lambdaMapper('ap-northeast-2', issues);
    await readJsonOffer(once(text), 'lambda.json', mapper, issues);
    expect(issues.format()).toBe('');
    expect(Object.fromEntries([...mapper.finish().items].map(([k, v]) => [k, v.price]))).toEqual({
      'duration.x86_64': '0.0000166667',
      'duration.arm64': '0.0000133334',
      requests: '0.2',
    });
  });
});

describe('AWSDataTransfer', () => {
  const from = { fromLocation: 'Asia Pacific (Seoul)', fromRegionCode: 'ap-northeast-2' };
  const products = {
    OUT: {
      ...from,
      toLocation: 'External',
      transferType: 'AWS Outbound',
      usagetype: 'APN2-DataTransfer-Out-Bytes',
    },
    AZ: {
      ...from,
      toLocation: 'Asia Pacific (Seoul)',
      toRegionCode: 'ap-northeast-2',
      transferType: 'IntraRegion',
      usagetype: 'APN2-DataTransfer-Regional-Bytes',
    },
    TOKYO: {
      ...from,
      toLocation: 'Asia Pacific (Tokyo)',
      toRegionCode: 'ap-northeast-1',
      transferType: 'InterRegion Outbound',
      usagetype: 'APN2-APN1-AWS-Out-Bytes',
    },
    USE1: {
      ...from,
      toLocation: 'US East (N. Virginia)',
      toRegionCode: 'us-east-1',
      transferType: 'InterRegion Outbound',
      usagetype: 'APN2-USE1-AWS-Out-Bytes',
    },
  };
  const tiers: Dim[] = [
    { unit: 'GB', usd: '0.126', end: '10240' },
    { unit: 'GB', usd: '0.122', begin: '10240', end: '51200' },
    { unit: 'GB', usd: '0.117', begin: '51200', end: '153600' },
    { unit: 'GB', usd: '0.108', begin: '153600' },
  ];

  it('maps the internet-out tiers, inter-AZ, and one inter-region rate when all destinations agree', async () => {
    const text = offer(products, {
      OUT: tiers,
      AZ: [{ unit: 'GB', usd: '0.01' }],
      TOKYO: [{ unit: 'GB', usd: '0.08' }],
      USE1: [{ unit: 'GB', usd: '0.08' }],
    });
    const issues = new IssueLog();
    const mapper = new TransferMapper('ap-northeast-2', issues);
    await readJsonOffer(once(text), 'transfer.json', mapper, issues);
    expect(issues.format()).toBe('');
    expect(Object.fromEntries([...mapper.finish().items].map(([k, v]) => [k, v.price]))).toEqual({
      'internet-out.tier1': '0.126',
      'internet-out.tier2': '0.122',
      'internet-out.tier3': '0.117',
      'internet-out.tier4': '0.108',
      'inter-az': '0.01',
      'inter-region.out': '0.08',
    });
  });

  it('keeps the old inter-region value (and says so) when destinations differ, and rejects an unknown tier', async () => {
    const odd = [...tiers.slice(0, 3), { unit: 'GB', usd: '0.1', begin: '100000' }];
    const text = offer(products, {
      OUT: odd,
      TOKYO: [{ unit: 'GB', usd: '0.08' }],
      USE1: [{ unit: 'GB', usd: '0.09' }],
    });
    const issues = new IssueLog();
    const mapper = new TransferMapper('ap-northeast-2', issues);
    await readJsonOffer(once(text), 'transfer.json', mapper, issues);
    const result = mapper.finish();
    expect(result.items.has('inter-region.out')).toBe(false);
    expect(mapper.notes).toEqual([
      'ap-northeast-2 inter-region.out: rates differ by destination (0.08, 0.09); the table keeps one rate per region, so the previous value was kept',
    ]);
    expect(issues.format()).toContain('attribute "beginRange", value "100000": unexpected tier start');
  });
});
