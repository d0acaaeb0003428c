/** Prices a whole scenario: every line in file order (free allowances and tiers are consumed in that order). */
import Decimal from 'decimal.js';
import type { LineItem, Scenario } from '../scenario/schema';
import { priceEbs } from '../services/ebs/price';
import { priceEc2 } from '../services/ec2/price';
import { priceLambda } from '../services/lambda/price';
import { priceS3 } from '../services/s3/price';
import { priceTransfer } from '../services/transfer/price';
import type { Message } from '../trace/types';
import { Allowances, type PricingContext } from './context';
import { memoizedPrices } from './memo-prices';
import type { Prices } from './prices';
import { breakEvens, cashFlows, groupTotals, scaleTotals, sumTotals, VAT_RATE } from './summaries';
import type { EstimateResult, LineResult } from './types';

const UNTAGGED = ['(untagged)'];

export function priceLine(item: LineItem, ctx: PricingContext): LineResult {
  switch (item.service) {
    case 'ec2':
      return priceEc2(item, ctx);
    case 'ebs':
      return priceEbs(item, ctx);
    case 's3':
      return priceS3(item, ctx);
    case 'data-transfer':
      return priceTransfer(item, ctx);
    case 'lambda':
      return priceLambda(item, ctx);
  }
}

/** The context a scenario's lines are priced in, with fresh allowances. */
export function pricingContext(scenario: Scenario, prices: Prices): PricingContext {
  return {
    prices: memoizedPrices(prices),
    settings: scenario.settings,
    defaultRegion: scenario.region,
    allowances: new Allowances(),
  };
}

export function estimate(scenario: Scenario, prices: Prices): EstimateResult {
  const ctx = pricingContext(scenario, prices);
  return summarizeEstimate(
    scenario,
    prices,
    scenario.items.map((item) => priceLine(item, ctx)),
  );
}

/** Everything of an estimate beyond its lines: totals, breakdowns, cash flow, break-even, VAT, KRW. */
export function summarizeEstimate(
  scenario: Scenario,
  prices: Prices,
  lines: readonly LineResult[],
): EstimateResult {
  const totals = sumTotals(lines);
  const unpricedLineIds = lines.filter((l) => l.status === 'unpriced').map((l) => l.id);
  const warnings: Message[] = lines.flatMap((l) => l.warnings);
  if (unpricedLineIds.length > 0)
    warnings.unshift({ key: 'warn.incomplete', params: { count: String(unpricedLineIds.length) } });
  const vat = scenario.settings.vat ? scaleTotals(totals, VAT_RATE) : null;
  const currency = scenario.settings.currency;
  const krw =
    currency.display === 'KRW'
      ? (() => {
          const rate = new Decimal(currency.krwPerUsd);
          return {
            krwPerUsd: rate,
            rateDate: currency.rateDate,
            totals: scaleTotals(totals, rate),
            vat: vat ? scaleTotals(vat, rate) : null,
          };
        })()
      : null;
  return {
    scenario: { name: scenario.name, region: scenario.region, schemaVersion: scenario.schemaVersion },
    snapshot: { id: prices.snapshotId, date: prices.snapshotDate },
    settings: scenario.settings,
    lines,
    totals,
    complete: unpricedLineIds.length === 0,
    unpricedLineIds,
    byService: groupTotals(lines, (l) => [l.service], totals),
    byTag: groupTotals(lines, (l) => (l.tags.length > 0 ? l.tags : UNTAGGED), totals),
    byGroup: groupTotals(lines, (l) => [l.group ?? '(no group)'], totals),
    cashFlow: cashFlows(lines, totals.monthly),
    breakEven: breakEvens(lines),
    vat,
    krw,
    warnings,
  };
}
