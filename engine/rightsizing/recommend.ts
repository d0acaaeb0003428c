/**
 * One instance's recommendation, Compute Optimizer's method (product-brief §3): required capacity from the
 * threshold percentile and headroom, the cheapest catalogue types that meet every requirement at the chosen
 * purchase option, a finding with reasons, a performance risk 0–4, and savings per month at on-demand and
 * at the option the instance runs at today. A Graviton option is offered separately, never silently.
 */
import type Decimal from 'decimal.js';
import type { InstanceType, Region } from '../../pricing-data/schema';
import { regionSchema } from '../../pricing-data/schema';
import type { Prices } from '../estimate/prices';
import { dec, ZERO } from '../money/decimal';
import type { Purchase } from '../scenario/schema';
import { tUnlimitedSurplus } from '../services/ec2/formulas';
import { isReplacementFamily } from './eligibility';
import { note, riskLabel, type Finding, type Note, type ReasonCode, type RiskLabel } from './notes';
import { platformNotes } from './platform-notes';
import { purchaseLabelTerm } from '../trace/terms';
import { PriceBook, purchaseKey, type Basis } from './price-book';
import type { UtilizationProfile } from './profile';
import { margin, requirements, shortfalls, tidy, type Requirements } from './requirements';
import { IDLE_MAX_CPU_PCT, type RightsizingSettings } from './settings';
import { withJosa } from '../text/josa';
import { similarTypesSuffix } from '../catalogue/similar-types';

export interface BurstableFit {
  mode: 'standard' | 'unlimited';
  baselinePct: number;
  /** mean over 24-hour blocks of (average − baseline)⁺, percent per vCPU of this type */
  excessPct: number;
  surplusMonthly: Decimal;
}

export interface SizedOption {
  type: InstanceType;
  /** ranking option: hourly rate, and monthly including any T Unlimited surplus */
  hourly: Decimal;
  monthly: Decimal;
  basis: Basis;
  burstable: BurstableFit | null;
  onDemandMonthly: Decimal | null;
  currentOptionMonthly: Decimal | null;
  risk: number;
  riskLabel: RiskLabel;
  /** smallest capacity ÷ requirement ratio */
  margin: number;
  architectureChange: boolean;
}

export interface InstanceRecommendation {
  instance: string;
  region: Region;
  currentType: string | null;
  /** null when no recommendation could be made (see notes) */
  finding: Finding | null;
  reasons: ReasonCode[];
  notes: Note[];
  profile: UtilizationProfile;
  requirements: Requirements | null;
  rankingPurchase: string;
  current: SizedOption | null;
  /** best same-architecture type; null for Idle (stop it) or when nothing fits */
  recommended: SizedOption | null;
  alternatives: SizedOption[];
  /** best arm64 type for an x86 instance: a separate option with a migration note */
  graviton: SizedOption | null;
  savings: { onDemandMonthly: Decimal | null; currentOptionMonthly: Decimal | null };
}

export interface RightsizingContext {
  prices: Prices;
  catalogue: readonly InstanceType[];
  settings: RightsizingSettings;
  book: PriceBook;
}

export function rightsizingContext(
  prices: Prices,
  catalogue: readonly InstanceType[],
  settings: RightsizingSettings,
): RightsizingContext {
  return { prices, catalogue, settings, book: new PriceBook(prices, settings.os, settings.allowEstimates) };
}

export function riskFor(marginRatio: number, burstable: boolean, memoryMeasured: boolean): number {
  const base = marginRatio < 1 ? 4 : marginRatio >= 1.5 ? 0 : marginRatio >= 1.2 ? 1 : 2;
  return Math.min(4, base + (burstable ? 1 : 0) + (memoryMeasured ? 0 : 1));
}

