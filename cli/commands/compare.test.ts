import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '../../engine/csv/read-csv';
import { capture } from './capture-output';
import { run } from './compare';

afterEach(() => vi.restoreAllMocks());

const SEOUL = 'examples/seoul-3tier-web.ko.cloudsizer.json';
const SPOT = 'examples/spot-batch-fleet.cloudsizer.json';

describe('cli compare: currency and VAT, as the app shows them', () => {
  it("--currency krw --vat: every scenario at the first one's rate, tax included (₩1,630,342 a month, as the app's total incl. VAT)", async () => {
    const { out } = capture();
    expect(await run([SEOUL, SPOT, '--currency', 'krw', '--vat', '--format', 'csv', '--lang', 'ko'])).toBe(0);
    const [header, ...rows] = readCsv(out.join(''));
    const monthly = header!.indexOf('월 비용(KRW, 부가세 포함)');
    expect(monthly).toBeGreaterThan(0);
    expect(rows[0]?.[monthly]).toBe('1630342');
  });

  it('stays in USD by default, and refuses KRW when the first scenario has no rate, saying where it is set', async () => {
    const usd = capture();
    expect(await run([SEOUL, SPOT, '--format', 'json'])).toBe(0);
    const json = JSON.parse(usd.out.join('')) as {
      money: { label: string };
      scenarios: { totals: { monthly: string } }[];
    };
    expect(json.money.label).toBe('USD');
    expect(json.scenarios[0]?.totals.monthly).toBe('1069.97');
    vi.restoreAllMocks();

    const { err } = capture();
    expect(await run([SPOT, SEOUL, '--currency', 'krw'])).toBe(2);
    expect(err.join('')).toMatch(
      /--currency krw uses the first scenario's KRW rate, and ".*" has none \(settings\.currency\)/,
    );
    expect(await run([SPOT, SEOUL, '--currency', 'eur'])).toBe(2);
    expect(err.join('')).toContain('unknown --currency "eur": use usd or krw');
  });
});
