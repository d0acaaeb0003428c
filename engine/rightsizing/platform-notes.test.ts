/** Platform differences on the bundled catalogue's specs (vCPU, memory, maker, instance store, bandwidth). */
import { describe, expect, it } from 'vitest';
import type { SummaryRow } from '../utilization';
import { englishWordsIn } from '../trace/testing/english-words';
import { platformNotes } from './platform-notes';
import { profileFromSummary } from './profile';
import { recommendInstance, rightsizingContext } from './recommend';
import type { Requirements } from './requirements';
import { rightsizingSettings } from './settings';
import { bundledPrices, catalogueSubset } from './testing/bundled-prices';

const spec = (type: string) => catalogueSubset([type])[0]!;
const unmeasured: Requirements = {
  vcpu: 1,
  memoryGiB: 4,
  memoryMeasured: true,
  networkMbps: null,
  ebsMbps: null,
  dailyAvgVcpu: [],
};

describe('platform differences of a move to another type', () => {
  it('another x86 maker: m5.2xlarge (Intel) → t3a.large (AMD), with less network and EBS bandwidth unmeasured', () => {
    const notes = platformNotes(spec('m5.2xlarge'), spec('t3a.large'), unmeasured);
    expect(notes.map((n) => n.en)).toEqual([
      't3a.large runs on AMD processors, m5.2xlarge on Intel: vCPUs are counted as equal here, but the work one vCPU does differs; test the workload before switching',
      't3a.large has less baseline bandwidth: network 512 Mbps (now 2,500), EBS 2,780 Mbps (now 4,750); the data has no measure of that use, so check it before switching',
    ]);
    expect(notes.map((n) => n.ko)).toEqual([
      't3a.large는 AMD, m5.2xlarge는 Intel 프로세서입니다: 여기서는 vCPU를 같게 세지만 vCPU 하나가 하는 일의 양은 다르니 바꾸기 전에 워크로드로 시험하세요',
      't3a.large는 기준 대역폭이 더 작습니다: 네트워크 512 Mbps (지금 2,500), EBS 2,780 Mbps (지금 4,750). 데이터에 이 사용량이 없으니 바꾸기 전에 확인하세요',
    ]);
  });

  it('a measured use is a requirement, not a note: only the unmeasured EBS bandwidth is mentioned', () => {
    const notes = platformNotes(spec('m5.2xlarge'), spec('m5.large'), { ...unmeasured, networkMbps: 100 });
    expect(notes.map((n) => n.en)).toEqual([]);
    const toAmd = platformNotes(spec('m5.2xlarge'), spec('t3a.large'), { ...unmeasured, networkMbps: 100 });
    expect(toAmd.map((n) => n.code)).toEqual(['processor-change', 'lower-bandwidth-unmeasured']);
    expect(toAmd[1]?.en).toMatch(/^t3a\.large has less baseline bandwidth: EBS 2,780 Mbps \(now 4,750\);/);
  });

  it('a local instance store that is gone or smaller: i3.large (475 GiB NVMe) → r5.large / r5d.large (75 GiB)', () => {
    expect(platformNotes(spec('i3.large'), spec('r5.large'), unmeasured).map((n) => [n.code, n.en])).toEqual([
      [
        'instance-store-loss',
        'i3.large has 475 GiB of local NVMe instance store and r5.large has none: move what is kept there (e.g. to EBS) first',
      ],
    ]);
    expect(platformNotes(spec('i3.large'), spec('r5d.large'), unmeasured).map((n) => n.ko)).toEqual([
      'r5d.large의 로컬 NVMe 인스턴스 스토어는 75 GiB로 i3.large의 475 GiB보다 작습니다: 거기 둔 데이터가 들어가는지 확인하세요',
    ]);
  });

  it('says nothing for the same type, a same-maker move with as much bandwidth, or Graviton (its own note)', () => {
    expect(platformNotes(spec('m5.large'), spec('m5.large'), unmeasured)).toEqual([]);
    expect(platformNotes(spec('m5.large'), spec('r5.large'), unmeasured)).toEqual([]);
    expect(platformNotes(spec('m5.large'), spec('m6g.large'), unmeasured)).toEqual([]);
  });

  it('reads in Korean with only the course’s own terms and the processor makers left in Latin letters', () => {
    const pairs = [
      ['m5.2xlarge', 't3a.large'],
      ['i3.large', 'r5.large'],
      ['i3.large', 'r5d.large'],
    ] as const;
    for (const [from, to] of pairs)
      for (const note of platformNotes(spec(from), spec(to), unmeasured))
        expect(englishWordsIn(note.ko, ['Intel', 'AMD']), note.ko).toEqual([]);
  });
});

describe('the recommendation carries them', () => {
  it('nginx on m5.2xlarge → t3a.large: the AMD processor and the smaller bandwidth are named', () => {
    const row: SummaryRow = {
      line: 2,
      instance: 'web-nginx-1',
      instanceType: 'm5.2xlarge',
      region: 'us-east-1',
      cpuP99: 9,
      cpuMax: 22,
      cpuAvg: 4,
      memoryMaxPct: 15,
      networkPeakMbps: null,
      hoursPerMonth: null,
    };
    const catalogue = catalogueSubset(['m5.2xlarge', 'm5.large', 't3a.large', 'm6g.large']);
    const settings = rightsizingSettings({ region: 'us-east-1' });
    const r = recommendInstance(
      profileFromSummary(row),
      rightsizingContext(bundledPrices(), catalogue, settings),
    );
    expect(r.recommended?.type.type).toBe('t3a.large');
    expect(r.notes.map((n) => n.code)).toEqual([
      'summary-p99',
      'graviton-migration',
      'processor-change',
      'lower-bandwidth-unmeasured',
      'lower-bandwidth-unmeasured',
    ]);
    expect(
      r.notes.filter((n) => n.code === 'lower-bandwidth-unmeasured').map((n) => n.en.split(':')[0]),
    ).toEqual(['t3a.large has less baseline bandwidth', 'm6g.large has less baseline bandwidth']);
  });
});
