/**
 * Re-prices a scenario after an edit without re-pricing every line. Lines are priced by the engine's own
 * `priceLine`, in file order, exactly as `estimate()` does; a line's result is reused when the line (the same
 * object: the store never mutates items), the settings, the region and, for services that draw on shared free
 * allowances and volume tiers (S3, data transfer, Lambda), the allowance state it starts from are unchanged.
 * Sums use the engine's summaries module. The tests compare every result with `estimate()`.
 */
import type Decimal from 'decimal.js';
import { Allowances, type PricingContext } from '../../../engine/estimate/context';
import { priceLine } from '../../../engine/estimate/estimate';
import type { Prices } from '../../../engine/estimate/prices';
import { groupTotals, scaleTotals, sumTotals, VAT_RATE } from '../../../engine/estimate/summaries';
import type { KrwView, LineResult } from '../../../engine/estimate/types';
import { dec } from '../../../engine/money/decimal';
import type { LineItem, Scenario, ScenarioSettings, Service } from '../../../engine/scenario';
import type { Message } from '../../../engine/trace';
import { REGIONS, type Region } from '../../../pricing-data/schema';
import type { EstimateView } from './estimate-view';

/** Services whose price does not depend on the lines before them. */
const INDEPENDENT: ReadonlySet<Service> = new Set(['ec2', 'ebs']);

type AllowanceState = {
  transferFree: Decimal;
  lambdaRequests: Decimal;
  lambdaGbSeconds: Decimal;
  internetOut: ReadonlyMap<Region, Decimal>;
  s3Standard: ReadonlyMap<Region, Decimal>;
};

/** The regions whose tiers can move: the scenario's and any a line names (reading all 35 per line is slow). */
function regionsInUse(scenario: Scenario): readonly Region[] {
  const used = new Set<Region>([scenario.region]);
  for (const item of scenario.items) if (item.region) used.add(item.region);
  return REGIONS.filter((region) => used.has(region));
}

function readState(a: Allowances, regions: readonly Region[]): AllowanceState {
  const internetOut = new Map<Region, Decimal>();
  const s3Standard = new Map<Region, Decimal>();
  for (const region of regions) {
    const out = a.internetOutSoFar(region);
    if (!out.isZero()) internetOut.set(region, out);
    const s3 = a.s3StandardSoFar(region);
    if (!s3.isZero()) s3Standard.set(region, s3);
  }
  return {
    transferFree: a.transferFreeUsedGB,
    lambdaRequests: a.lambdaFreeRequestsUsed,
    lambdaGbSeconds: a.lambdaFreeGbSecondsUsed,
    internetOut,
    s3Standard,
  };
}

function fingerprint(s: AllowanceState): string {
  const map = (m: ReadonlyMap<Region, Decimal>) => [...m].map(([r, v]) => `${r}=${v.toString()}`).join(',');
  return `${s.transferFree.toString()}|${s.lambdaRequests.toString()}|${s.lambdaGbSeconds.toString()}|${map(s.internetOut)}|${map(s.s3Standard)}`;
}

/** Moves `a` from `before` to `after` as the cached line did when it was priced. */
function replay(a: Allowances, before: AllowanceState, after: AllowanceState): void {
  a.transferFreeUsedGB = after.transferFree;
  a.lambdaFreeRequestsUsed = after.lambdaRequests;
  a.lambdaFreeGbSecondsUsed = after.lambdaGbSeconds;
  for (const [region, value] of after.internetOut) {
    const delta = value.minus(before.internetOut.get(region) ?? 0);
    if (!delta.isZero()) a.addInternetOut(region, delta);
  }
  for (const [region, value] of after.s3Standard) {
    const delta = value.minus(before.s3Standard.get(region) ?? 0);
    if (!delta.isZero()) a.addS3Standard(region, delta);
  }
}

/**
 * What a line's price depends on besides the line itself. Currency and VAT only scale the totals, so
 * switching them keeps every line result (and every card on screen) as it is.
 */
function pricingKey(scenario: Scenario): string {
  const { hoursPerMonth, freeTier, allowEstimates } = scenario.settings satisfies ScenarioSettings;
  return `${scenario.region}|${hoursPerMonth}|${freeTier}|${allowEstimates}`;
}

type Cached = { result: LineResult; entry?: string; before?: AllowanceState; after?: AllowanceState };

export type IncrementalEstimator = {
  run(scenario: Scenario): EstimateView;
  /** lines priced (not reused) by the last run, for tests and the benchmark */
  readonly lastPriced: number;
};

export function createIncrementalEstimator(prices: Prices): IncrementalEstimator {
  let cache = new WeakMap<LineItem, Cached>();
  let cacheKey = '';
  let lastPriced = 0;

  function run(scenario: Scenario): EstimateView {
    const key = pricingKey(scenario);
    if (key !== cacheKey) {
      cache = new WeakMap();
      cacheKey = key;
    }
    const ctx: PricingContext = {
      prices,
      settings: scenario.settings,
      defaultRegion: scenario.region,
      allowances: new Allowances(),
    };
    lastPriced = 0;
    const regions = regionsInUse(scenario);
    const lines: LineResult[] = [];
    for (const item of scenario.items) {
      const cached = cache.get(item);
      if (INDEPENDENT.has(item.service)) {
        if (cached) lines.push(cached.result);
        else {
          const result = priceLine(item, ctx);
          lastPriced++;
          cache.set(item, { result });
          lines.push(result);
        }
        continue;
      }
      const before = readState(ctx.allowances, regions);
      const entry = fingerprint(before);
      if (cached && cached.entry === entry && cached.before && cached.after) {
        replay(ctx.allowances, before, cached.after);
        lines.push(cached.result);
        continue;
      }
      const result = priceLine(item, ctx);
      lastPriced++;
      cache.set(item, { result, entry, before, after: readState(ctx.allowances, regions) });
      lines.push(result);
    }
    return summarize(scenario, prices, lines);
  }

  return {
    run,
    get lastPriced() {
      return lastPriced;
    },
  };
}

/** The estimate-level figures, built as the engine's `estimate()` builds them. */
export function summarize(scenario: Scenario, prices: Prices, lines: readonly LineResult[]): EstimateView {
  const totals = sumTotals(lines);
  const unpricedCount = lines.reduce((n, line) => (line.status === 'unpriced' ? n + 1 : n), 0);
  const vat = scenario.settings.vat ? scaleTotals(totals, VAT_RATE) : null;
  const currency = scenario.settings.currency;
  let krw: KrwView | null = null;
  if (currency.display === 'KRW') {
    const rate = dec(currency.krwPerUsd);
    krw = {
      krwPerUsd: rate,
      rateDate: currency.rateDate,
      totals: scaleTotals(totals, rate),
      vat: vat ? scaleTotals(vat, rate) : null,
    };
  }
  const warnings: Message[] = lines.flatMap((line) => line.warnings);
  return {
    lines: new Map(lines.map((line) => [line.id, line])),
    totals,
    byService: groupTotals(lines, (line) => [line.service]),
    unpricedCount,
    hasEstimates: lines.some((line) => line.basis === 'estimate'),
    vat,
    krw,
    snapshot: { id: prices.snapshotId, date: prices.snapshotDate },
    warnings,
  };
}