export function recommendInstance(
  profile: UtilizationProfile,
  ctx: RightsizingContext,
): InstanceRecommendation {
  const { settings, prices } = ctx;
  const notes: Note[] = [];
  const regionParse = regionSchema.safeParse(profile.region ?? settings.region);
  const region: Region = regionParse.success ? regionParse.data : settings.region;
  if (!regionParse.success) {
    notes.push(
      note(
        'unknown-region',
        `unknown region "${profile.region}": priced in ${settings.region}`,
        `알 수 없는 리전 "${profile.region}": ${settings.region} 가격으로 계산`,
      ),
    );
  }
  const base: InstanceRecommendation = {
    instance: profile.instance,
    region,
    currentType: profile.currentType,
    finding: null,
    reasons: [],
    notes,
    profile,
    requirements: null,
    rankingPurchase: purchaseKey(settings.purchase),
    current: null,
    recommended: null,
    alternatives: [],
    graviton: null,
    savings: { onDemandMonthly: null, currentOptionMonthly: null },
  };
  if (profile.currentType === null) {
    notes.push(
      note(
        'no-current-type',
        'the data does not say which instance type runs now (add an instance_type column)',
        '현재 인스턴스 유형을 알 수 없습니다 (instance_type 열을 추가하세요)',
      ),
    );
    return base;
  }
  const current = prices.instance(profile.currentType);
  if (!current) {
    const similar = similarTypesSuffix(profile.currentType, prices.instanceTypes());
    notes.push(
      note(
        'unknown-current-type',
        `"${profile.currentType}" is not in the catalogue${similar.en}`,
        `${withJosa(`"${profile.currentType}"`, '은')} 카탈로그에 없는 유형입니다${similar.ko}`,
      ),
    );
    return base;
  }
  const req = requirements(profile, current, settings);
  const hours = profile.hoursPerMonth ?? settings.hoursPerMonth;
  addDataNotes(profile, req, settings, notes);

  const sizing: Sizing = { current, req, hours, region, ctx };
  const currentOption = sizeCurrent(sizing);
  base.requirements = req;
  base.current = currentOption;
  if (!currentOption) {
    notes.push(
      note(
        'current-unpriced',
        `${current.type} has no ${purchaseKey(settings.purchase)} price in ${region}: savings cannot be computed`,
        `${region}에 ${current.type}의 ${purchaseLabelTerm(settings.purchase).ko} 가격이 없어 절감액을 계산할 수 없습니다`,
      ),
    );
  }
  if (current.burstable && current.credits) {
    const fit = burstableFit(current, req, hours, ctx);
    if (fit && fit.excessPct > 0) {
      notes.push(
        note(
          'current-burstable-above-baseline',
          `average CPU is above ${current.type}'s baseline of ${fit.baselinePct}% per vCPU: it spends surplus credits (Unlimited) or is throttled (Standard)`,
          `평균 CPU가 ${current.type}의 기준 성능(vCPU당 ${fit.baselinePct}%)보다 높습니다: 무제한 모드면 잉여 크레딧 요금, 표준 모드면 성능 제한`,
        ),
      );
    }
  }

  const ranked = rankedOptions(current.arch, sizing);
  base.recommended = ranked[0] ?? null;
  base.alternatives = ranked.slice(1, 1 + settings.alternatives);
  if (settings.offerGraviton && current.arch === 'x86_64') {
    base.graviton = rankedOptions('arm64', sizing)[0] ?? null;
    if (base.graviton) {
      notes.push(
        note(
          'graviton-migration',
          `${base.graviton.type.type} is Graviton (arm64): software must be rebuilt or verified for ARM before moving (migration effort)`,
          `${withJosa(base.graviton.type.type, '은')} Graviton(arm64)입니다: 옮기기 전에 소프트웨어를 ARM용으로 빌드·검증해야 합니다 (이전 작업 필요)`,
        ),
      );
    }
  }
  if (!base.recommended) {
    notes.push(
      note(
        'no-candidate',
        `no priced ${current.arch} type in ${region} meets ${req.vcpu} vCPU and ${req.memoryGiB} GiB`,
        `${region}에 ${req.vcpu} vCPU, ${req.memoryGiB} GiB를 충족하는 가격 있는 ${current.arch} 유형이 없습니다`,
      ),
    );
  }

  const short = shortfalls(current, req);
  if (profile.cpuMaxPct <= IDLE_MAX_CPU_PCT) {
    base.finding = 'Idle';
    base.reasons = ['Idle'];
    base.recommended = null;
    base.alternatives = [];
    base.graviton = null;
    base.notes = notes.filter((n) => n.code !== 'graviton-migration' && n.code !== 'no-candidate');
    base.savings = {
      onDemandMonthly: currentOption?.onDemandMonthly ?? null,
      currentOptionMonthly: currentOption?.currentOptionMonthly ?? null,
    };
    return base;
  }
  const rec = base.recommended;
  if (short.length > 0) {
    base.finding = 'Underprovisioned';
    const codes: Record<(typeof short)[number], ReasonCode> = {
      cpu: 'CPUUnderprovisioned',
      memory: 'MemoryUnderprovisioned',
      network: 'NetworkBandwidthUnderprovisioned',
      ebs: 'EBSThroughputUnderprovisioned',
    };
    base.reasons = short.map((s) => codes[s]);
  } else if (rec && rec.type.type !== current.type) {
    const reasons: ReasonCode[] = [];
    if (rec.type.vcpu < current.vcpu) reasons.push('CPUOverprovisioned');
    if (req.memoryMeasured && rec.type.memoryGiB < current.memoryGiB) reasons.push('MemoryOverprovisioned');
    base.finding = reasons.length > 0 ? 'Overprovisioned' : 'Optimized';
    base.reasons = reasons;
    if (reasons.length === 0) {
      notes.push(
        note(
          'cheaper-equivalent',
          `${rec.type.type} meets the same needs for less`,
          `${withJosa(rec.type.type, '이')} 같은 요구를 더 저렴하게 충족합니다`,
        ),
      );
    }
  } else {
    base.finding = 'Optimized';
  }
  if (rec) notes.push(...platformNotes(current, rec.type, req));
  if (base.graviton)
    notes.push(
      ...platformNotes(current, base.graviton.type, req).filter((n) => n.code !== 'processor-change'),
    );
  if (rec && currentOption) {
    base.savings = {
      onDemandMonthly: difference(currentOption.onDemandMonthly, rec.onDemandMonthly),
      currentOptionMonthly: difference(currentOption.currentOptionMonthly, rec.currentOptionMonthly),
    };
  }
  return base;
}

