/**
 * Right-sizing benchmark: 1,000 instances × 14 days of 5-minute CPU and memory data (8.06 M CloudWatch
 * rows) against the full catalogue of the bundled snapshot. Goal: the recommendation step (series →
 * profiles → candidates → findings → fleet summary) in ≤ 200 ms. CSV parsing and the 5-minute aggregation
 * are timed separately; the CSV is generated and parsed in chunks of 100 instances so it never has to
 * exist as one string. Run alone: `npx tsx bench/rightsizing.ts [instances]`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadBundledSnapshot } from '../cli/load-bundled-snapshot';
import { pricesFromSnapshot } from '../engine/estimate/prices-from-snapshot';
import { profileFromSeries, recommendFleet, rightsizingSettings } from '../engine/rightsizing';
import { buildSeries, parseUtilizationCsv, type InstanceSeries } from '../engine/utilization';

export interface RightsizingBenchResult {
  instances: number;
  days: number;
  csvRows: number;
  csvMegabytes: number;
  parseMs: number;
  aggregateMs: number;
  /** first pass: includes pricing and ranking the catalogue once, cold JIT */
  recommendMs: number;
  /** a second pass on the same data with a fresh price book (warm JIT) */
  recommendWarmMs: number;
  goalMs: number;
  catalogueTypes: number;
  findings: Record<string, number>;
}

const TYPES = [
  'm5.2xlarge',
  'm5.xlarge',
  'm5.large',
  'c5.xlarge',
  'c5.2xlarge',
  'r5.xlarge',
  't3.large',
  'm6i.xlarge',
  'c6i.large',
  'r6i.2xlarge',
];

/** Deterministic pseudo-random numbers (mulberry32) so every run sees the same fleet. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function chunkCsv(first: number, count: number, days: number, rand: () => number): string {
  const start = Date.UTC(2026, 6, 1);
  const intervals = days * 288;
  const lines = ['timestamp,instance,metric,value,unit,instance_type'];
  for (let i = first; i < first + count; i++) {
    const id = `i-${i.toString(16).padStart(8, '0')}`;
    const type = TYPES[i % TYPES.length] as string;
    const base = 2 + rand() * 60;
    const mem = 10 + rand() * 70;
    for (let k = 0; k < intervals; k++) {
      const ts = new Date(start + k * 300_000).toISOString();
      const daily = Math.sin(((k % 288) / 288) * 2 * Math.PI) * base * 0.3;
      const cpu = Math.min(100, Math.max(0, base + daily + (rand() < 0.01 ? 40 : rand() * 8)));
      lines.push(`${ts},${id},CPUUtilization,${cpu.toFixed(2)},Percent,${type}`);
      lines.push(
        `${ts},${id},mem_used_percent,${Math.min(100, mem + rand() * 5).toFixed(2)},Percent,${type}`,
      );
    }
  }
  return lines.join('\n');
}

export function runRightsizingBench(instances = 1000, days = 14): RightsizingBenchResult {
  const snap = loadBundledSnapshot();
  const prices = pricesFromSnapshot(snap);
  const catalogue = snap.catalogue.types;
  const known = (t: string) => snap.index.has(t);
  const rand = random(20260720);
  let parseMs = 0;
  let aggregateMs = 0;
  let csvRows = 0;
  let csvBytes = 0;
  const series: InstanceSeries[] = [];
  for (let first = 0; first < instances; first += 100) {
    const text = chunkCsv(first, Math.min(100, instances - first), days, rand);
    csvBytes += text.length;
    let t = performance.now();
    const parsed = parseUtilizationCsv(text, { isKnownType: known });
    parseMs += performance.now() - t;
    if (parsed.shape !== 'cloudwatch' || parsed.problems.length > 0) {
      throw new Error(`bench data did not parse cleanly: ${parsed.problems[0]?.message ?? parsed.shape}`);
    }
    csvRows += parsed.rows.length;
    t = performance.now();
    series.push(...buildSeries(parsed.rows, { lookbackDays: days }));
    aggregateMs += performance.now() - t;
  }

  const settings = rightsizingSettings({ region: 'us-east-1' });
  const t = performance.now();
  const profiles = series.flatMap((s) => profileFromSeries(s, settings.cpuThreshold) ?? []);
  const fleet = recommendFleet(profiles, prices, catalogue, settings);
  const recommendMs = performance.now() - t;
  const t2 = performance.now();
  recommendFleet(
    series.flatMap((s) => profileFromSeries(s, settings.cpuThreshold) ?? []),
    prices,
    catalogue,
    settings,
  );
  const recommendWarmMs = performance.now() - t2;
  return {
    instances: fleet.recommendations.length,
    days,
    csvRows,
    csvMegabytes: Math.round(csvBytes / 1e5) / 10,
    parseMs: Math.round(parseMs),
    aggregateMs: Math.round(aggregateMs),
    recommendMs: Math.round(recommendMs),
    recommendWarmMs: Math.round(recommendWarmMs),
    goalMs: 200,
    catalogueTypes: catalogue.length,
    findings: fleet.summary.byFinding,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const instances = Number(process.argv[2] ?? 1000);
  const r = runRightsizingBench(instances);
  process.stdout.write(
    `rightsizing: ${r.instances} instances × ${r.days} days (${r.csvRows.toLocaleString('en')} rows, ${r.csvMegabytes} MB CSV), ${r.catalogueTypes} catalogue types\n` +
      `  parse ${r.parseMs} ms · 5-minute aggregation ${r.aggregateMs} ms · recommendation ${r.recommendMs} ms first pass, ${r.recommendWarmMs} ms warm (goal ≤ ${r.goalMs} ms) ${r.recommendMs <= r.goalMs ? 'OK' : 'SLOW'}\n` +
      `  findings ${JSON.stringify(r.findings)}\n`,
  );
}
