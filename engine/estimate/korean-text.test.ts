/**
 * No English sentence reaches the Korean trace, warnings, reasons, generated descriptions or the Korean
 * estimate table / CSV: the four examples plus lines that hit every kind of engine text (Windows on a T
 * type, a region without prices, estimates, commitments, T credits, every S3 class path, transfer tiers,
 * Lambda). Source titles are proper names and may stay English; codes (m5.large, us-east-1) are allowed.
 */
import { describe, expect, it } from 'vitest';
import { estimateDisplayRows } from '../csv/estimate-display';
import { lineDescription } from '../csv/line-description';
import { bundledSnapshot } from '../prices/testing/bundled-files';
import { parseScenario, parseScenarioText } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { formatMessage, formatTrace } from '../trace/format';
import { englishWordsIn } from '../trace/testing/english-words';
import { estimate } from './estimate';
import { pricesFromSnapshot } from './prices-from-snapshot';
import type { EstimateResult } from './types';

const snap = bundledSnapshot();
const prices = pricesFromSnapshot(snap);
const TITLES = [...snap.sources.values()].map((s) => s.title);

const examples = import.meta.glob<string>('../../examples/*.cloudsizer.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function scenario(value: unknown): Scenario {
  const parsed = typeof value === 'string' ? parseScenarioText(value) : parseScenario(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

const ri = (term: string, offeringClass: string, payment: string) => ({
  option: 'reserved',
  offeringClass,
  term,
  payment,
});
const sp = (term: string, planType: string, payment: string) => ({
  option: 'savings-plan',
  planType,
  term,
  payment,
});

/** One line per kind of engine text. */
const SWEEP = {
  schemaVersion: 1,
  name: 'sweep',
  region: 'ap-northeast-2',
  settings: { allowEstimates: true },
  items: [
    { service: 'ec2', id: 'od', instanceType: 'm5.large', count: 2 },
    { service: 'ec2', id: 'win', instanceType: 'm5.xlarge', count: 1, os: 'windows' },
    { service: 'ec2', id: 'win-t', instanceType: 't3.micro', count: 1, os: 'windows' },
    { service: 'ec2', id: 'no-region', instanceType: 'm5.large', count: 1, region: 'eu-west-3' },
    { service: 'ec2', id: 'unknown', instanceType: 'zz9.huge', count: 1 },
    { service: 'ec2', id: 'typo', instanceType: 't3.mirco', count: 1 },
    { service: 'ec2', id: 'dedicated', instanceType: 'm5.large', count: 1, tenancy: 'dedicated' },
    { service: 'ec2', id: 'spot', instanceType: 'c5.large', count: 3, purchase: { option: 'spot' } },
    {
      service: 'ec2',
      id: 'spot-win-t',
      instanceType: 't3.micro',
      os: 'windows',
      count: 1,
      purchase: { option: 'spot' },
    },
    {
      service: 'ec2',
      id: 'ri-exact',
      instanceType: 'm5.large',
      count: 1,
      region: 'us-east-1',
      purchase: ri('3yr', 'standard', 'all-upfront'),
    },
    {
      service: 'ec2',
      id: 'ri-estimate',
      instanceType: 'm5.xlarge',
      count: 1,
      usage: { pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], startHour: 9, endHour: 18 },
      purchase: ri('1yr', 'convertible', 'partial-upfront'),
    },
    {
      service: 'ec2',
      id: 'weekend',
      instanceType: 'm5.large',
      count: 1,
      usage: { pattern: 'weekly', days: ['sat', 'sun'], startHour: 10, endHour: 16 },
    },
    {
      service: 'ec2',
      id: 'sp',
      instanceType: 'm5.large',
      count: 1,
      usage: { pattern: 'utilization', percent: 50 },
      purchase: sp('1yr', 'compute', 'no-upfront'),
    },
    {
      service: 'ec2',
      id: 'sp-win',
      instanceType: 'm5.large',
      os: 'windows',
      count: 1,
      usage: { pattern: 'hours', hoursPerMonth: 300 },
      purchase: sp('3yr', 'ec2-instance', 'partial-upfront'),
    },
    {
      service: 'ec2',
      id: 'peak-ri',
      instanceType: 'm5.large',
      count: 1,
      region: 'us-east-1',
      usage: { pattern: 'peak', peakCount: 3, peakHoursPerDay: 4 },
      purchase: ri('1yr', 'standard', 'no-upfront'),
    },
    {
      service: 'ec2',
      id: 'peak-ri-eu',
      instanceType: 'm5.large',
      count: 1,
      region: 'eu-west-3',
      usage: { pattern: 'peak', peakCount: 3, peakHoursPerDay: 4 },
      purchase: ri('1yr', 'standard', 'no-upfront'),
    },
    {
      service: 'ec2',
      id: 'spike-sp',
      instanceType: 'm5.large',
      count: 2,
      region: 'us-east-1',
      usage: { pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 72 },
      purchase: sp('1yr', 'compute', 'no-upfront'),
    },
    {
      service: 'ec2',
      id: 'spike-ri-eu',
      instanceType: 'm5.large',
      count: 1,
      region: 'eu-west-3',
      usage: { pattern: 'monthly-spike', peakCount: 3, spikeHoursPerMonth: 48 },
      purchase: ri('1yr', 'standard', 'no-upfront'),
    },
    {
      service: 'ec2',
      id: 't-unlimited',
      instanceType: 't3.large',
      count: 1,
      burstable: { averageCpuPercent: 60 },
    },
    {
      service: 'ec2',
      id: 't-unlimited-win',
      instanceType: 't3.large',
      os: 'windows',
      count: 1,
      region: 'us-east-1',
      burstable: { averageCpuPercent: 60 },
    },
    {
      service: 'ec2',
      id: 't-standard',
      instanceType: 't2.micro',
      count: 1,
      burstable: { averageCpuPercent: 60, mode: 'standard' },
    },
    {
      service: 'ec2',
      id: 'not-burstable',
      instanceType: 'm5.large',
      count: 1,
      burstable: { averageCpuPercent: 60 },
    },
    { service: 'ebs', id: 'gp3', volumeType: 'gp3', sizeGB: 100, iops: 4000, throughputMBps: 200 },
    {
      service: 'ebs',
      id: 'gp2',
      volumeType: 'gp2',
      sizeGB: 2000,
      hoursPerMonth: 12,
      count: 2,
      snapshots: { dailyChangePercent: 2, retentionDays: 7 },
    },
    { service: 'ebs', id: 'io2', volumeType: 'io2', sizeGB: 100, iops: 70000, region: 'us-east-1' },
    { service: 'ebs', id: 'st1-eu', volumeType: 'st1', sizeGB: 500, region: 'eu-west-3' },
    {
      service: 's3',
      id: 's3-standard',
      storageGB: 600000,
      objectCount: 10000,
      averageObjectKB: 100,
      putRequests: 10000,
      getRequests: 100000,
      region: 'us-east-1',
    },
    {
      service: 's3',
      id: 's3-ia',
      storageClass: 'STANDARD_IA',
      storageGB: 1000,
      objectCount: 10000,
      averageObjectKB: 64,
      retentionDays: 10,
      retrievalGB: 10,
      putRequests: 5,
    },
    {
      service: 's3',
      id: 's3-glacier',
      storageClass: 'GLACIER',
      storageGB: 1000,
      objectCount: 1000,
      averageObjectKB: 1000,
      retrievalGB: 5,
      region: 'us-east-1',
    },
    {
      service: 's3',
      id: 's3-it',
      storageClass: 'INTELLIGENT_TIERING',
      storageGB: 100,
      objectCount: 1000,
      averageObjectKB: 200,
      region: 'us-east-1',
    },
    {
      service: 's3',
      id: 's3-it-small',
      storageClass: 'INTELLIGENT_TIERING',
      storageGB: 1,
      objectCount: 100000,
    },
    { service: 's3', id: 's3-deep', storageClass: 'DEEP_ARCHIVE', storageGB: 100 },
    {
      service: 'data-transfer',
      id: 'transfer',
      internetOutGB: 200000,
      interRegionOutGB: 10,
      destinationRegion: 'us-east-1',
      interAzGB: 100,
      internetInGB: 50,
    },
    { service: 'data-transfer', id: 'transfer-eu', internetOutGB: 20, region: 'eu-west-3' },
    { service: 'data-transfer', id: 'transfer-none' },
    { service: 'lambda', id: 'fn', requestsPerMonth: 3_000_000, averageDurationMs: 120, memoryMB: 1536 },
    {
      service: 'lambda',
      id: 'fn-eu',
      requestsPerMonth: 3_000_000,
      averageDurationMs: 120,
      memoryMB: 1536,
      architecture: 'arm64',
      region: 'eu-west-3',
    },
  ],
};

/** a 740-h monthly spike set in a 744-h month, then the month shortened to 672 h (the engine warns) */
function spikeLongerThanMonth(): Scenario {
  const long = scenario({
    schemaVersion: 1,
    name: 'long spike',
    region: 'ap-northeast-2',
    settings: { hoursPerMonth: 744 },
    items: [
      {
        service: 'ec2',
        id: 'spike-long',
        instanceType: 'm5.large',
        count: 1,
        usage: { pattern: 'monthly-spike', peakCount: 2, spikeHoursPerMonth: 740 },
      },
    ],
  });
  return { ...long, settings: { ...long.settings, hoursPerMonth: 672 } };
}

function results(): EstimateResult[] {
  const list = Object.values(examples).map((text) => estimate(scenario(text), prices));
  const sweep = scenario(SWEEP);
  list.push(
    estimate(sweep, prices),
    estimate({ ...sweep, settings: { ...sweep.settings, allowEstimates: false } }, prices),
    estimate(spikeLongerThanMonth(), prices),
  );
  return list;
}

/** Every engine-written text of a result in Korean, with where it came from. */
function koreanTexts(result: EstimateResult): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const w of result.warnings) out.push({ where: 'warning', text: formatMessage(w, 'ko') });
  for (const line of result.lines) {
    const at = (what: string) => `${result.scenario.name} ${line.id} ${what}`;
    if (line.descriptionMessage) out.push({ where: at('description'), text: lineDescription(line, 'ko') });
    if (line.status === 'unpriced') out.push({ where: at('reason'), text: formatMessage(line.reason, 'ko') });
    line.trace.forEach((step, i) => out.push({ where: at(`step ${i}`), text: formatTrace(step, 'ko') }));
    for (const w of line.warnings) out.push({ where: at('warning'), text: formatMessage(w, 'ko') });
  }
  const display = estimateDisplayRows(result, { lang: 'ko' });
  for (const row of display.rows)
    for (const column of ['option', 'unit', 'flag', 'calculation', 'sources'] as const) {
      const cell = row.cells[column];
      if (typeof cell === 'string') out.push({ where: `${row.lineId ?? row.kind} ${column}`, text: cell });
    }
  return out;
}

