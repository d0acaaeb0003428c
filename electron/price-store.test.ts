import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../engine/prices/load-snapshot';
import { createPriceStore, type PriceStoreDeps } from './price-store';
import { BUNDLED_DIR, BUNDLED_ID, installCopy, storeState } from './price-test-fixtures';

const temps: string[] = [];
const tempStore = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cloudsizer-price-store-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const NEW_ID = 'aws-update-20261122-010203';
const OLDER_ID = 'aws-update-20261101-000000';
const bundledInfo = { snapshotId: BUNDLED_ID, snapshotDate: '2026-11-21' };
const store = (storeDir: string, overrides: Partial<PriceStoreDeps> = {}) =>
  createPriceStore({ storeDir, bundledDir: BUNDLED_DIR, bundledInfo, ...overrides });
/** Raises m5.large in Seoul from 0.118 to 0.119 without updating the manifest's sha256. */
const corruptSeoulPrice = (name: string, text: string) =>
  name === 'ec2-ondemand-linux.json' ? text.replace('"hourly": "0.118"', '"hourly": "0.119"') : text;

describe('price store: listing', () => {
  it('lists only the bundled snapshot, active, when the store folder does not exist yet', async () => {
    const dir = path.join(tempStore(), 'snapshots');
    expect(await store(dir).list()).toEqual({
      storeFolder: dir,
      activeId: BUNDLED_ID,
      pointerProblem: null,
      snapshots: [
        {
          id: BUNDLED_ID,
          date: '2026-11-21',
          kind: 'bundled',
          folder: BUNDLED_DIR,
          active: true,
          problem: null,
        },
      ],
    });
  });

  it('lists installed snapshots newest first, marks the one `current` names, and skips what is not a snapshot', async () => {
    const dir = tempStore();
    installCopy(dir, OLDER_ID, '2026-11-01');
    installCopy(dir, NEW_ID, '2026-11-22');
    mkdirSync(path.join(dir, `.staging-aws-update-20261123-000000`));
    mkdirSync(path.join(dir, 'half-copied'));
    writeFileSync(path.join(dir, 'current.tmp'), 'x');
    symlinkSync(BUNDLED_DIR, path.join(dir, 'linked-snapshot'));
    writeFileSync(path.join(dir, 'current'), `${OLDER_ID}\n`);

    const list = await store(dir).list();
    expect(list.activeId).toBe(OLDER_ID);
    expect(list.pointerProblem).toBeNull();
    expect(list.snapshots.map((s) => [s.id, s.kind, s.date, s.active, s.problem])).toEqual([
      [BUNDLED_ID, 'bundled', '2026-11-21', false, null],
      [NEW_ID, 'installed', '2026-11-22', false, null],
      [OLDER_ID, 'installed', '2026-11-01', true, null],
      [
        'half-copied',
        'installed',
        null,
        false,
        `${path.join(dir, 'half-copied', 'manifest.json')} is missing`,
      ],
    ]);
    expect(list.snapshots[1]?.folder).toBe(path.join(dir, NEW_ID));
  });

  it('falls back to the bundled snapshot and says why when `current` names a missing folder', async () => {
    const dir = tempStore();
    writeFileSync(path.join(dir, 'current'), 'aws-update-20990101-000000\n');
    const list = await store(dir).list();
    expect(list.activeId).toBe(BUNDLED_ID);
    expect(list.snapshots[0]?.active).toBe(true);
    expect(list.pointerProblem).toBe(
      `${path.join(dir, 'current')} names aws-update-20990101-000000, but ${path.join(dir, 'aws-update-20990101-000000')} does not exist`,
    );
  });

  it('flags a folder whose manifest names another snapshot', async () => {
    const dir = tempStore();
    const copy = installCopy(dir, NEW_ID, '2026-11-22');
    const renamed = path.join(dir, 'renamed-by-hand');
    rmSync(renamed, { recursive: true, force: true });
    mkdirSync(renamed);
    writeFileSync(path.join(renamed, 'manifest.json'), readFileSync(path.join(copy, 'manifest.json')));
    const entry = (await store(dir).list()).snapshots.find((s) => s.id === 'renamed-by-hand');
    expect(entry?.problem).toBe(
      `manifest.json names snapshot "${NEW_ID}", not the folder's name "renamed-by-hand"`,
    );
  });

  it('still lists the bundled snapshot (with the reason) when its tables are not installed', async () => {
    const list = await store(tempStore(), {
      bundledDir: null,
      bundledLookedIn: ['/opt/app/pricing-data'],
    }).list();
    expect(list.snapshots).toEqual([
      {
        id: BUNDLED_ID,
        date: '2026-11-21',
        kind: 'bundled',
        folder: '',
        active: true,
        problem: 'the bundled price tables were not found (looked in /opt/app/pricing-data)',
      },
    ]);
  });
});

