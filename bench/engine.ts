/**
 * Engine benchmark (issue 3): prices N mixed line items with `estimate()` and with its float mirror
 * (bench/engine-float.ts: the same pipeline, lookups, traces, sums and cash flow with JS numbers) in the
 * same process, and prints the decimal/float ratio, items per second and heap. Before timing, the two
 * results are compared line by line (same status, same trace steps and operands, same sums within float
 * error), so the ratio compares the same work. Timed runs alternate decimal and float after a warm-up and
 * report medians (wall clock, and process CPU time, which a loaded machine disturbs less).
 * Also times the UI's case: `estimate()` and `estimateIncremental()` on 1,000 lines.
 * Run alone: `npx tsx bench/engine.ts [items] [runs]`.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { loadBundledSnapshot } from '../cli/load-bundled-snapshot';
import {
  estimate,
  pricesFromSnapshot,
  scenarioSchema,
  type EstimateResult,
  type Prices,
  type Scenario,
} from '../engine';
import { estimateIncremental } from '../engine/estimate/incremental';
import type { Region } from '../pricing-data/schema';
import { floatEstimate, type FloatEstimate } from './engine-float';

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

export function mixedScenario(n: number): Scenario {
  return {
    ...scenarioSchema.parse({ schemaVersion: 1, name: 'bench', region: 'us-east-1', items: [] }),
    items: mixedItems(n),
  };
}

// ------------------------------------------------------------------ same work on both sides

export interface MirrorCheck {
  lines: number;
  traceStepsPerSide: number;
  maxLineRelativeDifference: number;
  totalRelativeDifference: number;
}

const relative = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

/** Throws unless both sides produced the same lines, steps and sums (amounts within float error). */
export function checkMirror(decimal: EstimateResult, float: FloatEstimate): MirrorCheck {
  if (decimal.lines.length !== float.lines.length) throw new Error('mirror: line counts differ');
  let steps = 0;
  let maxLine = 0;
  decimal.lines.forEach((d, i) => {
    const f = float.lines[i];
    const where = `mirror: line ${d.id}`;
    if (!f || f.id !== d.id || f.status !== d.status) throw new Error(`${where}: status differs`);
    if (f.trace.length !== d.trace.length) throw new Error(`${where}: trace lengths differ`);
    d.trace.forEach((ds, s) => {
      const fs = f.trace[s];
      if (!fs || fs.label !== ds.label || (fs.operands?.length ?? 0) !== (ds.operands?.length ?? 0))
        throw new Error(`${where}: step ${s} (${ds.label}) differs`);
      if (ds.amount && fs.amount && relative(ds.amount.value.toNumber(), fs.amount.value) > 1e-9)
        throw new Error(`${where}: step ${s} (${ds.label}) amount differs`);
    });
    if (f.sources.length !== d.sources.length || f.description !== d.description)
      throw new Error(`${where}: sources or description differ`);
    steps += d.trace.length;
    if (d.costs && f.costs)
      maxLine = Math.max(maxLine, relative(d.costs.monthly.toNumber(), f.costs.monthly));
  });
  const summaryKeys = (r: {
    byService: object;
    byTag: object;
    byGroup: object;
    cashFlow: readonly { option: string }[];
  }) =>
    JSON.stringify([
      Object.keys(r.byService),
      Object.keys(r.byTag),
      Object.keys(r.byGroup),
      r.cashFlow.map((c) => c.option),
    ]);
  if (summaryKeys(decimal) !== summaryKeys(float)) throw new Error('mirror: breakdowns or cash flows differ');
  const total = relative(decimal.totals.months36.toNumber(), float.totals.months36);
  if (total > 1e-9 || maxLine > 1e-9) throw new Error(`mirror: sums differ (${total}, ${maxLine})`);
  return {
    lines: decimal.lines.length,
    traceStepsPerSide: steps,
    maxLineRelativeDifference: maxLine,
    totalRelativeDifference: total,
  };
}

// ------------------------------------------------------------------ measuring

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const MB = 2 ** 20;

