import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture-output';
import { run } from './price';

afterEach(() => vi.restoreAllMocks());

describe('cli price ec2', () => {
  it.each([
    ['m5.large', 'us-east-1', 'linux', '0.096', 'high'],
    ['t3.micro', 'us-east-1', 'linux', '0.0104', 'high'],
    ['t3.micro', 'ap-northeast-2', 'linux', '0.013', 'high'],
    ['m5.large', 'ap-northeast-2', 'linux', '0.118', 'high'],
    ['m5.xlarge', 'us-east-1', 'windows', '0.376', 'high'],
  ])('%s %s %s --json → %s', async (type, region, os, hourly, confidence) => {
    const { out } = capture();
    expect(await run(['ec2', type, '--region', region, '--os', os, '--json'])).toBe(0);
    const result = JSON.parse(out.join('')) as Record<string, string>;
    expect(Object.keys(result)).toEqual(['type', 'region', 'os', 'hourly', 'source', 'asOf', 'confidence']);
    expect(result).toMatchObject({ type, region, os, hourly, confidence });
  });

  it.each([
    [['ec2', 'm5.huge', '--region', 'us-east-1'], /unknown instance type "m5\.huge"/],
    [['ec2', 'm5.large', '--region', 'xx-west-9'], /unknown region "xx-west-9"/],
    [['ec2', 'm5.large', '--region', 'eu-west-1'], /no on-demand Linux price/],
    [['ec2', 't3.micro', '--region', 'us-east-1', '--os', 'windows'], /burstable/],
    [['ec2', 'm5.large'], /missing --region/],
    [['ec2', 'm5.large', '--region', 'us-east-1', '--os', 'macos'], /unknown --os "macos"/],
    [['rds', 'm5.large', '--region', 'us-east-1'], /only "ec2"/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { out, err } = capture();
    expect(await run(args)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(message);
  });
});