describe('price store: reading', () => {
  it('reads the bundled snapshot: the manifest and its 14 tables, which the engine loads', async () => {
    const result = await store(tempStore()).read(BUNDLED_ID);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.value.files)).toHaveLength(15);
    expect(result.value.files['manifest.json']).toBe(
      readFileSync(path.join(BUNDLED_DIR, 'manifest.json'), 'utf8'),
    );
    expect(loadSnapshot(result.value.files).manifest.snapshotId).toBe(BUNDLED_ID);
  });

  it('reads an installed snapshot by id', async () => {
    const dir = tempStore();
    installCopy(dir, NEW_ID, '2026-11-22');
    writeFileSync(path.join(dir, NEW_ID, 'notes.txt'), 'not a table');
    const result = await store(dir).read(NEW_ID);
    if (!result.ok) throw new Error(result.error.message);
    expect(loadSnapshot(result.value.files).manifest).toMatchObject({
      snapshotId: NEW_ID,
      snapshotDate: '2026-11-22',
    });
    expect(result.value.files['notes.txt']).toBeUndefined();
  });

  it('resolves nothing that is not a listed snapshot: pointer file, staging and linked folders, parents', async () => {
    const dir = tempStore();
    installCopy(dir, NEW_ID, '2026-11-22');
    writeFileSync(path.join(dir, 'current'), `${NEW_ID}\n`);
    mkdirSync(path.join(dir, '.staging-x'));
    symlinkSync(BUNDLED_DIR, path.join(dir, 'linked'));
    const s = store(dir);
    for (const id of [
      'current',
      '.staging-x',
      'linked',
      '..',
      '../..',
      `../${path.basename(dir)}`,
      'pricing-data',
    ]) {
      expect(await s.read(id), id).toEqual({
        ok: false,
        error: {
          code: 'not-found',
          message: `no snapshot "${id}": it is neither the bundled snapshot nor a folder of ${dir}`,
        },
      });
    }
  });
});

describe('price store: switching', () => {
  it('activates a valid installed snapshot by writing `current`, and the bundled one by removing it', async () => {
    const dir = tempStore();
    installCopy(dir, NEW_ID, '2026-11-22');
    const s = store(dir);
    const switched = await s.setActive(NEW_ID);
    expect(switched.ok && switched.value.activeId).toBe(NEW_ID);
    expect(readFileSync(path.join(dir, 'current'), 'utf8')).toBe(`${NEW_ID}\n`);
    expect(storeState(dir)).toEqual([NEW_ID, `current=${NEW_ID}`]);

    const back = await s.setActive(BUNDLED_ID);
    expect(back.ok && back.value.activeId).toBe(BUNDLED_ID);
    expect(existsSync(path.join(dir, 'current'))).toBe(false);
  });

  it('refuses a snapshot whose table does not match its sha256, and keeps `current`', async () => {
    const dir = tempStore();
    installCopy(dir, OLDER_ID, '2026-11-01');
    installCopy(dir, NEW_ID, '2026-11-22', corruptSeoulPrice);
    writeFileSync(path.join(dir, 'current'), `${OLDER_ID}\n`);
    const result = await store(dir).setActive(NEW_ID);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: expect.stringMatching(
          new RegExp(
            `^snapshot ${NEW_ID} \\(.+\\) does not validate, so it was not activated: price snapshot: ec2-ondemand-linux\\.json: sha256 mismatch: .+ The active snapshot is still ${OLDER_ID}\\.$`,
          ),
        ),
      },
    });
    expect(storeState(dir)).toEqual([OLDER_ID, NEW_ID, `current=${OLDER_ID}`]);
  });

  it('refuses a folder without a readable manifest and an unknown id', async () => {
    const dir = tempStore();
    mkdirSync(path.join(dir, 'half-copied'));
    const s = store(dir);
    const broken = await s.setActive('half-copied');
    expect(broken.ok ? null : broken.error).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('price snapshot: manifest.json: file is missing'),
    });
    expect((await s.setActive('aws-update-20990101-000000')).ok).toBe(false);
    expect(existsSync(path.join(dir, 'current'))).toBe(false);
  });

  it('reports a failed pointer write as io and leaves the previous snapshot active', async () => {
    const dir = tempStore();
    installCopy(dir, NEW_ID, '2026-11-22');
    const s = store(dir, {
      writeFile: async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(await s.setActive(NEW_ID)).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: `could not write ${path.join(dir, 'current')}: no space left on device. The active snapshot is still ${BUNDLED_ID}.`,
      },
    });
    expect((await s.list()).activeId).toBe(BUNDLED_ID);
  });
});