function difference(a: Decimal | null, b: Decimal | null): Decimal | null {
  return a && b ? a.minus(b) : null;
}

function addDataNotes(
  profile: UtilizationProfile,
  req: Requirements,
  settings: RightsizingSettings,
  notes: Note[],
) {
  if (!req.memoryMeasured) {
    notes.push(
      note(
        'memory-not-measured',
        'memory was not measured (no mem_used_percent): the current memory size is kept',
        '메모리 사용률이 없습니다 (mem_used_percent 없음): 현재 메모리 크기를 유지합니다',
      ),
    );
  }
  if (profile.source === 'summary') {
    notes.push(
      note(
        'summary-p99',
        `summary data gives CPU P99 only: it is used in place of the ${settings.cpuThreshold.toUpperCase()} threshold`,
        `요약 데이터에는 CPU P99만 있습니다: ${settings.cpuThreshold.toUpperCase()} 대신 P99를 사용합니다`,
      ),
    );
  }
  if (profile.dataHours !== null && profile.dataHours < settings.lookbackDays * 24) {
    const hours = tidy(profile.dataHours);
    const weak = hours < 30;
    notes.push(
      note(
        'short-lookback',
        `only ${hours} h of CPU data in the ${settings.lookbackDays}-day lookback${weak ? ' (Compute Optimizer needs at least 30 h)' : ''}`,
        `${settings.lookbackDays}일 조회 기간 중 CPU 데이터가 ${hours}시간뿐입니다${weak ? ' (Compute Optimizer는 최소 30시간 필요)' : ''}`,
      ),
    );
  }
}

