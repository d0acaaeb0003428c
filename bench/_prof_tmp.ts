import { performance } from 'node:perf_hooks';
import { loadBundledSnapshot } from '/work/main/cli/load-bundled-snapshot';
import { pricesFromSnapshot } from '/work/main/engine/estimate/prices-from-snapshot';
import { profileFromSeries, recommendFleet, rightsizingSettings } from '/work/main/engine/rightsizing';
const snap = loadBundledSnapshot();
const prices = pricesFromSnapshot(snap);
const TYPES = ['m5.2xlarge', 'm5.xlarge', 'm5.large', 'c5.xlarge', 'c5.2xlarge', 'r5.xlarge', 't3.large', 'm6i.xlarge', 'c6i.large', 'r6i.2xlarge'];
const series = Array.from({ length: 1000 }, (_, i) => {
  const cpu = new Float64Array(4032); const base = 2 + (i*7)%60;
  for (let k=0;k<4032;k++) cpu[k]= Math.min(100, base + ((k*13)%17));
  return { instance: 'i'+i, instanceType: TYPES[i%10]!, region: null, startMs: 0, length: 4032, cpu, memory: new Float64Array(4032).fill(10+(i%70)), networkMbps: null, ebsIops: null, ebsMbps: null };
});
const settings = rightsizingSettings({ region: 'us-east-1' });
for (let rep=0; rep<3; rep++) {
let t = performance.now();
const profiles = series.flatMap((s) => profileFromSeries(s, settings.cpuThreshold) ?? []);
const t1 = performance.now();
const fleet = recommendFleet(profiles, prices, snap.catalogue.types, settings);
const t2 = performance.now();
console.log('profiles', (t1-t).toFixed(0), 'recommend', (t2-t1).toFixed(0), JSON.stringify(fleet.summary.byFinding));
}
