/**
 * Engine benchmark: prices N mixed line items with the decimal engine (estimate(): lookups, formulas,
 * traces), and the same formulas in plain floats in the same process (prices resolved to numbers
 * once, no traces). Also times the decimal formulas alone against the float formulas alone.
 */
import { estimate, scenarioSchema, type Prices, type Scenario } from '../engine';
import type { Region } from '../pricing-data/schema';

type Item = Scenario['items'][number];

export function mixedItems(n: number): Item[] {
  const regions: Region[] = ['us-east-1', 'ap-northeast-2'];
  const raw = Array.from({ length: n }, (_, i) => {
    const region = regions[i % 2]!;
    const id = `item-${i}`;
    switch (i % 7) {
      case 0:
      case 1:
        return {
          service: 'ec2',
          id,
          region,
          instanceType: ['m5.large', 'm5.xlarge', 'c5.xlarge', 'r5.large'][i % 4],
          count: 1 + (i % 5),
          usage:
            i % 3 === 0
              ? { pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], startHour: 9, endHour: 18 }
              : { pattern: 'always-on' },
        };
      case 2:
        return {
          service: 'ec2',
          id,
          region,
          instanceType: 't3.large',
          count: 2,
          burstable: { averageCpuPercent: 20 + (i % 40) },
        };
      case 3:
        return {
          service: 'ebs',
          id,
          region,
          volumeType: 'gp3',
          sizeGB: 50 + (i % 500),
          iops: 3000 + (i % 4) * 1000,
          snapshots: { dailyChangePercent: 2, retentionDays: 7 },
        };
      case 4:
        return {
          service: 's3',
          id,
          region: 'us-east-1',
          storageGB: 100 + (i % 1000) * 10,
          putRequests: 10_000 * (i % 10),
          getRequests: 100_000 * (i % 10),
        };
      case 5:
        return { service: 'data-transfer', id, region, internetOutGB: 10 + (i % 300), interAzGB: i % 50 };
      default:
        return {
          service: 'lambda',
          id,
          region,
          requestsPerMonth: 100_000 * (1 + (i % 30)),
          averageDurationMs: 20 + (i % 200),
          memoryMB: 128 * (1 + (i % 8)),
        };
    }
  });
  return scenarioSchema.parse({ schemaVersion: 1, name: 'bench', region: 'us-east-1', items: raw }).items;
}

// ------------------------------------------------------------------ the same formulas in floats

type FloatPrices = (service: string, region: string, key: string) => number;

function floatPriceTable(prices: Prices): FloatPrices {
  const cache = new Map<string, number>();
  return (service, region, key) => {
    const id = `${service}|${region}|${key}`;
    let value = cache.get(id);
    if (value === undefined) {
      if (service === 'ec2') {
        const q = prices.onDemand(region as Region, key, 'linux');
        value = q.status === 'priced' ? q.hourly.toNumber() : NaN;
      } else if (service === 't-surplus') {
        const q = prices.tSurplusRate('linux');
        value = q.status === 'priced' ? q.price.toNumber() : NaN;
      } else {
        const q = prices.curated(service as 'ebs', region as Region, key);
        value = q.status === 'priced' ? q.price.toNumber() : NaN;
      }
      cache.set(id, value);
    }
    return value;
  };
}

function tiered(bounds: number[], tierPrices: number[], from: number, q: number): number {
  let amount = 0;
  let lower = 0;
  const end = from + q;
  for (let t = 0; t < tierPrices.length; t++) {
    const upper = t < bounds.length ? bounds[t]! : Infinity;
    const start = Math.max(lower, from);
    const stop = Math.min(upper, end);
    if (stop > start) amount += (stop - start) * tierPrices[t]!;
    lower = upper;
  }
  return amount;
}

