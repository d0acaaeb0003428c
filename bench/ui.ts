/**
 * UI benchmark (the renderer's part of `npm run bench`), in Debian Chromium against production builds:
 * - edit → updated total on a 1,000-line estimate: a count field is typed (a real input event), and the time
 *   until the total on screen has changed is taken in the page (median of 20; also until the next paint);
 * - load time of the app relative to a bare React page built the same way (the app's own Vite config, production
 *   build), median of alternating cold loads, at three moments on both sides: first contentful paint; content
 *   shown (the first paint with the app's totals / the bare page's heading in it; the app's first screen is
 *   prerendered by the build, so this is a paint, not a DOM insertion); and interactive (the first effect of
 *   the app's React tree after it has hydrated / of the bare page's tree); plus where the app's load goes,
 *   from the performance marks of its boot code (renderer/src/main.tsx), and the first paint of the same
 *   built page with its scripts taken out (the floor for the app's first paint).
 * Goals: ≤ 16 ms per edit; load ≤ 1.5 × the bare page. Run alone with `npx tsx bench/ui.ts`.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const workDir = join(repoRoot, 'node_modules', '.cache', 'cloudsizer-ui-bench');
const EDIT_SAMPLES = 20;
const LOAD_RUNS = 21;
const LINES = 1000;
const LOAD_GOAL_RATIO = 1.5;

export type LoadComparison = { appMedianMs: number; bareMedianMs: number; ratio: number; meetsGoal: boolean };

export type UiBenchResult = {
  editToTotal: {
    lines: number;
    samples: number;
    medianMs: number;
    p90Ms: number;
    maxMs: number;
    medianUntilPaintMs: number;
    samplesMs: number[];
    goalMs: number;
    meetsGoal: boolean;
  };
  openThousandLinesMs: number;
  load: {
    runs: number;
    goalRatio: number;
    /** first contentful paint: the app's prerendered first screen vs the bare page's React-rendered heading */
    firstPaint: LoadComparison;
    /** the first paint with the app's totals vs the first paint with the bare page's heading */
    contentShown: LoadComparison;
    /** the app's React tree hydrated and its effects run vs the bare page's tree rendered and its effect run */
    interactive: LoadComparison;
    /**
     * the first paint of the app's own built page with its scripts taken out (the same markup, styles and
     * table downloads): what painting that first screen costs the browser before any of the app's code
     */
    scriptFreeFirstPaintMs: number;
    /** app loads whose prerendered first screen did not match (React rendered afresh): should be 0 */
    hydrationMismatches: number;
    /** medians of the app's boot marks: moments in ms from navigation start, in order */
    appMoments: Record<string, number>;
    /** medians of the app's measured steps (each table's check, the first-screen checks together), in ms */
    appDurations: Record<string, number>;
    /** the machine's 1-minute load average after each pair of loads: the ratios are only as steady as this */
    loadAverage: { min: number; median: number; max: number };
  };
  bundle: { appBytes: number; bareBytes: number };
  browser: string;
};

/** 1,000 lines in Seoul: EC2 of several kinds, gp3/gp2 volumes, S3 classes, transfer and Lambda. */
export function thousandLineScenario(lines = LINES): unknown {
  const types = ['m5.large', 'm5.xlarge', 'c5.large', 'r5.large', 't3.medium', 'm6g.large'];
  const items = Array.from({ length: lines }, (_, i) => {
    const id = `line-${i}`;
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
      case 3:
        return { service: 'ec2', id, instanceType: types[i % types.length], count: 1 + (i % 3) };
      case 4:
      case 5:
        return { service: 'ebs', id, volumeType: i % 4 === 0 ? 'gp2' : 'gp3', sizeGB: 50 + (i % 200) };
      case 6:
        return {
          service: 's3',
          id,
          storageClass: i % 3 === 0 ? 'STANDARD_IA' : 'STANDARD',
          storageGB: 100 + i,
        };
      case 7:
        return { service: 'data-transfer', id, internetOutGB: 10 + (i % 50), interAzGB: 5 };
      case 8:
        return { service: 'lambda', id, requestsPerMonth: 100_000 + i, averageDurationMs: 80, memoryMB: 256 };
      default:
        return {
          service: 'ec2',
          id,
          instanceType: 'm5.large',
          count: 1,
          usage: { pattern: 'utilization', percent: 50 },
        };
    }
  });
  return { schemaVersion: 1, name: `${lines} lines`, region: 'ap-northeast-2', items };
}

