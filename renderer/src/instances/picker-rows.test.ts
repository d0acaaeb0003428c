import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../engine/trace/format';
import { buildPickerRows, type PickerRow } from './picker-rows';
import { testSnapshot } from './test-snapshot';

const row = (rows: PickerRow[], type: string): PickerRow => {
  const found = rows.find((r) => r.spec.type === type);
  if (!found) throw new Error(`no row for ${type}`);
  return found;
};

describe('buildPickerRows', () => {
  const linux = buildPickerRows(testSnapshot(), 'us-east-1', 'linux');

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
    const windows = buildPickerRows(testSnapshot(), 'us-east-1', 'windows');
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
    const windows = buildPickerRows(testSnapshot(), 'us-east-1', 'windows');
    const price = row(windows, 't3.micro').price;
    expect(price.status).toBe('unavailable');
    if (price.status !== 'unavailable') return;
    expect(price.reason).toMatch(/burstable t3\.micro/);
    expect(formatMessage(price.message, 'ko')).toMatch(/^버스터블 t3\.micro의 Windows 가격이 없습니다/);
  });

  it('marks types without an on-demand price in the region as unavailable with the reason', () => {
    const frankfurt = buildPickerRows(testSnapshot(), 'eu-central-1', 'linux');
    const price = row(frankfurt, 'm5.large').price;
    expect(price.status).toBe('unavailable');
    if (price.status === 'unavailable')
      expect(price.reason).toMatch(/no on-demand Linux price for m5\.large in eu-central-1/);
  });
});