export function floatEstimate(items: readonly Item[], prices: Prices, hours = 730): number {
  const p = floatPriceTable(prices);
  let total = 0;
  let freeTransfer = 0;
  let freeGbs = 0;
  let freeReq = 0;
  const outSoFar = new Map<string, number>();
  const s3SoFar = new Map<string, number>();
  for (const item of items) {
    const region = item.region ?? 'us-east-1';
    let monthly = 0;
    if (item.service === 'ec2') {
      const u = item.usage;
      const perInstance =
        u.pattern === 'weekly' ? (u.days.length * (u.endHour - u.startHour) * hours) / 168 : hours;
      const instanceHours = perInstance * item.count;
      monthly = instanceHours * p('ec2', region, item.instanceType);
      if (item.burstable) {
        const vcpu = 2;
        const baseline = (36 / vcpu / 60) * 100;
        const above = Math.max(0, item.burstable.averageCpuPercent - baseline) / 100;
        monthly += above * vcpu * instanceHours * p('t-surplus', region, '');
      }
    } else if (item.service === 'ebs') {
      const count = item.count;
      monthly = item.sizeGB * p('ebs', region, 'gp3.storage') * count;
      monthly += Math.max(0, (item.iops ?? 3000) - 3000) * p('ebs', region, 'gp3.iops') * count;
      if (item.snapshots) {
        const inc = (item.sizeGB * item.snapshots.dailyChangePercent) / 100;
        const gbm = item.sizeGB + (30 * inc * (item.snapshots.retentionDays - 1)) / 30;
        monthly += gbm * p('ebs', region, 'snapshot.standard') * count;
      }
    } else if (item.service === 's3') {
      const from = s3SoFar.get(region) ?? 0;
      s3SoFar.set(region, from + item.storageGB);
      monthly = tiered(
        [51_200, 512_000],
        [
          p('s3', region, 'standard.storage.tier1'),
          p('s3', region, 'standard.storage.tier2'),
          p('s3', region, 'standard.storage.tier3'),
        ],
        from,
        item.storageGB,
      );
      monthly +=
        (item.putRequests / 1000) * p('s3', region, 'requests.put') +
        (item.getRequests / 1000) * p('s3', region, 'requests.get');
    } else if (item.service === 'data-transfer') {
      const free = Math.min(
        item.internetOutGB,
        Math.max(0, p('data-transfer', region, 'internet-out.free-allowance-gb') - freeTransfer),
      );
      freeTransfer += free;
      const billable = item.internetOutGB - free;
      const from = outSoFar.get(region) ?? 0;
      outSoFar.set(region, from + billable);
      const tiers = [
        'internet-out.tier1',
        'internet-out.tier2',
        'internet-out.tier3',
        'internet-out.tier4',
      ].map((k) => p('data-transfer', region, k));
      monthly =
        tiered([10_240, 51_200, 153_600], tiers, from, billable) +
        item.interAzGB * 2 * p('data-transfer', region, 'inter-az');
    } else if (item.service === 'lambda') {
      const gbs = ((item.requestsPerMonth * item.averageDurationMs) / 1000) * (item.memoryMB / 1024);
      const coveredGbs = Math.min(gbs, Math.max(0, p('lambda', region, 'free.gb-seconds') - freeGbs));
      freeGbs += coveredGbs;
      const coveredReq = Math.min(
        item.requestsPerMonth,
        Math.max(0, p('lambda', region, 'free.requests') - freeReq),
      );
      freeReq += coveredReq;
      monthly =
        (gbs - coveredGbs) * p('lambda', region, `duration.${item.architecture}`) +
        ((item.requestsPerMonth - coveredReq) / 1e6) * p('lambda', region, 'requests');
    }
    total += monthly;
  }
  return total;
}

// ------------------------------------------------------------------ timing

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface EngineBenchResult {
  items: number;
  decimalMs: number;
  floatMs: number;
  ratioDecimalToFloat: number;
  decimalItemsPerSecond: number;
  floatItemsPerSecond: number;
  peakHeapMB: number;
  maxRssMB: number;
  decimalMonthlyTotal: string;
  floatMonthlyTotal: number;
  relativeDifference: number;
  note: string;
}

export function runEngineBench(prices: Prices, n = 10_000, runs = 5): EngineBenchResult {
  const items = mixedItems(n);
  const scenario = scenarioSchema.parse({ schemaVersion: 1, name: 'bench', region: 'us-east-1', items: [] });
  const full: Scenario = { ...scenario, items };
  let peakHeap = 0;
  const sampleHeap = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  // warm up both paths (JIT), then time the medians
  const result = estimate(full, prices);
  floatEstimate(items, prices);
  sampleHeap();
  const decimalMs = time(() => {
    estimate(full, prices);
    sampleHeap();
  }, runs);
  let floatTotal = 0;
  const floatMs = time(() => {
    floatTotal = floatEstimate(items, prices);
  }, runs * 4);
  const decimalTotal = result.totals.monthly;
  return {
    items: n,
    decimalMs: Number(decimalMs.toFixed(2)),
    floatMs: Number(floatMs.toFixed(3)),
    ratioDecimalToFloat: Number((decimalMs / floatMs).toFixed(1)),
    decimalItemsPerSecond: Math.round((n / decimalMs) * 1000),
    floatItemsPerSecond: Math.round((n / floatMs) * 1000),
    peakHeapMB: Number((peakHeap / 2 ** 20).toFixed(1)),
    maxRssMB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
    decimalMonthlyTotal: decimalTotal.toFixed(2),
    floatMonthlyTotal: Number(floatTotal.toFixed(2)),
    relativeDifference: Math.abs(decimalTotal.toNumber() - floatTotal) / decimalTotal.toNumber(),
    note: 'decimal = estimate(): snapshot lookups + Decimal formulas + traces + totals/cash flow; float = the same formulas in numbers with prices resolved once, no traces; medians of repeated runs after a warm-up',
  };
}
