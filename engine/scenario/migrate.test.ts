import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

const v0 = {
  schemaVersion: 0,
  title: 'Seoul web (pre-release)',
  region: 'ap-northeast-2',
  hoursPerMonth: 730,
  vat: true,
  krwRate: { krwPerUsd: '1385.20', date: '2026-07-20' },
  lines: [
    { type: 'ec2', id: 'web', instanceType: 'm5.large', quantity: 2, pricing: 'ri-3yr-partial-upfront' },
    { type: 'ec2', id: 'batch', instanceType: 'c5.large', quantity: 4, pricing: 'spot' },
    { type: 'ebs', id: 'disk', volumeType: 'gp3', sizeGB: 100, quantity: 2 },
  ],
};

describe('migrations', () => {
  it('reads a pre-release (schemaVersion 0) file as version 1, with a note', () => {
    const r = parseScenario(v0);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.migratedFrom).toBe(0);
    expect(r.notes).toEqual([
      {
        path: '$',
        message:
          'converted from schemaVersion 0 to 1; saving writes the new format (older CloudSizer versions cannot read it)',
        ko: 'schemaVersion 0 형식을 1 형식으로 바꿨습니다. 저장하면 새 형식으로 저장되어 이전 버전의 CloudSizer에서는 열 수 없습니다',
      },
    ]);
    expect(r.scenario.name).toBe('Seoul web (pre-release)');
    expect(r.scenario.settings).toEqual({
      hoursPerMonth: 730,
      freeTier: true,
      allowEstimates: false,
      currency: { display: 'KRW', krwPerUsd: '1385.20', rateDate: '2026-07-20' },
      vat: true,
    });
    const [web, batch, disk] = r.scenario.items;
    expect(web?.service === 'ec2' && [web.count, web.purchase]).toEqual([
      2,
      { option: 'reserved', offeringClass: 'standard', term: '3yr', payment: 'partial-upfront' },
    ]);
    expect(batch?.service === 'ec2' && batch.purchase).toEqual({ option: 'spot' });
    expect(disk?.service === 'ebs' && disk.count).toBe(2);
  });

  it('passes what it does not understand on, so the version 1 schema names it', () => {
    const r = parseScenario({
      ...v0,
      lines: [{ type: 'ec2', id: 'x', instanceType: 'm5.large', quantity: 1, pricing: 'dedicated-host' }],
    });
    expect(!r.ok && r.issues).toEqual([
      { path: '$.items[0]', message: 'Unrecognized key: "pricing"', ko: '알 수 없는 키: "pricing"' },
    ]);
  });

  it('a current file has no note; a newer one is refused', () => {
    const current = parseScenario({ schemaVersion: 1, name: 'x', region: 'us-east-1', items: [] });
    expect(current.ok && [current.migratedFrom, current.notes]).toEqual([null, []]);
    const future = parseScenario({ schemaVersion: 3, name: 'x', region: 'us-east-1', items: [] });
    expect(!future.ok && future.issues[0]).toEqual({
      path: '$.schemaVersion',
      message: 'schemaVersion 3 was written by a newer CloudSizer; this version reads up to 1',
      ko: '더 새로운 CloudSizer에서 만든 파일입니다 (schemaVersion 3): 이 버전은 schemaVersion 1까지 읽을 수 있으니 CloudSizer를 업데이트하세요',
    });
  });
});
