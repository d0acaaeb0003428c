/**
 * Opens the fetched price tables as a lazily checked snapshot: the tables every estimate needs are checked
 * before the app renders; the rest (Spot advisor, RI and Savings Plans rates, typical discounts) are
 * checked on first use or, one per idle period, after the first screen is up. No table is used unchecked:
 * the tables of the manifest the build checked (VERIFIED_MANIFEST_SHA256) are matched to it by sha256.
 */
import { loadSnapshotLazy, type LazySnapshot } from '../../../engine/prices';
import type { TableName } from '../../../pricing-data/schema';
import type { FetchedTables } from './fetch-tables';
import { VERIFIED_MANIFEST_SHA256 } from './verified-manifest';

export const FIRST_SCREEN_TABLES: readonly TableName[] = [
  'regions',
  'ec2-catalogue',
  'ec2-ondemand-linux',
  'ec2-license-rules',
  'ebs',
  's3',
  's3-class-rules',
  'data-transfer',
  'lambda',
];

/** performance.measure('cloudsizer:table:<name>') around each table's check, for the load bench. */
function measured(name: TableName, check: () => void): void {
  const start = performance.now();
  try {
    check();
  } finally {
    performance.measure(`cloudsizer:table:${name}`, { start, end: performance.now() });
  }
}

/** @throws SnapshotError (naming the file) if the manifest or a first-screen table is bad */
export function openSnapshot(tables: FetchedTables): LazySnapshot {
  const lazy = loadSnapshotLazy(tables.texts, {
    ...(tables.digests ? { digests: tables.digests } : {}),
    measure: measured,
    ...(VERIFIED_MANIFEST_SHA256 ? { verifiedManifestSha256: VERIFIED_MANIFEST_SHA256 } : {}),
  });
  for (const name of FIRST_SCREEN_TABLES) lazy.validate(name);
  return lazy;
}

export type IdleScheduler = (task: () => void) => void;

export const whenIdle: IdleScheduler = (task) => {
  if (typeof globalThis.requestIdleCallback === 'function')
    globalThis.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 50);
};

/**
 * Checks the remaining tables one per idle period. Resolves when all are checked; rejects with the
 * SnapshotError of the first bad one (a table already checked on use is skipped).
 */
export function checkRestWhenIdle(lazy: LazySnapshot, schedule: IdleScheduler = whenIdle): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const name = lazy.pending()[0];
      if (name === undefined) {
        resolve();
        return;
      }
      try {
        lazy.validate(name);
      } catch (error) {
        reject(error);
        return;
      }
      schedule(next);
    };
    schedule(next);
  });
}
