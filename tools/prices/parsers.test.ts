import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './parse-catalogue';
import { parseCurated } from './parse-curated';
import { parseSeoulRows, parseUsEast1OnDemand } from './parse-ondemand';
import { parseSpot } from './parse-spot';
import { parseTCredits } from './parse-t-credits';

const CURATED_HEADER = 'service,region,item,price_usd,unit,source,source_kind,as_of';
const LICENSE_ROW =
  'ec2-license,any,Windows license-included adder (non-burstable types),0.046,per vCPU-hour,rule checked on cards,derived-rule,2025';

describe('parseUsEast1OnDemand', () => {
  it('keeps the digits of the text, which JSON.parse would lose ("0.10" → 0.1)', () => {
    const text =
      '{"region": "us-east-1", "operatingSystem": "Linux", "prices": {"m9.large": 0.10, "m9.xlarge": 0.2}}';
    expect([...parseUsEast1OnDemand(text)]).toEqual([
      ['m9.large', '0.10'],
      ['m9.xlarge', '0.2'],
    ]);
  });

  it('refuses exponent notation and a different region', () => {
    expect(() =>
      parseUsEast1OnDemand(
        '{"region": "us-east-1", "operatingSystem": "Linux", "prices": {"m9.large": 1e-3}}',
      ),
    ).toThrow(/prices\.m9\.large: "1e-3" is not a plain decimal price/);
    expect(() =>
      parseUsEast1OnDemand('{"region": "eu-west-1", "operatingSystem": "Linux", "prices": {}}'),
    ).toThrow(/expected region us-east-1/);
  });
});

describe('parseSeoulRows', () => {
  const header =
    'InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone,Arch';
  it('parses quoted fields with commas and marks metal sizes low-confidence', () => {
    const text = [
      header,
      `g4dn.12xlarge,T4,4.0,48.0,192.0,"{'Gpus': [{'Name': 'T4', 'Count': 4}], 'Total': 65536}",4.812,2.2,ap-northeast-2,apne2-az1,x86_64`,
      'c5.metal,,,96.0,192.0,,4.608,1.0,ap-northeast-2,apne2-az1,x86_64',
      'c5.metal,,,96.0,192.0,,4.08,1.0,us-east-1,use1-az1,x86_64',
    ].join('\n');
    const { seoul, usEast1 } = parseSeoulRows(text);
    expect(seoul.get('g4dn.12xlarge')).toEqual({
      hourly: '4.812',
      source: 'skypilot-vms-csv',
      confidence: 'high',
    });
    expect(seoul.get('c5.metal')?.confidence).toBe('low');
    expect(seoul.get('c5.metal')?.note).toMatch(/metal/);
    expect(usEast1.get('c5.metal')?.price).toBe('4.08');
  });

  it('refuses a second Seoul row for the same type and unknown regions', () => {
    const row = 'm5.large,,,2.0,8.0,,0.118,0.04,ap-northeast-2,apne2-az1,x86_64';
    expect(() => parseSeoulRows([header, row, row].join('\n'))).toThrow(/line 3 .*second ap-northeast-2 row/);
    expect(() => parseSeoulRows([header, row.replace('ap-northeast-2', 'eu-west-1')].join('\n'))).toThrow(
      /unexpected region "eu-west-1"/,
    );
  });
});

describe('parseCatalogue', () => {
  const labels = (family: string, size: string) => ({
    'karpenter.k8s.aws/instance-family': family,
    'karpenter.k8s.aws/instance-size': size,
    'karpenter.k8s.aws/instance-category': family[0],
    'karpenter.k8s.aws/instance-cpu': '2',
    'karpenter.k8s.aws/instance-memory': '8192',
    'kubernetes.io/arch': 'amd64',
    'node.kubernetes.io/instance-type': `${family}.${size}`,
  });
  const specs = (family: string) =>
    JSON.stringify({ instance_types: { [`${family}.large`]: { labels: labels(family, 'large') } } });
  const bandwidth = JSON.stringify({ bandwidth_mbps: { 'm5.large': 750 } });
  const autoscaler = JSON.stringify({ instance_types: {} });

  it('converts MiB to GiB, amd64 to x86_64, and falls back to the bandwidth table', () => {
    const { types } = parseCatalogue(specs('m5'), bandwidth, autoscaler, new Map());
    expect(types[0]).toMatchObject({
      type: 'm5.large',
      memoryGiB: 8,
      arch: 'x86_64',
      category: 'general',
      networkMbps: 750,
    });
  });

  it('stops on an unknown family prefix', () => {
    expect(() => parseCatalogue(specs('q5'), bandwidth, autoscaler, new Map())).toThrow(
      /unknown family prefix in "q5"/,
    );
  });
});

