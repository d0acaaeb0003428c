import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture-output';
import { readCsv } from '../../engine/csv/read-csv';
import { run } from './instances';

afterEach(() => vi.restoreAllMocks());

describe('cli instances', () => {
  it('writes the matching types in Seoul with Spot prices as CSV (BOM, Korean headers)', async () => {
    const { out } = capture();
    const code = await run([
      '--region',
      'ap-northeast-2',
      '--basis',
      'spot',
      '--match',
      '^m5\\.(large|xlarge)$',
      '--lang',
      'ko',
    ]);
    expect(code).toBe(0);
    const text = out.join('');
    expect(text.startsWith('\uFEFF인스턴스 유형,')).toBe(true);
    const [, ...rows] = readCsv(text);
    expect(rows.map((r) => r[0])).toEqual(['m5.large', 'm5.xlarge']);
    expect(rows[0]).toEqual(expect.arrayContaining(['ap-northeast-2', '스팟 (과거 평균)', '0.03776', '68']));
  });

  it('lists types in size order within a family (m5.2xlarge before m5.12xlarge)', async () => {
    const { out } = capture();
    expect(await run(['--region', 'us-east-1', '--match', '^m5\\.(2|12|4)xlarge$'])).toBe(0);
    expect(
      readCsv(out.join(''))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['m5.2xlarge', 'm5.4xlarge', 'm5.12xlarge']);
  });

  it('--priced leaves out the types without a price (Seoul has 394 on-demand types of 1,363)', async () => {
    const all = capture();
    expect(await run(['--region', 'ap-northeast-2'])).toBe(0);
    const everyType = readCsv(all.out.join('')).length - 1;
    vi.restoreAllMocks();
    const priced = capture();
    expect(await run(['--region', 'ap-northeast-2', '--priced'])).toBe(0);
    expect(everyType).toBe(1363);
    expect(readCsv(priced.out.join('')).length - 1).toBe(394);
  });

  it.each([
    [[], /missing --region/],
    [['--region', 'xx-west-9'], /unknown region "xx-west-9"/],
    [['--region', 'us-east-1', '--basis', 'reserved'], /unknown --basis "reserved": use on-demand or spot/],
    [['--region', 'us-east-1', '--match', '(m5'], /--match "\(m5" is not a regular expression/],
    [['--region', 'us-east-1', '--os', 'macos'], /unknown --os "macos"/],
    [['--region'], /option "--region" needs a value/],
    [['--region', 'us-east-1', '--colour', 'red'], /unknown option "--colour"/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { out, err } = capture();
    expect(await run(args)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(message);
  });
});