const BARE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>bare</title></head>
<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>
`;
const BARE_MAIN = `import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
function Page() {
  useEffect(() => { performance.mark('cloudsizer:ready'); }, []);
  return <main><h1>CloudSizer</h1></main>;
}
createRoot(document.getElementById('root')!).render(<StrictMode><Page /></StrictMode>);
`;

/** The built page without its module scripts and their preloads: only markup and styles. */
export function withoutScripts(indexHtml: string): string {
  const stripped = indexHtml
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (stripped.includes('type="module"') || !stripped.includes('data-prerendered'))
    throw new Error(
      'the built index.html no longer has the expected shape (module scripts, prerendered root)',
    );
  return stripped;
}

async function buildBoth(): Promise<{ appDir: string; bareDir: string; scriptFreeDir: string }> {
  const appDir = join(workDir, 'app-dist');
  const bareSrc = join(workDir, 'bare-src');
  const bareDir = join(workDir, 'bare-dist');
  mkdirSync(bareSrc, { recursive: true });
  writeFileSync(join(bareSrc, 'index.html'), BARE_HTML);
  writeFileSync(join(bareSrc, 'main.tsx'), BARE_MAIN);
  await build({
    configFile: join(repoRoot, 'renderer', 'vite.config.ts'),
    build: { outDir: appDir, emptyOutDir: true },
    logLevel: 'silent',
  });
  // the bare page goes through the app's own Vite config (plugins, base, build options): only root and output differ
  await build({
    configFile: join(repoRoot, 'renderer', 'vite.config.ts'),
    root: bareSrc,
    build: { outDir: bareDir, emptyOutDir: true },
    logLevel: 'silent',
  });
  const scriptFreeDir = join(workDir, 'script-free-dist');
  rmSync(scriptFreeDir, { recursive: true, force: true });
  cpSync(appDir, scriptFreeDir, { recursive: true });
  const indexPath = join(scriptFreeDir, 'index.html');
  writeFileSync(indexPath, withoutScripts(readFileSync(indexPath, 'utf8')));
  return { appDir, bareDir, scriptFreeDir };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A static file server on 127.0.0.1 (an ephemeral port) for one built folder. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

const median = (values: readonly number[]) => quantile(values, 0.5);
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return round((sorted[lo]! + sorted[hi]!) / 2 + (at - lo - 0.5) * (hi > lo ? sorted[hi]! - sorted[lo]! : 0));
}
const round = (ms: number) => Math.round(ms * 100) / 100;

// In-page code is kept as text: the TypeScript runner would otherwise add helpers the page does not have.
const readyRecorder = (selector: string) => `
  new MutationObserver(function () {
    if (window.__readyAt === undefined && document.querySelector(${JSON.stringify(selector)})) window.__readyAt = performance.now();
  }).observe(document, { childList: true, subtree: true });`;

/** Types a new count into line `id`'s EC2 count field and times the total's change (commit) and the next paint. */
const EDIT_ONE_LINE = `async function (id) {
  const card = document.querySelector('[data-line-id="' + id + '"]');
  const label = Array.from(card ? card.querySelectorAll('label') : []).find(function (l) {
    return /인스턴스 수|Instances/.test(l.textContent || '');
  });
  const input = label && label.control;
  const total = document.querySelector('[data-testid="total-monthly"]');
  if (!input || !total) throw new Error('no count field or total for ' + id);
  const before = total.textContent;
  const next = input.value === '7' ? '8' : '7';
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const changed = new Promise(function (done) {
    const observer = new MutationObserver(function () {
      if (total.textContent !== before) { observer.disconnect(); done(performance.now()); }
    });
    observer.observe(total, { childList: true, characterData: true, subtree: true });
  });
  const start = performance.now();
  setValue.call(input, next);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const committed = await changed;
  await new Promise(function (done) { requestAnimationFrame(function () { setTimeout(done, 0); }); });
  return { commit: committed - start, paint: performance.now() - start };
}`;

/** What one cold load measured, in ms from navigation start (entries missing from a page are absent). */
type LoadSample = {
  /** the first paint with `selector` in the DOM: the later of its insertion and the first contentful paint */
  shownMs: number;
  firstPaintMs: number;
  /** the page's 'cloudsizer:ready' mark (the first effect of its React tree) */
  readyMs: number;
  marks: Record<string, number>;
};

/** The app's boot marks and measures (renderer/src/main.tsx, renderer/src/data/open-snapshot.ts). */
const READ_MARKS = `(function () {
  var out = {};
  var scripts = performance.getEntriesByType('resource').filter(function (e) { return /\\.js$/.test(e.name); });
  var mainStart = performance.getEntriesByName('cloudsizer:main-start')[0];
  var before = scripts.filter(function (e) { return !mainStart || e.startTime < mainStart.startTime; });
  if (before.length) out['scripts downloaded'] = Math.max.apply(null, before.map(function (e) { return e.responseEnd; }));
  performance.getEntriesByType('mark').forEach(function (e) {
    if (e.name.indexOf('cloudsizer:') === 0) out[e.name.slice(11)] = e.startTime;
  });
  performance.getEntriesByType('measure').forEach(function (e) {
    if (e.name.indexOf('cloudsizer:') === 0) out[e.name.slice(11) + ' (duration)'] = e.duration;
  });
  return out;
})()`;

/**
 * The page's first contentful paint, polled with page.evaluate: waitForFunction would evaluate its text with
 * eval, which the page's CSP refuses.
 */
async function firstContentfulPaint(page: Page): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ms = (await page.evaluate(
      "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime",
    )) as number | undefined;
    if (ms !== undefined) return ms;
    if (Date.now() > deadline) throw new Error(`${page.url()}: no first contentful paint within 10 s`);
    await page.waitForTimeout(20);
  }
}

/** One cold load (fresh browser context): `selector` painted, the first contentful paint, and 'ready'. */
async function loadTime(browser: Browser, url: string, selector: string): Promise<LoadSample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: readyRecorder(selector) });
  await page.goto(url);
  await page.waitForSelector(selector, { state: 'attached', timeout: 30_000 });
  const shownMs = (await page.evaluate('window.__readyAt')) as number | undefined;
  if (shownMs === undefined) throw new Error(`${url}: ${selector} appeared but its time was not recorded`);
  const firstPaintMs = await firstContentfulPaint(page);
  await page.waitForFunction("performance.getEntriesByName('cloudsizer:ready').length > 0", null, {
    timeout: 30_000,
  });
  const readyMs = (await page.evaluate(
    "performance.getEntriesByName('cloudsizer:ready')[0].startTime",
  )) as number;
  // the idle-time checks of the remaining price tables finish after the totals are shown
  await page
    .waitForFunction("performance.getEntriesByName('cloudsizer:snapshot-checked').length > 0", null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  const marks = (await page.evaluate(READ_MARKS)) as Record<string, number>;
  await context.close();
  return { shownMs: Math.max(shownMs, firstPaintMs), firstPaintMs, readyMs, marks };
}

/** One cold load of a page without scripts: its first contentful paint. */
async function firstPaintTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const ms = await firstContentfulPaint(page);
  await context.close();
  return ms;
}

function compare(app: readonly number[], bare: readonly number[], goal: number): LoadComparison {
  const appMedianMs = median(app);
  const bareMedianMs = median(bare);
  const ratio = round(appMedianMs / bareMedianMs);
  return { appMedianMs, bareMedianMs, ratio, meetsGoal: ratio <= goal };
}

function medianMarks(samples: readonly LoadSample[]): {
  moments: Record<string, number>;
  durations: Record<string, number>;
} {
  const names = [...new Set(samples.flatMap((sample) => Object.keys(sample.marks)))];
  const rows = names.map((name) => {
    const values = samples.flatMap((sample) => (name in sample.marks ? [sample.marks[name]!] : []));
    return [name, median(values)] as const;
  });
  const moments = rows.filter(([name]) => !name.endsWith(' (duration)'));
  moments.push(['totals shown', median(samples.map((sample) => sample.shownMs))]);
  moments.push(['first contentful paint', median(samples.map((sample) => sample.firstPaintMs))]);
  const durations = rows
    .filter(([name]) => name.endsWith(' (duration)'))
    .map(([name, ms]) => [name.slice(0, -' (duration)'.length), ms] as const);
  const byValue = (a: readonly [string, number], b: readonly [string, number]) =>
    a[1] - b[1] || a[0].localeCompare(b[0]);
  return {
    moments: Object.fromEntries(moments.sort(byValue)),
    durations: Object.fromEntries(durations.sort(byValue).reverse()),
  };
}

async function editLatency(
  browser: Browser,
  url: string,
): Promise<{ open: number; commit: number[]; paint: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('total-monthly').waitFor();
  const text = JSON.stringify(thousandLineScenario());
  const openStart = Date.now();
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'thousand.cloudsizer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.locator(`[data-line-id="line-${LINES - 1}"]`).waitFor({ state: 'attached', timeout: 60_000 });
  const open = Date.now() - openStart;
  // an opened estimate lists its lines as summaries: open every editor (the heaviest page) before timing edits
  await page.getByTestId('lines-editors').click();
  await page
    .locator(`[data-line-id="line-${LINES - 10}"] input`)
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 });
  const commit: number[] = [];
  const paint: number[] = [];
  for (let i = 0; i < EDIT_SAMPLES; i++) {
    // EC2 lines are every i % 10 in 0..3: line-0, line-10, line-20, … (spread over the whole estimate)
    const lineId = `line-${(i * 50) % LINES}`;
    const sample = (await page.evaluate(`(${EDIT_ONE_LINE})(${JSON.stringify(lineId)})`)) as {
      commit: number;
      paint: number;
    };
    commit.push(sample.commit);
    paint.push(sample.paint);
  }
  await context.close();
  return { open, commit, paint };
}

function jsBytes(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].reduce(
    (sum, match) => sum + readFileSync(join(dir, match[1]!)).length,
    0,
  );
}

export async function runUiBench(): Promise<UiBenchResult> {
  const { appDir, bareDir, scriptFreeDir } = await buildBoth();
  const app = await serve(appDir);
  const bare = await serve(bareDir);
  const scriptFree = await serve(scriptFreeDir);
  const executablePath =
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const appLoads: LoadSample[] = [];
    const bareLoads: LoadSample[] = [];
    const scriptFreePaints: number[] = [];
    const loadAverages: number[] = [];
    await loadTime(browser, app.url, '[data-testid="total-monthly"]'); // warm the OS file cache once
    await loadTime(browser, bare.url, 'h1');
    for (let i = 0; i < LOAD_RUNS; i++) {
      appLoads.push(await loadTime(browser, app.url, '[data-testid="total-monthly"]'));
      bareLoads.push(await loadTime(browser, bare.url, 'h1'));
      scriptFreePaints.push(await firstPaintTime(browser, scriptFree.url));
      loadAverages.push(loadavg()[0] ?? 0);
    }
    const breakdown = medianMarks(appLoads);
    const edits = await editLatency(browser, app.url);
    const editMedian = median(edits.commit);
    return {
      editToTotal: {
        lines: LINES,
        samples: EDIT_SAMPLES,
        medianMs: editMedian,
        p90Ms: quantile(edits.commit, 0.9),
        maxMs: round(Math.max(...edits.commit)),
        medianUntilPaintMs: median(edits.paint),
        samplesMs: edits.commit.map(round),
        goalMs: 16,
        meetsGoal: editMedian <= 16,
      },
      openThousandLinesMs: edits.open,
      load: {
        runs: LOAD_RUNS,
        goalRatio: LOAD_GOAL_RATIO,
        firstPaint: compare(
          appLoads.map((l) => l.firstPaintMs),
          bareLoads.map((l) => l.firstPaintMs),
          LOAD_GOAL_RATIO,
        ),
        contentShown: compare(
          appLoads.map((l) => l.shownMs),
          bareLoads.map((l) => l.shownMs),
          LOAD_GOAL_RATIO,
        ),
        interactive: compare(
          appLoads.map((l) => l.readyMs),
          bareLoads.map((l) => l.readyMs),
          LOAD_GOAL_RATIO,
        ),
        scriptFreeFirstPaintMs: median(scriptFreePaints),
        hydrationMismatches: appLoads.filter((l) => 'hydration-mismatch' in l.marks).length,
        appMoments: breakdown.moments,
        appDurations: breakdown.durations,
        loadAverage: {
          min: round(Math.min(...loadAverages)),
          median: median(loadAverages),
          max: round(Math.max(...loadAverages)),
        },
      },
      bundle: { appBytes: jsBytes(appDir), bareBytes: jsBytes(bareDir) },
      browser: browser.version(),
    };
  } finally {
    await browser.close();
    app.server.close();
    bare.server.close();
    scriptFree.server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runUiBench().then(
    (result) => process.stdout.write(`${JSON.stringify({ ui: result }, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`ui bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