interface Sizing {
  current: InstanceType;
  req: Requirements;
  hours: number;
  region: Region;
  ctx: RightsizingContext;
}

/** Ranking price only; the on-demand and current-option figures are added to the winners. */
type Core = Omit<SizedOption, 'onDemandMonthly' | 'currentOptionMonthly'>;

/** Cheapest-first options of one architecture that meet every requirement. */
function rankedOptions(arch: InstanceType['arch'], sizing: Sizing): SizedOption[] {
  const { ctx, current, req } = sizing;
  const wanted = 1 + ctx.settings.alternatives;
  const lists = candidateLists(ctx, sizing.region, arch);
  const options: Core[] = [];
  for (const type of lists.fixed) {
    if (options.length >= wanted) break;
    if (!isReplacementFamily(type, current) || !meets(type, req)) continue;
    const option = sizeCore(type, sizing);
    if (option) options.push(option);
  }
  if (ctx.settings.includeBurstable) {
    // A T type costs its rate plus any surplus, so once its rate alone is above the `wanted`-th fixed
    // option, no later (dearer) T type can enter the list.
    const limit = options.length >= wanted ? options[wanted - 1]?.monthly : undefined;
    for (const type of lists.burstable) {
      if (!isReplacementFamily(type, current) || !meets(type, req)) continue;
      const option = sizeCore(type, sizing);
      if (!option) continue;
      if (limit && option.monthly.minus(option.burstable?.surplusMonthly ?? ZERO).greaterThan(limit)) break;
      options.push(option);
    }
  }
  return options
    .sort(
      (a, b) => a.monthly.comparedTo(b.monthly) || a.risk - b.risk || (a.type.type < b.type.type ? -1 : 1),
    )
    .slice(0, wanted)
    .map((o) => complete(o, sizing));
}

function meets(type: InstanceType, req: Requirements): boolean {
  return (
    type.vcpu >= req.vcpu &&
    type.memoryGiB >= req.memoryGiB &&
    (req.networkMbps === null || type.networkMbps === null || type.networkMbps >= req.networkMbps) &&
    (req.ebsMbps === null || type.ebsBandwidthMbps === null || type.ebsBandwidthMbps >= req.ebsMbps)
  );
}

interface CandidateLists {
  fixed: InstanceType[];
  burstable: InstanceType[];
}

const listCache = new WeakMap<RightsizingContext, Map<string, CandidateLists>>();

/** The priced catalogue of one region and architecture, cheapest first, split into fixed and burstable. */
function candidateLists(ctx: RightsizingContext, region: Region, arch: InstanceType['arch']): CandidateLists {
  let byKey = listCache.get(ctx);
  if (!byKey) {
    byKey = new Map();
    listCache.set(ctx, byKey);
  }
  const key = `${region}|${arch}`;
  let lists = byKey.get(key);
  if (!lists) {
    lists = { fixed: [], burstable: [] };
    for (const { type } of ctx.book.ranked(region, ctx.catalogue, ctx.settings.purchase)) {
      if (type.arch === arch) (type.burstable ? lists.burstable : lists.fixed).push(type);
    }
    byKey.set(key, lists);
  }
  return lists;
}

/**
 * Prices `type` for this workload at the ranking option; null when unpriced, or a T type that does not
 * fit (average above baseline with Unlimited off, or no surplus rate for the OS).
 */
