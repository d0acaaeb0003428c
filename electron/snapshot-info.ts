/**
 * The price snapshot the app ships with, read from pricing-data/manifest.json at build time (Vite
 * inlines it). A missing or malformed manifest gives nulls: the About box then says "unknown".
 */
import { z } from 'zod';
import { manifestSchema } from '../pricing-data/schema';

export interface SnapshotInfo {
  snapshotDate: string | null;
  snapshotId: string | null;
}

const snapshotFieldsSchema = z.object({
  snapshotDate: manifestSchema.shape.snapshotDate,
  snapshotId: manifestSchema.shape.snapshotId,
});

export function snapshotInfoFrom(manifest: unknown): SnapshotInfo {
  const parsed = snapshotFieldsSchema.safeParse(manifest);
  return parsed.success
    ? { snapshotDate: parsed.data.snapshotDate, snapshotId: parsed.data.snapshotId }
    : { snapshotDate: null, snapshotId: null };
}

const bundledManifests = import.meta.glob('../pricing-data/manifest.json', {
  eager: true,
  import: 'default',
});

export const BUNDLED_SNAPSHOT: SnapshotInfo = snapshotInfoFrom(Object.values(bundledManifests)[0]);
