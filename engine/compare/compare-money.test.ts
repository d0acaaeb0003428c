/**
 * A comparison shown in KRW, on the bundled us-east-1 price of m5.large (AWS: $0.096/h) at 730 h: 2 instances
 * $140.16 a month, 1 instance $70.08; at 1,385.20 KRW/USD that is 194,149.632 → ₩194,150 and 97,074.816 → ₩97,075.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate/estimate';
import { bundledPrices } from '../rightsizing/testing/bundled-prices';
import type { Scenario } from '../scenario/schema';
import { scenarioOf } from '../testing/scenario';
import { comparisonChartData } from './chart-data';
import { compareEstimates } from './compare';
import { comparisonDisplayRows } from './compare-display';
import { compareMoneyOf, otherRates, USD_MONEY } from './compare-money';

const krwAt = (krwPerUsd: string, rateDate = '2026-07-20') =>
  ({ display: 'KRW', krwPerUsd, rateDate }) as const;

function scenario(name: string, count: number, currency?: Scenario['settings']['currency']): Scenario {
  const s = scenarioOf([{ service: 'ec2', id: 'web', instanceType: 'm5.large', count }], { name });
  return { ...s, region: 'us-east-1', settings: { ...s.settings, ...(currency ? { currency } : {}) } };
}

const two = scenario('two', 2, krwAt('1385.20'));
const one = scenario('one', 1, krwAt('1400', '2026-12-01'));
const comparison = () => compareEstimates([two, one].map((s) => estimate(s, bundledPrices())));

describe('a comparison in KRW', () => {
  it("converts every amount at the baseline's rate and rounds once, to the won", () => {
    const money = compareMoneyOf(two);
    expect(money).toEqual({ currency: 'KRW', krwPerUsd: '1385.20', rateDate: '2026-07-20', vat: false });
    const display = comparisonDisplayRows(comparison(), { lang: 'en', money });
    const [baseline, variant] = display.rows.filter((row) => row.section === 'total');
    expect(baseline?.cells.monthly).toEqual({ number: '194150' });
    expect(variant?.cells.monthly).toEqual({ number: '97075' });
    // −70.08 × 1,385.20 = −97,074.816, half-up away from zero
    expect(variant?.cells.deltaMonthly).toEqual({ number: '-97075' });
    expect(variant?.cells.deltaMonthlyPercent).toEqual({ number: '-50.0' });
    expect(display.headers).toContain('monthly (KRW)');
    expect(display.headers).toContain('Δ monthly vs baseline (KRW)');
    expect(display.headers).toContain('Δ monthly vs baseline (%)');
  });

  it('draws the charts in the same won', () => {
    const chart = comparisonChartData(comparison(), 'monthly', compareMoneyOf(two));
    expect(chart.byService.map((bar) => bar.values.ec2)).toEqual(['194150', '97075']);
    expect(chart.cumulative[0]?.values).toEqual(['194150', '97075']);
  });

  it('stays in USD to the cent unless the baseline has a KRW rate, and names the scenarios with a rate of their own', () => {
    const usd = comparisonDisplayRows(comparison(), { lang: 'en' });
    expect(usd.rows[0]?.cells.monthly).toEqual({ number: '140.16' });
    expect(usd.headers).toContain('monthly (USD)');
    expect(compareMoneyOf(scenario('usd', 1))).toEqual({ currency: 'USD', vat: false });
    expect(otherRates([two, one], compareMoneyOf(two)).map((s) => s.name)).toEqual(['one']);
    expect(otherRates([two, scenario('same', 1, krwAt('1385.2'))], compareMoneyOf(two))).toEqual([]);
    expect(otherRates([two, one], USD_MONEY)).toEqual([]);
  });

  it('adds the 10% VAT Korean accounts are billed before converting, and says so in the headers', () => {
    // 140.16 × 1.1 = 154.176 → $154.18; × 1,385.20 = 213,564.5952 → ₩213,565
    const usdVat = comparisonDisplayRows(comparison(), { lang: 'en', money: { currency: 'USD', vat: true } });
    expect(usdVat.rows[0]?.cells.monthly).toEqual({ number: '154.18' });
    expect(usdVat.headers).toContain('monthly (USD, VAT incl.)');
    const krwVat = comparisonDisplayRows(comparison(), {
      lang: 'ko',
      money: { ...compareMoneyOf(two), vat: true },
    });
    expect(krwVat.rows[0]?.cells.monthly).toEqual({ number: '213565' });
    expect(krwVat.headers).toContain('월 비용(KRW, 부가세 포함)');
    // percentages are the same with or without the tax
    expect(krwVat.rows[1]?.cells.deltaMonthlyPercent).toEqual({ number: '-50.0' });
    expect(compareMoneyOf({ ...two, settings: { ...two.settings, vat: true } }).vat).toBe(true);
  });
});
