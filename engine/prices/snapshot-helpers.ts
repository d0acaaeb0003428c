import { REGIONS, type Region } from '../../pricing-data/schema';
import type { PriceSnapshot } from './load-snapshot';

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

/** Title and date of a manifest source; the loader guarantees every referenced id exists. */
export function sourceInfo(
  snap: PriceSnapshot,
  id: string,
): { sourceId: string; sourceTitle: string; asOf: string } {
  const source = snap.sources.get(id);
  return { sourceId: id, sourceTitle: source?.title ?? id, asOf: source?.date ?? 'unknown' };
}

export function snapshotLabel(snap: PriceSnapshot): string {
  return `snapshot ${snap.manifest.snapshotId}`;
}
