import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from './parse';

const valid = {
  schemaVersion: 1,
  name: 'x',
  region: 'us-east-1',
  items: [{ service: 'ec2', id: 'a', instanceType: 'm5.large', count: 1 }],
};

describe('parseScenario', () => {
  it('fills defaults (730 h, free tier on, on-demand, always on, Linux)', () => {
    const r = parseScenario(valid);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.scenario.settings.hoursPerMonth).toBe(730);
    expect(r.scenario.settings.freeTier).toBe(true);
    const item = r.scenario.items[0];
    if (item?.service !== 'ec2') throw new Error('not ec2');
    expect(item.purchase.option).toBe('on-demand');
    expect(item.usage.pattern).toBe('always-on');
    expect(item.os).toBe('linux');
  });
  it('lists every problem with its JSON path', () => {
    const r = parseScenario({
      ...valid,
      region: 'mars-1',
      items: [
        { service: 'ec2', id: 'a', instanceType: 'm5.large', count: 0 },
        { service: 'ebs', id: 'a', volumeType: 'gp3', sizeGB: 10, iops: 100 },
        { service: 'dynamo', id: 'c' },
      ],
    });
    if (r.ok) throw new Error('should fail');
    const paths = r.issues.map((i) => i.path);
    expect(paths).toContain('$.region');
    expect(paths).toContain('$.items[0].count');
    expect(paths).toContain('$.items[1].iops');
    expect(paths).toContain('$.items[2].service');
  });
  it('reports duplicate ids and unknown groups after the shape is valid', () => {
    const r = parseScenario({ ...valid, items: [valid.items[0], { ...valid.items[0], group: 'nope' }] });
    if (r.ok) throw new Error('should fail');
    expect(r.issues).toEqual([
      {
        path: '$.items[1].id',
        message: 'duplicate id "a" (first used by items[0])',
        ko: 'ID "a"가 중복됩니다 (items[0]에서 이미 사용)',
      },
      {
        path: '$.items[1].group',
        message: 'unknown group "nope"',
        ko: '알 수 없는 그룹 "nope": 시나리오의 그룹 목록에 있는 ID를 쓰세요',
      },
    ]);
  });
  it('refuses missing, future and non-object versions with a clear message', () => {
    const missing = parseScenario({ name: 'x' });
    expect(!missing.ok && missing.issues[0]?.path).toBe('$.schemaVersion');
    const future = parseScenario({ ...valid, schemaVersion: 2 });
    expect(!future.ok && future.issues[0]?.message).toMatch(/newer CloudSizer/);
    expect(parseScenario([]).ok).toBe(false);
  });
  it('reports JSON syntax errors with line and column, and accepts a UTF-8 BOM', () => {
    const r = parseScenarioText('{\n  "schemaVersion": 1,\n  "name": }');
    expect(!r.ok && r.issues[0]?.message).toMatch(/line 3/);
    expect(parseScenarioText('\uFEFF' + JSON.stringify(valid)).ok).toBe(true);
  });
  it('rejects unknown keys (typos) instead of ignoring them', () => {
    const r = parseScenario({ ...valid, items: [{ ...valid.items[0], cout: 2 }] });
    expect(!r.ok && r.issues[0]?.path).toBe('$.items[0]');
  });
});