describe('Korean engine text', () => {
  it('the examples (the Seoul one in English and Korean) and the sweep: no English words but codes, units, AWS names and source titles', () => {
    const all = results();
    expect(all).toHaveLength(8);
    expect(all[7]?.lines[0]?.warnings.map((w) => w.key)).toEqual(['warn.spikeOverMonth']);
    const texts = all.flatMap(koreanTexts);
    // warnings start with the line's id, the user's own name for it
    const names = [...TITLES, ...all.flatMap((r) => r.lines.map((l) => `${l.id}:`))];
    expect(texts.length).toBeGreaterThan(500);
    const leaks = texts
      .map(({ where, text }) => ({ where, text, words: englishWordsIn(text, names) }))
      .filter((t) => t.words.length > 0);
    expect(leaks).toEqual([]);
  });

  it('the sweep reaches every kind of text it is meant to', () => {
    const sweep = estimate(scenario(SWEEP), prices);
    const keys = new Set(
      sweep.lines.flatMap((l) => [
        ...l.trace.map((s) => s.label),
        ...l.warnings.map((w) => w.key),
        ...(l.status === 'unpriced' ? [l.reason.key] : []),
      ]),
    );
    for (const key of [
      'reason.noPrice',
      'reason.unknownType',
      'reason.unknownTypeSimilar',
      'reason.dedicated',
      'warn.estimate',
      'warn.commitmentUnused',
      'warn.tStandardThrottled',
      'warn.notBurstable',
      'ec2.overflowOnDemand',
      'usage.monthlySpike',
      'ec2.tSurplus',
      's3.storageTier',
      's3.earlyDelete',
      's3.notMonitored',
      'transfer.outTier',
      'lambda.compute',
    ] as const)
      expect(keys, key).toContain(key);
    const strict = estimate(
      { ...scenario(SWEEP), settings: { ...scenario(SWEEP).settings, allowEstimates: false } },
      prices,
    );
    expect(strict.lines.find((l) => l.id === 'ri-estimate')?.reason?.key).toBe('reason.estimateNotAllowed');
  });

  it('generated descriptions in Korean and English (English unchanged: it is the key lines are matched by)', () => {
    const lines = new Map(estimate(scenario(SWEEP), prices).lines.map((l) => [l.id, l]));
    const both = (id: string) => {
      const line = lines.get(id);
      if (!line) throw new Error(id);
      expect(lineDescription(line, 'en')).toBe(line.description);
      return lineDescription(line, 'ko');
    };
    expect(both('od')).toBe('2 × m5.large Linux, 상시 가동, 온디맨드');
    expect(both('spike-sp')).toBe(
      '2 × m5.large Linux, 기본 2대, 월 72시간 6대, 절감형 플랜(Savings Plans) Compute 1년 선결제 없음',
    );
    expect(both('ri-estimate')).toBe(
      '1 × m5.xlarge Linux, 주 5일 9–18시, 예약 인스턴스(RI) 전환형 1년 부분 선결제',
    );
    expect(both('sp-win')).toBe(
      '1 × m5.large Windows, 월 300시간, 절감형 플랜(Savings Plans) EC2 Instance 3년 부분 선결제',
    );
    expect(both('peak-ri')).toBe(
      '1 × m5.large Linux, 기본 1대, 하루 4시간 3대, 예약 인스턴스(RI) 표준 1년 선결제 없음',
    );
    expect(both('sp')).toBe(
      '1 × m5.large Linux, 월의 50%, 절감형 플랜(Savings Plans) Compute 1년 선결제 없음',
    );
    expect(both('spot')).toBe('3 × c5.large Linux, 상시 가동, 스팟 인스턴스(과거 평균)');
    expect(both('gp3')).toBe('1 × gp3 100 GB, 4000 IOPS, 200 MB/s');
    expect(both('gp2')).toBe('2 × gp2 2000 GB, 일일 스냅샷');
    expect(both('s3-ia')).toBe('S3 Standard-IA 1000 GB, 객체 10000개');
    expect(both('transfer')).toBe(
      '데이터 전송: 인터넷 송신 200000 GB, us-east-1로 10 GB, 가용 영역 간 100 GB, 수신 50 GB',
    );
    expect(both('transfer-none')).toBe('데이터 전송: 없음');
    expect(both('fn')).toBe('Lambda x86_64 1536 MB, 요청 3000000건 × 120 ms');
  });

  it('weekdays, purchase labels and dates in the trace', () => {
    const lines = new Map(estimate(scenario(SWEEP), prices).lines.map((l) => [l.id, l]));
    const trace = (id: string, lang: 'en' | 'ko') =>
      (lines.get(id)?.trace ?? []).map((step) => formatTrace(step, lang));
    expect(trace('ri-estimate', 'ko')[0]).toBe(
      '인스턴스당 사용 시간(일정 월–금 09:00–18:00): 45 시간/주 × 730 시간 ÷ 168 시간 = 195.5357 시간',
    );
    expect(trace('ri-estimate', 'en')[0]).toMatch(/^Hours per instance \(schedule Mon–Fri 09:00–18:00\)/);
    expect(trace('weekend', 'ko')[0]).toMatch(/^인스턴스당 사용 시간\(일정 토, 일 10:00–16:00\)/);
    expect(trace('ri-exact', 'ko')).toContain(
      '예약 인스턴스(RI) 표준 3년 전체 선결제: 선결제: $949.00 × 1 대 = $949.00',
    );
    expect(trace('ri-exact', 'en')).toContain(
      'Reserved Instance Standard 3 years All upfront: upfront: $949.00 × 1 = $949.00',
    );
    expect(trace('od', 'ko')[1]).toBe(
      '가격 출처: SkyPilot AWS catalogue rows for ap-northeast-2 (transcribed) (날짜 없음; 정확; 스냅샷 2026-11-snapshot-1)',
    );
    expect(trace('od', 'en')[1]).toBe(
      'Price source: SkyPilot AWS catalogue rows for ap-northeast-2 (transcribed) (undated; exact; snapshot 2026-11-snapshot-1)',
    );
  });
});