describe('parseTCredits', () => {
  const header =
    'instance_type,cpu_credits_earned_per_hour,max_earned_credits_accrued,vcpus,baseline_utilization_per_vcpu_pct';
  it('keeps the digits and the default mode (T2 standard, T3 unlimited)', () => {
    const rows = parseTCredits([header, 't2.2xlarge,81.6,1958.4,8,17', 't3.micro,12,288,2,10'].join('\n'));
    expect(rows.get('t2.2xlarge')).toMatchObject({
      creditsPerHour: '81.6',
      baselinePctPerVcpu: '17',
      defaultMode: 'standard',
    });
    expect(rows.get('t3.micro')?.defaultMode).toBe('unlimited');
  });
  it('stops when the baseline is not credits ÷ vCPUs ÷ 60', () => {
    expect(() => parseTCredits([header, 't3.micro,12,288,2,20'].join('\n'))).toThrow(
      /baseline 20% ≠ 12 credits ÷ 2 vCPU ÷ 60 = 10%/,
    );
  });
});

describe('parseCurated', () => {
  it('maps items to keys, keeps blanks as unavailable and notes verbatim', () => {
    const text = [
      CURATED_HEADER,
      'ebs,us-east-1,gp3 storage,0.08,GB-month,aws page,aws-page,2025',
      'ebs,ap-northeast-2,sc1 storage,,GB-month,CONFLICTING sources: treat as unavailable,none,',
      LICENSE_ROW,
    ].join('\n');
    const result = parseCurated(text);
    const us = result.tables.ebs.regions['us-east-1'] ?? [];
    expect(us.find((i) => i.key === 'gp3.storage')).toMatchObject({
      price: '0.08',
      sourceKind: 'aws-page',
      asOf: '2025',
    });
    expect(us.find((i) => i.key === 'gp2.storage')).toMatchObject({
      price: null,
      sourceKind: 'none',
      source: 'curated-no-row',
    });
    const sc1 = (result.tables.ebs.regions['ap-northeast-2'] ?? []).find((i) => i.key === 'sc1.storage');
    expect(sc1).toMatchObject({
      price: null,
      sourceKind: 'none',
      note: 'CONFLICTING sources: treat as unavailable',
    });
    expect(result.windowsAdder.adderPerVcpuHour).toBe('0.046');
  });

  it('stops on an item without a key, and on a blank price claimed by a real source', () => {
    expect(() =>
      parseCurated(
        [CURATED_HEADER, 'ebs,us-east-1,gp4 storage,0.1,GB-month,x,aws-page,2025', LICENSE_ROW].join('\n'),
      ),
    ).toThrow(/item "gp4 storage" has no key/);
    expect(() =>
      parseCurated(
        [CURATED_HEADER, 'ebs,us-east-1,gp3 storage,,GB-month,x,aws-page,2025', LICENSE_ROW].join('\n'),
      ),
    ).toThrow(/blank price but source_kind "aws-page"/);
  });
});

describe('parseSpot', () => {
  const feed = (region: string, s: number) =>
    JSON.stringify({
      ranges: [{ index: 0, label: '<5%', dots: 0, max: 5 }],
      spot_advisor: { [region]: { Linux: { 'm5.large': { s, r: 0 } }, Windows: {} } },
    });
  it('keeps catalogued types, drops and reports others', () => {
    const { table, report } = parseSpot(feed('us-east-1', 66), new Set(['m5.large']));
    expect(table.regions['us-east-1']?.linux['m5.large']).toEqual({ savingsPct: 66, band: 0 });
    expect(report).toEqual([]);
    expect(parseSpot(feed('us-east-1', 66), new Set()).report[0]).toBe(
      'spot: left out 1 type of the advisor feed not in the catalogue: m5.large',
    );
  });
  it('stops on an unknown region code', () => {
    expect(() => parseSpot(feed('moon-south-1', 50), new Set())).toThrow(
      /spot_advisor\.moon-south-1: unknown region code/,
    );
  });
});
