/**
 * Remembers every price lookup of a `Prices`: a scenario asks for the same few quotes again and again
 * (10,000 lines use a handful of types and keys). Quotes are immutable data, so the first answer is
 * returned for the same question. `Prices` must therefore be pure: the same question, the same answer.
 */
import type { OperatingSystem, Region, S3StorageClass } from '../../pricing-data/schema';
import type { CuratedService, Prices, ReservedQuery, SavingsPlanQuery } from './prices';

/** a table stops growing here (keys come from typed input) and starts again empty */
const MAX_ENTRIES = 20_000;

/** Answers by a path of string keys; nested maps, so a lookup builds no key string. */
class Answers<V> {
  private readonly root = new Map<string, unknown>();
  private size = 0;

  get(keys: readonly string[], compute: () => V): V {
    let level = this.root;
    const last = keys.length - 1;
    for (let i = 0; i < last; i++) {
      const key = keys[i] as string;
      let next = level.get(key) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const leaf = keys[last] as string;
    if (level.has(leaf)) return level.get(leaf) as V;
    if (this.size >= MAX_ENTRIES) {
      this.root.clear();
      this.size = 0;
      return this.get(keys, compute);
    }
    const value = compute();
    level.set(leaf, value);
    this.size++;
    return value;
  }
}

const memoized = new WeakSet<Prices>();

/** `compute`'s answer, computed on the first call only. */
function once<V>(compute: () => V): () => V {
  let answer: { value: V } | undefined;
  return () => (answer ??= { value: compute() }).value;
}

/** `prices` with every lookup remembered; a `Prices` that already remembers is returned as it is. */
export function memoizedPrices(prices: Prices): Prices {
  if (memoized.has(prices)) return prices;
  const instance = new Answers<ReturnType<Prices['instance']>>();
  const onDemand = new Answers<ReturnType<Prices['onDemand']>>();
  const spot = new Answers<ReturnType<Prices['spot']>>();
  const reserved = new Answers<ReturnType<Prices['reserved']>>();
  const savingsPlan = new Answers<ReturnType<Prices['savingsPlan']>>();
  const curated = new Answers<ReturnType<Prices['curated']>>();
  const tSurplusRate = new Answers<ReturnType<Prices['tSurplusRate']>>();
  const s3ClassRule = new Answers<ReturnType<Prices['s3ClassRule']>>();
  const memo: Prices = {
    snapshotId: prices.snapshotId,
    snapshotDate: prices.snapshotDate,
    instance: (type: string) => instance.get([type], () => prices.instance(type)),
    instanceTypes: once(() => prices.instanceTypes()),
    onDemand: (region: Region, type: string, os: OperatingSystem) =>
      onDemand.get([region, type, os], () => prices.onDemand(region, type, os)),
    spot: (region: Region, type: string, os: OperatingSystem) =>
      spot.get([region, type, os], () => prices.spot(region, type, os)),
    reserved: (q: ReservedQuery) =>
      reserved.get([q.region, q.type, q.os, q.term, q.offeringClass, q.payment], () => prices.reserved(q)),
    savingsPlan: (q: SavingsPlanQuery) =>
      savingsPlan.get([q.region, q.type, q.os, q.planType, q.term, q.payment], () => prices.savingsPlan(q)),
    curated: (service: CuratedService, region: Region, key: string) =>
      curated.get([service, region, key], () => prices.curated(service, region, key)),
    tSurplusRate: (os: OperatingSystem) => tSurplusRate.get([os], () => prices.tSurplusRate(os)),
    s3ClassRule: (storageClass: S3StorageClass) =>
      s3ClassRule.get([storageClass], () => prices.s3ClassRule(storageClass)),
  };
  memoized.add(memo);
  return memo;
}
