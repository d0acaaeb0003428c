import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { loadBundledSnapshot } from '../../cli/load-bundled-snapshot';
import type { PriceSnapshot } from '../prices/load-snapshot';
import { parseScenario } from '../scenario';
import seoulExample from '../../examples/seoul-3tier-web.cloudsizer.json';
import { diffSnapshots } from './diff-snapshots';
import { repriceScenario } from './reprice-scenario';

const before = loadBundledSnapshot();
const seoulOld = before.onDemand.regions['ap-northeast-2'] ?? {};
const r5Old = seoulOld['r5.large']?.hourly ?? '';

/** The bundled snapshot with known edits: r5.large Seoul +0.01/h, m5.large us-east-1 removed, one type added. */
function edited(): PriceSnapshot {
  const { ['m5.large']: _removed, ...usEast1 } = before.onDemand.regions['us-east-1'] ?? {};
  const seoul = {
    ...seoulOld,
    'r5.large': {
      hourly: new Decimal(r5Old).plus('0.01').toString(),
      source: 'x',
      confidence: 'high' as const,
    },
  };
  const ebsSeoul = (before.ebs.regions['ap-northeast-2'] ?? []).map((i) =>
    i.key === 'gp3.storage' ? { ...i, price: null } : i,
  );
  return {
    ...before,
    manifest: { ...before.manifest, snapshotId: 'edited' },
    onDemand: {
      ...before.onDemand,
      regions: {
        ...before.onDemand.regions,
        'us-east-1': usEast1,
        'ap-northeast-2': seoul,
        'eu-west-1': {
          ...before.onDemand.regions['eu-west-1'],
          'm7i.large': { hourly: '0.1', source: 'x', confidence: 'high' },
        },
      },
    },
    ebs: { ...before.ebs, regions: { ...before.ebs.regions, 'ap-northeast-2': ebsSeoul } },
  };
}

describe('diffSnapshots', () => {
  const after = edited();

  it('finds nothing between a snapshot and itself', () => {
    const diff = diffSnapshots(before, before);
    expect(diff).toEqual({
      from: before.manifest.snapshotId,
      to: before.manifest.snapshotId,
      addedTypes: [],
      removedTypes: [],
      changes: [],
    });
  });

  it('lists added and removed types and each price change with amount and percent', () => {
    const diff = diffSnapshots(before, after);
    expect(diff.addedTypes).toEqual([{ region: 'eu-west-1', type: 'm7i.large' }]);
    expect(diff.removedTypes).toEqual([{ region: 'us-east-1', type: 'm5.large' }]);
    const r5 = diff.changes.find((c) => c.item === 'r5.large' && c.region === 'ap-northeast-2');
    expect(r5?.amount?.toString()).toBe('0.01');
    expect(r5?.percent?.toString()).toBe(new Decimal('1').dividedBy(r5Old).toString());
    const gp3 = diff.changes.find((c) => c.table === 'ebs' && c.item === 'gp3.storage');
    expect(gp3).toMatchObject({ region: 'ap-northeast-2', after: null, amount: null, percent: null });
    expect(gp3?.before?.toString()).toBe('0.0912');
    expect(diff.changes).toHaveLength(4);
  });

  it('filters by table, region, item text, minimum percent and changed-only', () => {
    expect(diffSnapshots(before, after, { tables: ['ebs'] }).changes.map((c) => c.item)).toEqual([
      'gp3.storage',
    ]);
    expect(diffSnapshots(before, after, { regions: ['us-east-1'] }).changes.map((c) => c.item)).toEqual([
      'm5.large',
    ]);
    expect(diffSnapshots(before, after, { item: 'r5.' }).changes).toHaveLength(1);
    expect(diffSnapshots(before, after, { include: 'changed' }).changes.map((c) => c.item)).toEqual([
      'r5.large',
    ]);
    expect(diffSnapshots(before, after, { include: 'changed', minPercent: 50 }).changes).toEqual([]);
  });
});

describe('repriceScenario', () => {
  it('re-prices the Seoul 3-tier example: the r5.large line moves by 2 × 730 h × $0.01', () => {
    const parsed = parseScenario(seoulExample);
    if (!parsed.ok) throw new Error('example scenario does not parse');
    const result = repriceScenario(parsed.scenario, before, edited());
    const db = result.lines.find((l) => l.id === 'db-primary');
    expect(db?.monthlyDelta?.toString()).toBe('14.6');
    expect(result.from.snapshotId).toBe(before.manifest.snapshotId);
    expect(result.to.snapshotId).toBe('edited');
    for (const line of result.lines.filter((l) => l.id !== 'db-primary')) {
      // untouched prices give a zero delta; the EBS gp3 price made unavailable gives none
      expect(line.monthlyDelta === null || line.monthlyDelta.isZero()).toBe(true);
    }
  });
});

describe('diffSnapshots on Windows on-demand rates', () => {
  it('reports an exact Windows rate that an update added or changed', () => {
    const seoulWindows = before.onDemandWindows.regions['ap-northeast-2'] ?? {};
    const x2 = seoulWindows['x2iedn.32xlarge'];
    if (!x2) throw new Error('the bundled Seoul x2iedn.32xlarge Windows rate is missing');
    const updated: PriceSnapshot = {
      ...before,
      manifest: { ...before.manifest, snapshotId: 'windows-update' },
      onDemandWindows: {
        ...before.onDemandWindows,
        regions: {
          ...before.onDemandWindows.regions,
          'ap-northeast-2': {
            ...seoulWindows,
            'x2iedn.32xlarge': { ...x2, hourly: new Decimal(x2.hourly).plus('1').toString() },
            't3.micro': { hourly: '0.0222', source: x2.source, confidence: 'high' },
          },
        },
      },
    };
    const diff = diffSnapshots(before, updated, { tables: ['ec2-ondemand-windows'] });
    expect(diff.changes.map((c) => [c.item, c.before?.toString() ?? null, c.after?.toString()])).toEqual([
      ['t3.micro', null, '0.0222'],
      ['x2iedn.32xlarge', x2.hourly, new Decimal(x2.hourly).plus('1').toString()],
    ]);
    expect(diff.changes[1]?.amount?.toString()).toBe('1');
  });
});
