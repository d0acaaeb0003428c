import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OperatingSystem, Region } from '../../pricing-data/schema';
import { bundledSnapshot } from '../prices/testing/bundled-files';
import { formatMessage } from '../trace/format';
import { catalogueRows, type CatalogueRow } from './catalogue-prices';

const testSnapshot = bundledSnapshot;
const onDemandRows = (region: Region, os: OperatingSystem) =>
  catalogueRows(testSnapshot(), { region, os, basis: 'on-demand' });

const row = (rows: CatalogueRow[], type: string): CatalogueRow => {
  const found = rows.find((r) => r.spec.type === type);
  if (!found) throw new Error(`no row for ${type}`);
  return found;
};

describe('catalogueRows on-demand', () => {
  const linux = onDemandRows('us-east-1', 'linux');

  it('has one row per catalogue type', () => {
    expect(linux).toHaveLength(1363);
  });

  it('prices m5.large in us-east-1 at $0.096/h, $70.08/month, $0.048/vCPU-h, $0.012/GiB-h (product brief §4)', () => {
    const price = row(linux, 'm5.large').price;
    if (price.status !== 'priced') throw new Error(price.reason);
    expect(price.hourly.toFixed()).toBe('0.096');
    expect(price.monthly.toFixed()).toBe('70.08');
    expect(price.perVcpuHour.toFixed()).toBe('0.048');
    expect(price.perGiBHour.toFixed()).toBe('0.012');
    expect(price.basis).toBe('exact');
  });

  it('prices m5.xlarge Windows at $0.376/h with the licence adder rule (product brief §4)', () => {
    const windows = onDemandRows('us-east-1', 'windows');
    const price = row(windows, 'm5.xlarge').price;
    if (price.status !== 'priced') throw new Error(price.reason);
    expect(price.hourly.toFixed()).toBe('0.376');
    expect(price.basis).toBe('derived-rule');
    expect(formatMessage(price.message, 'en')).toBe(price.explanation);
    expect(formatMessage(price.message, 'ko')).toBe(
      'Linux 0.192/시간(AWS Pricing API, us-east-1 Linux on-demand (via Karpenter generated pricing table)) + Windows 라이선스 추가 요금 0.046 × vCPU 4개 = 0.184/시간',
    );
  });

  it('says why a burstable type has no Windows price instead of showing 0', () => {
    const windows = onDemandRows('us-east-1', 'windows');
    const price = row(windows, 't3.micro').price;
    expect(price.status).toBe('unavailable');
    if (price.status !== 'unavailable') return;
    expect(price.reason).toMatch(/burstable t3\.micro/);
    expect(formatMessage(price.message, 'ko')).toMatch(/^버스터블 t3\.micro의 Windows 가격이 없습니다/);
  });

  it('marks types without an on-demand price in the region as unavailable with the reason', () => {
    const frankfurt = onDemandRows('eu-central-1', 'linux');
    const price = row(frankfurt, 'm5.large').price;
    expect(price.status).toBe('unavailable');
    if (price.status === 'unavailable')
      expect(price.reason).toMatch(/no on-demand Linux price for m5\.large in eu-central-1/);
  });
});

describe('catalogueRows spot (Spot Instance Advisor historical average)', () => {
  const seoul = catalogueRows(testSnapshot(), { region: 'ap-northeast-2', os: 'linux', basis: 'spot' });

  it('prices m5.large in Seoul at 0.118 × (1 − 68%) = $0.03776/h, $27.5648 a 730-h month, with its band', () => {
    const price = row(seoul, 'm5.large').price;
    if (price.status !== 'priced') throw new Error(price.reason);
    expect(price.hourly.toFixed()).toBe('0.03776');
    expect(price.monthly.toFixed()).toBe('27.5648');
    expect(price.perVcpuHour.toFixed()).toBe('0.01888');
    expect(price.basis).toBe('estimate');
    expect(price.lowConfidence).toBe(true);
    expect(price.spot?.savingsPct).toBe(68);
    expect(price.spot?.band.label).toMatch(/%/);
  });

  it('keeps the advisor savings but shows no price where on-demand is unknown (eu-west-1)', () => {
    const ireland = catalogueRows(testSnapshot(), { region: 'eu-west-1', os: 'linux', basis: 'spot' });
    const price = row(ireland, 'm5.large').price;
    expect(price.status).toBe('unavailable');
    expect(price.spot?.savingsPct).toBeGreaterThan(0);
  });

  it('every Spot row that has a price is at most its on-demand row', () => {
    const onDemand = new Map(
      catalogueRows(testSnapshot(), { region: 'ap-northeast-2', os: 'linux', basis: 'on-demand' }).map(
        (r) => [r.spec.type, r.price],
      ),
    );
    const pricedSpot = seoul.filter((r) => r.price.status === 'priced');
    expect(pricedSpot.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...pricedSpot), (spotRow) => {
        const od = onDemand.get(spotRow.spec.type);
        if (spotRow.price.status !== 'priced' || od?.status !== 'priced') return false;
        return (
          spotRow.price.hourly.lte(od.hourly) && spotRow.price.monthly.eq(spotRow.price.hourly.times(730))
        );
      }),
    );
  });
});
