/**
 * Hand-computed recommendation cases on the bundled snapshot's us-east-1 Linux on-demand prices
 * (AWS pricing API, 2026-07-20): m5.large 0.096, m5.xlarge 0.192, m5.2xlarge 0.384, c5.large 0.085,
 * c5.xlarge 0.17, r5.large 0.126, t3.medium 0.0416, t3.large 0.0832, m6g.large 0.077, c6g.large 0.068,
 * t4g.large 0.0672 $/h; T Unlimited surplus $0.05 per vCPU-hour; 730 h per month.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SummaryRow } from '../utilization';
import { profileFromSeries, profileFromSummary } from './profile';
import { recommendInstance, rightsizingContext } from './recommend';
import { shortfalls } from './requirements';
import { rightsizingSettings, type RightsizingSettingsInput } from './settings';
import { englishWordsIn } from '../trace/testing/english-words';
import { bundledPrices, catalogueSubset } from './testing/bundled-prices';

const CATALOGUE = catalogueSubset([
  'm5.large',
  'm5.xlarge',
  'm5.2xlarge',
  'c5.large',
  'c5.xlarge',
  'r5.large',
  't3.medium',
  't3.large',
  'm6g.large',
  'm6g.xlarge',
  'c6g.large',
  't4g.large',
]);

function recommend(
  row: Partial<SummaryRow> & Pick<SummaryRow, 'instanceType'>,
  settings: RightsizingSettingsInput = {},
) {
  const full: SummaryRow = {
    line: 2,
    instance: 'i-1',
    region: 'us-east-1',
    cpuP99: 10,
    cpuMax: 20,
    cpuAvg: 5,
    memoryMaxPct: 50,
    networkPeakMbps: null,
    hoursPerMonth: null,
    ...row,
  };
  const ctx = rightsizingContext(
    bundledPrices(),
    CATALOGUE,
    rightsizingSettings({ region: 'us-east-1', ...settings }),
  );
  return recommendInstance(profileFromSummary(full), ctx);
}

const money = (d: { toFixed(n: number): string } | null | undefined) => (d ? d.toFixed(4) : null);

describe('recommendInstance: findings', () => {
  it('Over-provisioned nginx on m5.2xlarge → t3.large (T fits: average under baseline), t4g.large as the Graviton option', () => {
    // required vCPU = 12 % × 8 ÷ (1 − 0.20) = 1.2; memory = 20 % × 32 GiB ÷ 0.8 = 8 GiB
    // t3.large: 2 vCPU, 8 GiB, baseline 30 %; average 5 % of 8 vCPU = 0.4 vCPU = 20 % of 2 → fits, no surplus
    const r = recommend({ instanceType: 'm5.2xlarge', cpuP99: 12, cpuMax: 30, cpuAvg: 5, memoryMaxPct: 20 });
    expect(r.requirements).toMatchObject({ vcpu: 1.2, memoryGiB: 8 });
    expect(r.finding).toBe('Overprovisioned');
    expect(r.reasons).toEqual(['CPUOverprovisioned', 'MemoryOverprovisioned']);
    expect(r.recommended?.type.type).toBe('t3.large');
    expect(r.recommended?.burstable).toMatchObject({ mode: 'standard', baselinePct: 30, excessPct: 0 });
    expect(money(r.recommended?.monthly)).toBe('60.7360'); // 0.0832 × 730
    expect(r.alternatives.map((a) => a.type.type)).toEqual(['m5.large', 'r5.large']); // 70.08, 91.98
    expect(money(r.current?.monthly)).toBe('280.3200'); // 0.384 × 730
    expect(money(r.savings.onDemandMonthly)).toBe('219.5840');
    // margin = min(2 ÷ 1.2, 8 ÷ 8) = 1 → risk 2, +1 for relying on CPU credits
    expect(r.recommended?.risk).toBe(3);
    expect(r.recommended?.riskLabel).toBe('High');
    expect(r.graviton?.type.type).toBe('t4g.large'); // 0.0672 × 730 = 49.056
    expect(money(r.graviton?.monthly)).toBe('49.0560');
    expect(r.graviton?.architectureChange).toBe(true);
    expect(r.notes.map((n) => n.code)).toContain('graviton-migration');
    expect(r.notes.find((n) => n.code === 'graviton-migration')?.ko).toContain('ARM');
  });

  it('Under-provisioned c5.large → c5.xlarge; savings are negative (the fix costs more)', () => {
    // required vCPU = 90 % × 2 ÷ 0.8 = 2.25 > 2; memory = 70 % × 4 ÷ 0.8 = 3.5 GiB
    const r = recommend(
      { instanceType: 'c5.large', cpuP99: 90, cpuMax: 100, cpuAvg: 60, memoryMaxPct: 70 },
      { includeBurstable: false },
    );
    expect(r.requirements).toMatchObject({ vcpu: 2.25, memoryGiB: 3.5 });
    expect(r.finding).toBe('Underprovisioned');
    expect(r.reasons).toEqual(['CPUUnderprovisioned']);
    expect(r.recommended?.type.type).toBe('c5.xlarge');
    expect(money(r.savings.onDemandMonthly)).toBe('-62.0500'); // 62.05 − 124.10
    expect(r.current?.risk).toBe(4);
  });

  it('Optimized m5.large: t3.large at 50 % average CPU costs more with its Unlimited surplus', () => {
    // required = 60 % × 2 ÷ 0.8 = 1.5 vCPU, 80 % × 8 ÷ 0.8 = 8 GiB → m5.large 70.08, c5 too small
    // t3.large: average 50 % − baseline 30 % = 20 % × 2 vCPU × 730 h × 0.05 = 14.60 surplus → 60.736 + 14.60 = 75.336
    const r = recommend({ instanceType: 'm5.large', cpuP99: 60, cpuMax: 70, cpuAvg: 50, memoryMaxPct: 80 });
    expect(r.finding).toBe('Optimized');
    expect(r.reasons).toEqual([]);
    expect(r.recommended?.type.type).toBe('m5.large');
    expect(r.alternatives[0]?.type.type).toBe('t3.large');
    expect(money(r.alternatives[0]?.burstable?.surplusMonthly)).toBe('14.6000');
    expect(money(r.alternatives[0]?.monthly)).toBe('75.3360');
    expect(money(r.savings.onDemandMonthly)).toBe('0.0000');
  });

  it('T Unlimited surplus priced in wins below the break-even (40 % average on t3.large: 68.036 < 70.08)', () => {
    // break-even average = 30 + (0.096 − 0.0832) ÷ (2 × 0.05) × 100 = 42.8 %
    const r = recommend({ instanceType: 'm5.large', cpuP99: 60, cpuMax: 70, cpuAvg: 40, memoryMaxPct: 80 });
    expect(r.recommended?.type.type).toBe('t3.large');
    expect(r.recommended?.burstable).toMatchObject({ mode: 'unlimited', excessPct: 10 });
    expect(money(r.recommended?.burstable?.surplusMonthly)).toBe('7.3000'); // 10% × 2 × 730 × 0.05
    expect(money(r.recommended?.monthly)).toBe('68.0360');
    expect(r.finding).toBe('Optimized'); // same vCPU and memory: nothing shrinks
    expect(r.notes.map((n) => n.code)).toContain('cheaper-equivalent');
    expect(money(r.savings.onDemandMonthly)).toBe('2.0440');
  });

  it('T misfit: with Unlimited not allowed, an average above baseline rules the T type out', () => {
    const r = recommend(
      { instanceType: 'm5.large', cpuP99: 60, cpuMax: 70, cpuAvg: 40, memoryMaxPct: 80 },
      { allowUnlimited: false },
    );
    expect(r.recommended?.type.type).toBe('m5.large');
    expect([r.recommended, ...r.alternatives].some((o) => o?.type.burstable)).toBe(false);
  });

  it('Idle: maximum CPU ≤ 1 % → stop it; savings = the whole current cost', () => {
    const r = recommend({
      instanceType: 'm5.xlarge',
      cpuP99: 0.5,
      cpuMax: 0.9,
      cpuAvg: 0.3,
      memoryMaxPct: 10,
    });
    expect(r.finding).toBe('Idle');
    expect(r.reasons).toEqual(['Idle']);
    expect(r.recommended).toBeNull();
    expect(money(r.savings.onDemandMonthly)).toBe('140.1600'); // 0.192 × 730
  });

  it('memory not measured: the current memory is kept and the risk goes up one step', () => {
    // required = 30 % × 4 ÷ 0.8 = 1.5 vCPU, memory kept at 16 GiB → m5.xlarge (r5.large has 16 GiB but only 2 vCPU: fits, cheaper)
    const r = recommend(
      { instanceType: 'm5.xlarge', cpuP99: 30, cpuMax: 40, cpuAvg: 20, memoryMaxPct: null },
      { includeBurstable: false, offerGraviton: false },
    );
    expect(r.requirements).toMatchObject({ vcpu: 1.5, memoryGiB: 16, memoryMeasured: false });
    expect(r.recommended?.type.type).toBe('r5.large');
    expect(r.finding).toBe('Overprovisioned');
    expect(r.reasons).toEqual(['CPUOverprovisioned']);
    // margin min(2 ÷ 1.5) = 1.33 → 1, +1 memory unknown
    expect(r.recommended?.risk).toBe(2);
    expect(r.notes.map((n) => n.code)).toEqual([
      'memory-not-measured',
      'summary-p99',
      'lower-bandwidth-unmeasured', // r5.large 750 Mbps of network, m5.xlarge 1,250; network not in the data
    ]);
  });

  it('an unknown current type yields no finding and says why', () => {
    const r = recommend({ instanceType: 'm5.hyper' });
    expect(r.finding).toBeNull();
    expect(r.notes[0]?.en).toContain('"m5.hyper" is not in the catalogue');
  });
});

describe('recommendInstance: headroom settings change the requirement', () => {
  // m5.xlarge 4 vCPU 16 GiB; CPU 42 %, memory 45 %
  const row = { instanceType: 'm5.xlarge', cpuP99: 42, cpuMax: 60, cpuAvg: 20, memoryMaxPct: 45 };
  it.each([
    [30, 30, 2.4, 10.285714], // 1.68 ÷ 0.7; 7.2 ÷ 0.7
    [20, 20, 2.1, 9], // 1.68 ÷ 0.8; 7.2 ÷ 0.8
    [0, 10, 1.68, 8], // 1.68 ÷ 1; 7.2 ÷ 0.9
  ] as const)(
    'CPU headroom %i %%, memory headroom %i %% → %f vCPU, %f GiB',
    (cpuHeadroomPct, memoryHeadroomPct, vcpu, mem) => {
      const r = recommend(row, { cpuHeadroomPct, memoryHeadroomPct });
      expect(r.requirements?.vcpu).toBe(vcpu);
      expect(r.requirements?.memoryGiB).toBe(mem);
    },
  );

  it('with 0 % CPU headroom and 10 % memory headroom, 1.68 vCPU / 8 GiB fits m5.large (no T, no Graviton)', () => {
    const r = recommend(row, {
      cpuHeadroomPct: 0,
      memoryHeadroomPct: 10,
      includeBurstable: false,
      offerGraviton: false,
    });
    expect(r.recommended?.type.type).toBe('m5.large');
    // with 30 % headroom memory needs 10.29 GiB → r5.large (2 vCPU, 16 GiB) fails CPU 2.4 → m5.xlarge
    const wide = recommend(row, {
      cpuHeadroomPct: 30,
      memoryHeadroomPct: 30,
      includeBurstable: false,
      offerGraviton: false,
    });
    expect(wide.recommended?.type.type).toBe('m5.xlarge');
    expect(wide.finding).toBe('Optimized');
  });
});

describe('recommendInstance: purchase options', () => {
  it('ranks by the chosen option and reports savings at on-demand and at the current option (Spot → on-demand)', () => {
    const r = recommend(
      { instanceType: 'm5.2xlarge', cpuP99: 12, cpuMax: 30, cpuAvg: 5, memoryMaxPct: 20 },
      { purchase: { option: 'spot' }, currentPurchase: { option: 'on-demand' }, includeBurstable: false },
    );
    expect(r.rankingPurchase).toBe('spot');
    expect(r.recommended?.basis).toBe('estimate');
    expect(money(r.savings.onDemandMonthly)).toBe(money(r.savings.currentOptionMonthly));
  });

  it('commitments bill every hour: a batch running 120 h/month costs 730 h under a 1-yr RI', () => {
    const od = recommend(
      { instanceType: 'm5.large', cpuP99: 60, cpuMax: 70, cpuAvg: 50, memoryMaxPct: 80, hoursPerMonth: 120 },
      { includeBurstable: false, offerGraviton: false },
    );
    expect(money(od.current?.monthly)).toBe('11.5200'); // 0.096 × 120
    const ri = recommend(
      { instanceType: 'm5.large', cpuP99: 60, cpuMax: 70, cpuAvg: 50, memoryMaxPct: 80, hoursPerMonth: 120 },
      {
        includeBurstable: false,
        offerGraviton: false,
        purchase: { option: 'reserved', offeringClass: 'standard', term: '1yr', payment: 'no-upfront' },
      },
    );
    // m5.large us-east-1 1-yr standard no upfront: exact card (Pricing API) 0.06 $/h × 730
    expect(ri.current?.basis).toBe('exact');
    expect(money(ri.current?.monthly)).toBe('43.8000');
  });
});

describe('recommendInstance: CPU threshold settings on a 14-day series', () => {
  // m5.xlarge (4 vCPU, 16 GiB), 4,032 five-minute maxima: 3,700 at 20 %, 200 at 35 %, 120 at 60 %, 12 at 95 %
  // ranks: P90 = 3,629th → 20 %; P95 = 3,831st → 35 %; P99.5 = 4,012th → 60 %. Memory 20 % → 4 GiB required.
  const cpu = new Float64Array(4032);
  cpu.fill(20, 0, 3700).fill(35, 3700, 3900).fill(60, 3900, 4020).fill(95, 4020);
  const series = {
    instance: 'api-1',
    instanceType: 'm5.xlarge',
    region: 'us-east-1',
    startMs: Date.UTC(2026, 6, 1),
    length: 4032,
    cpu,
    memory: new Float64Array(4032).fill(20),
    networkMbps: null,
    ebsIops: null,
    ebsMbps: null,
  };
  // c5.large has 750 Mbps of baseline network, m5.xlarge and c5.xlarge 1,250: unmeasured here, so a note
  const lessNetwork =
    'c5.large has less baseline bandwidth: network 750 Mbps (now 1,250); the data has no measure of that use, so check it before switching';
  it.each([
    ['p90', 20, 1, 'c5.large', [lessNetwork]],
    ['p95', 35, 1.75, 'c5.large', [lessNetwork]],
    ['p99.5', 60, 3, 'c5.xlarge', []],
  ] as const)('%s → CPU %f %% → %f vCPU → %s', (cpuThreshold, pct, vcpu, type, notes) => {
    const settings = rightsizingSettings({
      region: 'us-east-1',
      cpuThreshold,
      includeBurstable: false,
      offerGraviton: false,
    });
    const profile = profileFromSeries(series, cpuThreshold);
    expect(profile?.cpuThresholdPct).toBe(pct);
    expect(profile?.dataHours).toBe(336);
    const r = recommendInstance(profile!, rightsizingContext(bundledPrices(), CATALOGUE, settings));
    expect(r.requirements).toMatchObject({ vcpu, memoryGiB: 4 });
    expect(r.recommended?.type.type).toBe(type);
    expect(r.finding).toBe('Overprovisioned');
    expect(r.notes.map((n) => n.en)).toEqual(notes);
  });
});

describe('recommendInstance: properties', () => {
  const ctx = rightsizingContext(bundledPrices(), CATALOGUE, rightsizingSettings({ region: 'us-east-1' }));
  const types = ['m5.large', 'm5.xlarge', 'm5.2xlarge', 'c5.large', 'c5.xlarge', 'r5.large', 't3.large'];
  it('the recommendation meets every requirement, is the cheapest option listed, and savings = current − recommended', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        (instanceType, cpuP99, avgShare, memoryMaxPct) => {
          const cpuMax = Math.min(100, cpuP99 + 5);
          const row: SummaryRow = {
            line: 2,
            instance: 'p',
            instanceType,
            region: 'us-east-1',
            cpuP99,
            cpuMax,
            cpuAvg: cpuP99 * avgShare,
            memoryMaxPct,
            networkPeakMbps: null,
            hoursPerMonth: null,
          };
          const r = recommendInstance(profileFromSummary(row), ctx);
          const req = r.requirements!;
          if (r.finding === 'Idle') {
            expect(cpuMax).toBeLessThanOrEqual(1);
            return;
          }
          if (r.finding === 'Underprovisioned')
            expect(shortfalls(r.current!.type, req).length).toBeGreaterThan(0);
          const rec = r.recommended;
          if (!rec) return;
          expect(shortfalls(rec.type, req)).toEqual([]);
          for (const alt of [...r.alternatives, ...(r.graviton ? [r.graviton] : [])]) {
            expect(rec.monthly.lessThanOrEqualTo(alt.monthly) || alt.architectureChange).toBe(true);
          }
          expect(r.savings.onDemandMonthly?.toFixed(10)).toBe(
            r.current!.onDemandMonthly!.minus(rec.onDemandMonthly!).toFixed(10),
          );
          if (rec.burstable?.mode === 'standard') expect(rec.burstable.surplusMonthly.isZero()).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('recommendInstance: notes in Korean', () => {
  it('names the purchase option and the credit modes with the course words', () => {
    const ri = {
      option: 'reserved',
      offeringClass: 'standard',
      term: '3yr',
      payment: 'all-upfront',
    } as const;
    const r = recommend(
      { instanceType: 't3.medium', cpuP99: 90, cpuMax: 95, cpuAvg: 60, region: 'eu-west-3' },
      {
        purchase: ri,
      },
    );
    const ko = (code: string) => r.notes.find((n) => n.code === code)?.ko;
    expect(ko('current-unpriced')).toBe(
      'eu-west-3에 t3.medium의 예약 인스턴스(RI) 표준 3년 전체 선결제 가격이 없어 절감액을 계산할 수 없습니다',
    );
    expect(r.notes.find((n) => n.code === 'current-unpriced')?.en).toBe(
      't3.medium has no reserved standard 3yr all-upfront price in eu-west-3: savings cannot be computed',
    );
    expect(ko('current-burstable-above-baseline')).toMatch(
      /무제한 모드면 잉여 크레딧 요금, 표준 모드면 성능 제한$/,
    );
    for (const note of r.notes) expect(englishWordsIn(note.ko), note.ko).toEqual([]);
  });

  it('fits the particles to the instance types', () => {
    const ko = (r: ReturnType<typeof recommend>, code: string) => r.notes.find((n) => n.code === code)?.ko;
    const cheaper = recommend({
      instanceType: 'm5.large',
      cpuP99: 60,
      cpuMax: 70,
      cpuAvg: 40,
      memoryMaxPct: 80,
    });
    expect(ko(cheaper, 'cheaper-equivalent')).toBe('t3.large가 같은 요구를 더 저렴하게 충족합니다');
    const graviton = recommend({
      instanceType: 'm5.2xlarge',
      cpuP99: 12,
      cpuMax: 30,
      cpuAvg: 5,
      memoryMaxPct: 20,
    });
    expect(ko(graviton, 'graviton-migration')).toMatch(/^t4g\.large는 Graviton\(arm64\)입니다: /);
    const unknown = recommend({ instanceType: 'zz9.huge' });
    expect(ko(unknown, 'unknown-current-type')).toBe('"zz9.huge"는 카탈로그에 없는 유형입니다');
    for (const r of [cheaper, graviton, unknown])
      for (const note of r.notes) expect(note.ko).not.toMatch(/은\(는\)|이\(가\)|을\(를\)|\(으\)로/);
  });
});