type Sample = { wallMs: number; cpuMs: number };
function measure(fn: () => void): Sample {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function summary(samples: readonly Sample[], items: number) {
  const wall = median(samples.map((s) => s.wallMs));
  return {
    medianMs: round(wall),
    minMs: round(Math.min(...samples.map((s) => s.wallMs))),
    cpuMedianMs: round(median(samples.map((s) => s.cpuMs))),
    itemsPerSecond: Math.round((items / wall) * 1000),
  };
}

/** The V8 `gc()` function without starting node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** holds a result across a forced GC */
const kept: unknown[] = [];

/** Heap in use right after one run (garbage not yet collected: the high-water mark sampled there) and kept by the result. */
function heapOf(run: () => unknown, gc: () => void): { afterRunMB: number; retainedMB: number } {
  gc();
  const base = process.memoryUsage().heapUsed;
  kept.push(run());
  const afterRun = process.memoryUsage().heapUsed;
  gc();
  const retained = process.memoryUsage().heapUsed;
  kept.length = 0;
  return { afterRunMB: round((afterRun - base) / MB, 1), retainedMB: round((retained - base) / MB, 1) };
}

function uiCase(prices: Prices, runs: number) {
  const scenario = mixedScenario(1000);
  const full: Sample[] = [];
  for (let r = 0; r < 5; r++) estimate(scenario, prices);
  for (let r = 0; r < runs * 3; r++) full.push(measure(() => estimate(scenario, prices)));
  /** an edit replaces one item object, as the UI does; alternating between two values keeps it a change */
  const editAt = (index: number, edit: (item: Item) => Item) => {
    const original = scenario.items[index]!;
    const variants = [edit(original), original];
    let memo = estimateIncremental(scenario, prices);
    const samples: Sample[] = [];
    let repriced = 0;
    for (let r = 0; r < runs * 3; r++) {
      const items = [...scenario.items];
      items[index] = variants[r % 2]!;
      const edited = { ...scenario, items };
      samples.push(measure(() => (memo = estimateIncremental(edited, prices, memo))));
      repriced = Math.max(repriced, memo.repricedLines);
    }
    return { ...summary(samples, 1000), repricedLines: repriced };
  };
  const moreOf = (item: Item): Item => {
    if (item.service === 'ec2') return { ...item, count: item.count + 1 };
    if (item.service === 'data-transfer') return { ...item, internetOutGB: item.internetOutGB + 100 };
    throw new Error(`no edit for ${item.service}`);
  };
  const firstTransfer = scenario.items.findIndex((item) => item.service === 'data-transfer');
  return {
    lines: 1000,
    estimate: summary(full, 1000),
    /** count + 1 on an EC2 line: that line is re-priced */
    incrementalEditEc2Line: editAt(
      scenario.items.findIndex((item, i) => i >= 500 && item.service === 'ec2'),
      moreOf,
    ),
    /** +100 GB on the first transfer line: the free 100 GB and the tiers move for every later transfer line */
    incrementalEditFirstTransferLine: editAt(firstTransfer, moreOf),
    goalMs: 16,
  };
}

export interface EngineBenchResult {
  items: number;
  runs: number;
  machine: { cpus: number; loadAverage1mBefore: number; loadAverage1mAfter: number; node: string };
  decimal: ReturnType<typeof summary>;
  float: ReturnType<typeof summary>;
  /** median over the runs of decimal ÷ float of the same run pair (both ran back to back, under the same load) */
  ratioDecimalToFloat: number;
  /** the same with process CPU time */
  ratioDecimalToFloatCpu: number;
  /** fastest decimal run ÷ fastest float run */
  ratioOfFastestRuns: number;
  goalRatio: number;
  meetsGoal: boolean;
  peakHeapMB: { decimal: number; float: number };
  retainedHeapMB: { decimal: number; float: number };
  maxRssMB: number;
  mirror: MirrorCheck;
  monthlyTotal: { decimal: string; float: number };
  ui: ReturnType<typeof uiCase>;
  note: string;
}

export function runEngineBench(prices: Prices, n = 10_000, runs = 31): EngineBenchResult {
  const loadBefore = loadavg()[0] ?? NaN;
  const scenario = mixedScenario(n);
  const decimalResult = estimate(scenario, prices);
  const mirror = checkMirror(decimalResult, floatEstimate(scenario, prices));
  const gc = collector();
  const decimalHeap = heapOf(() => estimate(scenario, prices), gc);
  const floatHeap = heapOf(() => floatEstimate(scenario, prices), gc);
  for (let r = 0; r < 3; r++) {
    estimate(scenario, prices);
    floatEstimate(scenario, prices);
  }
  const decimalSamples: Sample[] = [];
  const floatSamples: Sample[] = [];
  let floatResult: FloatEstimate | undefined;
  for (let r = 0; r < runs; r++) {
    decimalSamples.push(measure(() => estimate(scenario, prices)));
    floatSamples.push(measure(() => (floatResult = floatEstimate(scenario, prices))));
  }
  const decimal = summary(decimalSamples, n);
  const float = summary(floatSamples, n);
  const ui = uiCase(prices, runs);
  const pairRatios = (of: (s: Sample) => number) =>
    median(decimalSamples.map((d, i) => of(d) / of(floatSamples[i] ?? d)));
  const ratio = pairRatios((s) => s.wallMs);
  return {
    items: n,
    runs,
    machine: {
      cpus: cpus().length,
      loadAverage1mBefore: round(loadBefore),
      loadAverage1mAfter: round(loadavg()[0] ?? NaN),
      node: process.version,
    },
    decimal,
    float,
    ratioDecimalToFloat: round(ratio),
    ratioDecimalToFloatCpu: round(pairRatios((s) => s.cpuMs)),
    ratioOfFastestRuns: round(decimal.minMs / float.minMs),
    goalRatio: 3,
    meetsGoal: ratio <= 3,
    peakHeapMB: { decimal: decimalHeap.afterRunMB, float: floatHeap.afterRunMB },
    retainedHeapMB: { decimal: decimalHeap.retainedMB, float: floatHeap.retainedMB },
    maxRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
    mirror,
    monthlyTotal: {
      decimal: decimalResult.totals.monthly.toFixed(2),
      float: round(floatResult?.totals.monthly ?? NaN),
    },
    ui,
    note: 'decimal = estimate(); float = bench/engine-float.ts, the same pipeline (remembered lookups, trace steps, sources, line objects, shared allowances, totals, breakdowns, 36-month cash flow) with numbers, checked equal line by line first; decimal and float runs alternate after a warm-up; the ratio is the median of the per-pair ratios; cpu = process CPU time (includes GC threads); peak heap = heap used right after one run before any GC, above the heap before it; retained = kept by the result after GC',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [items, runs] = process.argv.slice(2).map(Number);
  const prices = pricesFromSnapshot(loadBundledSnapshot());
  process.stdout.write(
    `${JSON.stringify({ engine: runEngineBench(prices, items || undefined, runs || undefined) }, null, 2)}\n`,
  );
}
