/**
 * Test support: the bundled snapshot (pricing-data/*.json, checked by loadSnapshot) bound to `Prices`,
 * and a chosen subset of its catalogue so hand-computed cases stay small. Vite/vitest only.
 */
import type { InstanceType } from '../../../pricing-data/schema';
import { pricesFromSnapshot } from '../../estimate/prices-from-snapshot';
import type { Prices } from '../../estimate/prices';
import { loadSnapshot, type PriceSnapshot } from '../../prices';

const raw = import.meta.glob<string>('../../../pricing-data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let snapshot: PriceSnapshot | undefined;

export function bundledSnapshot(): PriceSnapshot {
  snapshot ??= loadSnapshot(
    Object.fromEntries(
      Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
    ),
  );
  return snapshot;
}

export function bundledPrices(): Prices {
  return pricesFromSnapshot(bundledSnapshot());
}

export function catalogueSubset(types: readonly string[]): InstanceType[] {
  const snap = bundledSnapshot();
  return types.map((t) => {
    const row = snap.index.get(t);
    if (!row) throw new Error(`test catalogue: ${t} is not in the bundled snapshot`);
    return row;
  });
}
