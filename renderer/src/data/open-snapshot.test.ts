import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../engine/prices';
import { TABLE_NAMES } from '../../../pricing-data/schema';
import { bundledSnapshot } from './bundled-snapshot';
import { checkRestWhenIdle, FIRST_SCREEN_TABLES, openSnapshot, type IdleScheduler } from './open-snapshot';
import { fetchedBundled } from './test-tables';

/** Runs scheduled tasks one at a time when `flush` is called, counting them. */
function manualScheduler() {
  const queue: Array<() => void> = [];
  let runs = 0;
  const schedule: IdleScheduler = (task) => void queue.push(task);
  const flush = () => {
    while (queue.length) {
      runs++;
      queue.shift()?.();
    }
    return runs;
  };
  return { schedule, flush };
}

const spoilSpot = (files: Record<string, string>) => ({
  ...files,
  'ec2-spot-advisor.json': (files['ec2-spot-advisor.json'] ?? '').replace(
    '"ap-northeast-2"',
    '"ap-northeast-9"',
  ),
});

describe('openSnapshot', () => {
  it('checks the first-screen tables before returning and leaves the others for later', async () => {
    const lazy = openSnapshot(await fetchedBundled());
    expect(lazy.pending()).toEqual(TABLE_NAMES.filter((name) => !FIRST_SCREEN_TABLES.includes(name)));
    expect(lazy.pending()).toContain('ec2-spot-advisor');
    expect(lazy.snapshot.onDemand.regions['ap-northeast-2']?.['m5.large']?.hourly).toBe('0.118');
    expect({ ...lazy.snapshot }).toEqual({ ...bundledSnapshot() });
  });

  it('without Web Crypto digests the engine hashes each table itself, with the same result', async () => {
    const lazy = openSnapshot(await fetchedBundled(undefined, { webCrypto: false }));
    lazy.validate('ec2-spot-advisor');
    expect(lazy.snapshot.spot).toEqual(bundledSnapshot().spot);
  });

  it('refuses at once when a first-screen table is corrupted, naming the file', async () => {
    const fetched = await fetchedBundled((files) => ({
      ...files,
      'ec2-catalogue.json': (files['ec2-catalogue.json'] ?? '').replace('"m5.large"', '"m5.larg"'),
    }));
    expect(() => openSnapshot(fetched)).toThrow(SnapshotError);
    expect(() => openSnapshot(fetched)).toThrow(/^price snapshot: ec2-catalogue\.json: sha256 mismatch/);
  });
});

describe('checkRestWhenIdle', () => {
  it('checks the remaining tables one per idle period, then resolves', async () => {
    const lazy = openSnapshot(await fetchedBundled());
    const remaining = lazy.pending().length;
    const idle = manualScheduler();
    const done = checkRestWhenIdle(lazy, idle.schedule);
    expect(idle.flush()).toBe(remaining + 1);
    await expect(done).resolves.toBeUndefined();
    expect(lazy.pending()).toEqual([]);
  });

  it('a corrupted Spot table does not stop the first screen but is refused in idle time and on use', async () => {
    const lazy = openSnapshot(await fetchedBundled(spoilSpot));
    expect(lazy.snapshot.ebs.regions['ap-northeast-2']).toBeDefined();
    const idle = manualScheduler();
    const done = checkRestWhenIdle(lazy, idle.schedule);
    idle.flush();
    await expect(done).rejects.toThrow(/^price snapshot: ec2-spot-advisor\.json: sha256 mismatch/);
    expect(() => lazy.snapshot.spot).toThrow(SnapshotError);
  });
});