function sizeCore(type: InstanceType, sizing: Sizing): Core | null {
  const { ctx, req, hours, region, current } = sizing;
  const { book, settings } = ctx;
  const rate = book.rate(region, type.type, settings.purchase);
  if (rate.status !== 'priced') return null;
  let fit: BurstableFit | null = null;
  if (type.burstable) {
    fit = burstableFit(type, req, hours, ctx);
    if (!fit || (fit.mode === 'unlimited' && !settings.allowUnlimited)) return null;
  }
  const m = margin(type, req);
  const risk = riskFor(m, type.burstable, req.memoryMeasured);
  return {
    type,
    hourly: rate.hourly,
    monthly: book.monthly(rate, hours, settings.hoursPerMonth).plus(fit?.surplusMonthly ?? ZERO),
    basis: rate.basis,
    burstable: fit,
    risk,
    riskLabel: riskLabel(risk),
    margin: m,
    architectureChange: type.arch !== current.arch,
  };
}

function complete(core: Core, sizing: Sizing): SizedOption {
  const { ctx, hours, region } = sizing;
  const surplus = core.burstable?.surplusMonthly ?? ZERO;
  const monthlyAt = (purchase: Purchase): Decimal | null => {
    const r = ctx.book.rate(region, core.type.type, purchase);
    return r.status === 'priced'
      ? ctx.book.monthly(r, hours, ctx.settings.hoursPerMonth).plus(surplus)
      : null;
  };
  return {
    ...core,
    onDemandMonthly: monthlyAt({ option: 'on-demand' }),
    currentOptionMonthly: monthlyAt(ctx.settings.currentPurchase),
  };
}

/** The current type as it runs today: priced even when it is short of a requirement. */
function sizeCurrent(sizing: Sizing): SizedOption | null {
  const core = sizeCore(sizing.current, sizing) ?? sizeCoreIgnoringFit(sizing);
  return core ? complete(core, sizing) : null;
}

/** A current T type in Standard mode above baseline is still what runs today: price it without surplus. */
function sizeCoreIgnoringFit(sizing: Sizing): Core | null {
  const { ctx, current, region, req, hours } = sizing;
  const rate = ctx.book.rate(region, current.type, ctx.settings.purchase);
  if (rate.status !== 'priced') return null;
  const m = margin(current, req);
  const risk = riskFor(m, current.burstable, req.memoryMeasured);
  return {
    type: current,
    hourly: rate.hourly,
    monthly: ctx.book.monthly(rate, hours, ctx.settings.hoursPerMonth),
    basis: rate.basis,
    burstable: null,
    risk,
    riskLabel: riskLabel(risk),
    margin: m,
    architectureChange: false,
  };
}

/**
 * T-type credit check. Standard: every 24-hour average stays at or under the baseline. Otherwise Unlimited
 * with the surplus priced in: mean daily excess × vCPUs × hours × rate (the engine's tUnlimitedSurplus).
 * null when the surplus rate is unavailable for the OS.
 */
function burstableFit(
  type: InstanceType,
  req: Requirements,
  hours: number,
  ctx: RightsizingContext,
): BurstableFit | null {
  if (!type.credits) return null;
  const baselinePct = Number(type.credits.baselinePctPerVcpu);
  const days = req.dailyAvgVcpu.length > 0 ? req.dailyAvgVcpu : [0];
  const excess =
    days.reduce((acc, vcpu) => acc + Math.max(0, (vcpu / type.vcpu) * 100 - baselinePct), 0) / days.length;
  const excessPct = tidy(excess);
  if (excessPct === 0) return { mode: 'standard', baselinePct, excessPct: 0, surplusMonthly: ZERO };
  const rate = ctx.prices.tSurplusRate(ctx.settings.os);
  if (rate.status !== 'priced') return null;
  const baseline = dec(type.credits.baselinePctPerVcpu);
  const surplus = tUnlimitedSurplus({
    // utilization is a measured figure, rounded to 4 decimals before it meets money
    averagePercent: baseline.plus(dec(excessPct.toFixed(4))),
    baselinePercent: baseline,
    vcpu: type.vcpu,
    instanceHours: dec(hours),
    ratePerVcpuHour: rate.price,
  });
  return { mode: 'unlimited', baselinePct, excessPct, surplusMonthly: surplus.amount };
}
