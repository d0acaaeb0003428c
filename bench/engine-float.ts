/**
 * The benchmark's float mirror of `estimate()`: the same pipeline with JS numbers instead of Decimals,
 * for the paths the benchmark's line mix takes (EC2 on-demand always-on/weekly with T surplus, EBS gp3
 * with snapshots, S3 Standard with requests, internet out and inter-AZ transfer, Lambda). Like the
 * engine it looks every price up through a remembering price table (numbers converted once per quote,
 * as a float table would hold them), builds the same trace steps, sources, warnings and line objects,
 * consumes the shared allowances and tiers in line order, and builds the same totals, breakdowns and
 * 36-month cash flows. Anything else throws, so the two sides can never quietly do different work.
 * For the benchmark only: money is never a float in the product.
 */
import {
  purchaseCodeTerm,
  type CuratedService,
  type LineItem,
  type LocalizedText,
  type Message,
  type MessageKey,
  type Param,
  type Params,
  type Prices,
  type Scenario,
  type TraceKind,
  type Unit,
} from '../engine';
import type { Region } from '../pricing-data/schema';

type Basis = 'exact' | 'derived-rule' | 'estimate';
type FloatOperand = { readonly value: number; readonly unit: Unit; readonly op?: '×' | '÷' | '−' | '+' };
type FloatStep = {
  kind: TraceKind;
  label: MessageKey;
  params?: Params;
  operands?: readonly FloatOperand[];
  amount?: FloatOperand;
};
type SourceRef = { id: string; title: string; asOf: string | null; basis: Basis; confidence: 'high' | 'low' };
type Totals = { monthly: number; upfront: number; first12Months: number; months36: number };
type LineCosts = Totals & {
  termMonths: 12 | 36 | null;
  perTerm: number | null;
  onDemandMonthly: number | null;
};

export type FloatLine = {
  id: string;
  service: string;
  description: string;
  descriptionMessage: Message | null;
  region: Region;
  group: string | null;
  tags: readonly string[];
  optionLabel: string;
  purchase: unknown;
  quantity: number;
  unit: Unit;
  unitPrice: number | null;
  unitPriceUnit: Unit;
  sources: SourceRef[];
  snapshotId: string;
  basis: Basis;
  trace: FloatStep[];
  warnings: Message[];
  status: 'priced' | 'unpriced';
  costs: LineCosts | null;
  reason: Message | null;
};

export type FloatEstimate = {
  lines: FloatLine[];
  totals: Totals;
  complete: boolean;
  unpricedLineIds: string[];
  byService: Record<string, Totals>;
  byTag: Record<string, Totals>;
  byGroup: Record<string, Totals>;
  cashFlow: { option: string; lineIds: string[]; cumulative: number[] }[];
  breakEven: never[];
  warnings: Message[];
};

// ------------------------------------------------------------------ remembered float price table

type Provenance = {
  sourceId: string;
  sourceTitle: string;
  asOf: string;
  basis: Basis;
  confidence: 'high' | 'low';
  explanation: string;
};
type FloatQuote =
  ({ status: 'priced'; hourly: number } & Provenance) | { status: 'unavailable'; reason: string };
type FloatCurated =
  | {
      status: 'priced';
      price: number;
      label: string;
      sourceId: string;
      sourceTitle: string;
      sourceKind: string;
      asOf: string | null;
    }
  | { status: 'unavailable'; reason: string; label?: string };

/** Same nested-map memo as engine/estimate/memo-prices.ts; the first answer is converted to numbers. */
class Answers<V> {
  private readonly root = new Map<string, unknown>();
  get(keys: readonly string[], compute: () => V): V {
    let level = this.root;
    const last = keys.length - 1;
    for (let i = 0; i < last; i++) {
      const key = keys[i] as string;
      let next = level.get(key) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const leaf = keys[last] as string;
    if (level.has(leaf)) return level.get(leaf) as V;
    const value = compute();
    level.set(leaf, value);
    return value;
  }
}

class FloatPrices {
  private readonly instances = new Answers<ReturnType<Prices['instance']>>();
  private readonly onDemands = new Answers<FloatQuote>();
  private readonly curateds = new Answers<FloatCurated>();
  private readonly surplus = new Answers<FloatCurated>();
  constructor(readonly prices: Prices) {}
  get snapshotId(): string {
    return this.prices.snapshotId;
  }
  instance(type: string) {
    return this.instances.get([type], () => this.prices.instance(type));
  }
  onDemand(region: Region, type: string, os: 'linux' | 'windows'): FloatQuote {
    return this.onDemands.get([region, type, os], () => {
      const q = this.prices.onDemand(region, type, os);
      return q.status === 'priced' ? { ...q, hourly: q.hourly.toNumber() } : q;
    });
  }
  curated(service: CuratedService, region: Region, key: string): FloatCurated {
    return this.curateds.get([service, region, key], () => {
      const q = this.prices.curated(service, region, key);
      return q.status === 'priced' ? { ...q, price: q.price.toNumber() } : q;
    });
  }
  tSurplusRate(os: 'linux' | 'windows'): FloatCurated {
    return this.surplus.get([os], () => {
      const q = this.prices.tSurplusRate(os);
      return q.status === 'priced' ? { ...q, price: q.price.toNumber() } : q;
    });
  }
}

class Allowances {
  transferFreeUsedGB = 0;
  lambdaFreeRequestsUsed = 0;
  lambdaFreeGbSecondsUsed = 0;
  private readonly internetOutByRegion = new Map<Region, number>();
  private readonly s3StandardByRegion = new Map<Region, number>();
  internetOutSoFar(region: Region): number {
    return this.internetOutByRegion.get(region) ?? 0;
  }
  addInternetOut(region: Region, gb: number): void {
    this.internetOutByRegion.set(region, this.internetOutSoFar(region) + gb);
  }
  s3StandardSoFar(region: Region): number {
    return this.s3StandardByRegion.get(region) ?? 0;
  }
  addS3Standard(region: Region, gb: number): void {
    this.s3StandardByRegion.set(region, this.s3StandardSoFar(region) + gb);
  }
}

type Ctx = { prices: FloatPrices; scenario: Scenario; allowances: Allowances };

// ------------------------------------------------------------------ line builder (as engine/estimate/line-builder.ts)

const BASIS_RANK: Record<Basis, number> = { exact: 0, 'derived-rule': 1, estimate: 2 };
const HIGH_CONFIDENCE_KINDS = new Set([
  'aws-page',
  'aws-api',
  'aws-doc',
  'aws-bill',
  'aws-training',
  'aws-calculator-output',
]);
const o = (value: number, unit: Unit, op?: FloatOperand['op']): FloatOperand =>
  op ? { value, unit, op } : { value, unit };

function traceStep(
  kind: TraceKind,
  label: MessageKey,
  params?: Params,
  operands?: readonly FloatOperand[],
  amount?: FloatOperand,
): FloatStep {
  const step: FloatStep = { kind, label };
  if (params) step.params = params;
  if (operands) step.operands = operands;
  if (amount) step.amount = amount;
  return step;
}

class Builder {
  readonly steps: FloatStep[] = [];
  readonly warnings: Message[] = [];
  private readonly sources: SourceRef[] = [];
  private readonly missing: Message[] = [];
  private basis: Basis = 'exact';
  readonly region: Region;
  constructor(
    readonly item: LineItem,
    readonly ctx: Ctx,
  ) {
    this.region = item.region ?? ctx.scenario.region;
  }
  get unpriced(): boolean {
    return this.missing.length > 0;
  }
  step(
    kind: TraceKind,
    label: MessageKey,
    params?: Params,
    operands?: FloatOperand[],
    amount?: FloatOperand,
  ) {
    this.steps.push(traceStep(kind, label, params, operands, amount));
  }
  calc(
    label: MessageKey,
    params: Params | undefined,
    operands: FloatOperand[],
    amount: number,
    unit: Unit = 'usd',
  ) {
    this.step('calc', label, params, operands, { value: amount, unit });
    return amount;
  }
  warn(key: MessageKey, params: Params): void {
    this.warnings.push({ key, params: { line: this.item.id, ...params } });
  }
  unavailable(what: string, detail: string): null {
    this.missing.push({ key: 'reason.noPrice', params: { what, region: this.region, detail } });
    this.step('unavailable', 'unavailable', { what, region: this.region, detail });
    return null;
  }
  private addSource(ref: SourceRef): void {
    if (BASIS_RANK[ref.basis] > BASIS_RANK[this.basis]) this.basis = ref.basis;
    if (!this.sources.some((s) => s.id === ref.id && s.basis === ref.basis)) this.sources.push(ref);
    this.step('source', 'source', {
      title: ref.title,
      asOf: ref.asOf ?? 'undated',
      basis: ref.basis,
      snapshot: this.ctx.prices.snapshotId,
      sourceId: ref.id,
    });
  }
  quote(quote: FloatQuote, what: string) {
    if (quote.status !== 'priced') return this.unavailable(what, quote.reason);
    this.addSource({
      id: quote.sourceId,
      title: quote.sourceTitle,
      asOf: quote.asOf,
      basis: quote.basis,
      confidence: quote.confidence,
    });
    if (quote.explanation) this.step('note', 'note', { text: quote.explanation });
    return quote;
  }
  curated(service: CuratedService, key: string, region: Region = this.region): number | null {
    const quote = this.ctx.prices.curated(service, region, key);
    if (quote.status !== 'priced') return this.unavailable(quote.label ?? `${service} ${key}`, quote.reason);
    this.addSource({
      id: quote.sourceId,
      title: quote.sourceTitle,
      asOf: quote.asOf,
      basis: quote.sourceKind === 'derived-rule' ? 'derived-rule' : 'exact',
      confidence: HIGH_CONFIDENCE_KINDS.has(quote.sourceKind) ? 'high' : 'low',
    });
    return quote.price;
  }
  finish(
    main: { quantity: number; unit: Unit; unitPrice: number | null; unitPriceUnit: Unit },
    costs: LineCosts | null,
    description: string,
    describe: () => Message,
    optionLabel = 'on-demand',
    purchase: unknown = null,
  ): FloatLine {
    const firstMissing = this.missing[0];
    const priced = !firstMissing && costs !== null;
    if (costs && priced) {
      this.step('total', 'total.monthly', undefined, undefined, { value: costs.monthly, unit: 'usd' });
      if (costs.upfront !== 0 && (costs.monthly > 0 || costs.upfront > 0))
        this.step('total', 'total.upfront', undefined, undefined, { value: costs.upfront, unit: 'usd' });
    }
    return {
      id: this.item.id,
      service: this.item.service,
      description: this.item.description ?? description,
      descriptionMessage: this.item.description === undefined ? describe() : null,
      region: this.region,
      group: this.item.group ?? null,
      tags: this.item.tags,
      optionLabel,
      purchase,
      quantity: main.quantity,
      unit: main.unit,
      unitPrice: main.unitPrice,
      unitPriceUnit: main.unitPriceUnit,
      sources: this.sources,
      snapshotId: this.ctx.prices.snapshotId,
      basis: this.basis,
      trace: this.steps,
      warnings: this.warnings,
      status: priced ? 'priced' : 'unpriced',
      costs: priced ? costs : null,
      reason: priced
        ? null
        : (firstMissing ?? {
            key: 'reason.noPrice',
            params: { what: this.item.id, region: this.region, detail: '' },
          }),
    };
  }
}

function termCosts(monthly: number): LineCosts {
  return {
    monthly,
    upfront: 0,
    first12Months: monthly * 12,
    months36: monthly * 36,
    termMonths: null,
    perTerm: null,
    onDemandMonthly: null,
  };
}

/** as engine/services/amounts.ts: zero additions and × 1 skipped */
const plusUnlessZero = (sum: number, value: number) => (value === 0 ? sum : sum + value);
const minusUnlessZero = (x: number, value: number) => (value === 0 ? x : x - value);
const timesCount = (x: number, n: number) => (n === 1 ? x : x * n);
function sumCharges(charges: readonly number[]): number {
  let sum = 0;
  for (const charge of charges) sum = plusUnlessZero(sum, charge);
  return sum;
}

function notMirrored(what: string): never {
  throw new Error(`the float mirror does not cover ${what}: keep the benchmark's line mix to mirrored paths`);
}

// ------------------------------------------------------------------ EC2

const DAY_NAMES: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const WEEK_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const dayRanges = new Map<string, string>();
function dayRange(days: readonly string[]): string {
  const key = days.join();
  let text = dayRanges.get(key);
  if (text === undefined) {
    const sorted = [...days].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b));
    const indices = sorted.map((d) => WEEK_ORDER.indexOf(d));
    const contiguous = indices.every((v, i) => i === 0 || v === (indices[i - 1] ?? -2) + 1);
    const names = sorted.map((d) => DAY_NAMES[d] ?? d);
    text = contiguous && names.length > 2 ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
    dayRanges.set(key, text);
  }
  return text;
}
const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

type Ec2Item = Extract<LineItem, { service: 'ec2' }>;

/** as engine/services/ec2/usage.ts: per-instance hours and the step, remembered per pattern */
const perInstanceByPattern = new Map<string, { hours: number; step: FloatStep }>();

function perInstance(u: Ec2Item['usage'], month: number) {
  const key =
    u.pattern === 'always-on'
      ? `a|${month}`
      : u.pattern === 'weekly'
        ? `w|${u.days.join()}|${u.startHour}|${u.endHour}|${month}`
        : notMirrored(`usage pattern ${u.pattern}`);
  let known = perInstanceByPattern.get(key);
  if (!known) {
    if (u.pattern === 'always-on')
      known = {
        hours: month,
        step: traceStep('calc', 'usage.alwaysOn', undefined, undefined, o(month, 'h')),
      };
    else if (u.pattern === 'weekly') {
      const weekly = u.days.length * (u.endHour - u.startHour);
      const hours = (weekly * month) / 168;
      known = {
        hours,
        step: traceStep(
          'calc',
          'usage.weekly',
          { days: dayRange(u.days), start: hh(u.startHour), end: hh(u.endHour) },
          [o(weekly, 'h/week'), o(month, 'h'), o(168, 'h', '÷')],
          o(hours, 'h'),
        ),
      };
    } else return notMirrored(`usage pattern ${u.pattern}`);
    perInstanceByPattern.set(key, known);
  }
  return known;
}

function instanceUsage(item: Ec2Item, month: number) {
  const { hours, step } = perInstance(item.usage, month);
  return { perInstanceHours: hours, instanceHours: timesCount(hours, item.count), steps: [step] };
}

const burstFacts = new WeakMap<object, { baseline: number; baselineText: string }>();

type InstanceType = NonNullable<ReturnType<Prices['instance']>>;

function surplusCharge(b: Builder, item: Ec2Item, instance: InstanceType, instanceHours: number): number {
  if (!item.burstable) return 0;
  if (!instance.burstable || !instance.credits) return notMirrored('"burstable" on a non-T type');
  const credits = instance.credits;
  let facts = burstFacts.get(instance);
  if (!facts) {
    const baseline = (Number(credits.creditsPerHour) / instance.vcpu / 60) * 100;
    facts = { baseline, baselineText: String(Math.round(baseline * 100) / 100) };
    burstFacts.set(instance, facts);
  }
  const average = item.burstable.averageCpuPercent;
  const mode = item.burstable.mode ?? credits.defaultMode;
  b.step('rule', 'ec2.tBaseline', {
    type: instance.type,
    credits: credits.creditsPerHour,
    vcpu: String(instance.vcpu),
    baseline: facts.baselineText,
  });
  const params = { average: String(average), baseline: facts.baselineText };
  if (average <= facts.baseline) {
    b.step('note', 'ec2.tWithinBaseline', params);
    return 0;
  }
  if (mode === 'standard') return notMirrored('T Standard mode');
  const rate = b.ctx.prices.tSurplusRate(item.os);
  if (rate.status !== 'priced') return notMirrored('a missing surplus rate');
  const surplusVcpuHours = (Math.max(0, average - facts.baseline) / 100) * instance.vcpu * instanceHours;
  return b.calc(
    'ec2.tSurplus',
    params,
    [
      o(average - facts.baseline, '%'),
      o(instance.vcpu, 'vCPU'),
      o(instanceHours, 'h'),
      o(rate.price, 'usd/vCPU-h'),
    ],
    surplusVcpuHours * rate.price,
  );
}

/** as the generated descriptions of the engine (engine/services/…/price.ts, words of engine/trace/terms.ts) */
const ALWAYS_ON: LocalizedText = { en: 'always on', ko: '상시 가동' };
const DAILY_SNAPSHOTS: LocalizedText = { en: ', daily snapshots', ko: ', 일일 스냅샷' };
const S3_STANDARD: LocalizedText = { en: 'STANDARD', ko: 'S3 Standard' };
const NONE: LocalizedText = { en: 'none', ko: '없음' };

function commaList(parts: readonly Param[]): Param {
  let list: Param | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as Param;
    list = list === undefined ? part : { key: 'list.comma', params: { first: part, rest: list } };
  }
  return list ?? '';
}

function usageMessage(item: Ec2Item): Param {
  const u = item.usage;
  if (u.pattern === 'always-on') return ALWAYS_ON;
  if (u.pattern === 'weekly')
    return {
      key: 'describe.weekly',
      params: { days: String(u.days.length), start: String(u.startHour), end: String(u.endHour) },
    };
  return notMirrored(`usage ${u.pattern}`);
}

function usageText(item: Ec2Item): string {
  const u = item.usage;
  return u.pattern === 'always-on'
    ? 'always on'
    : u.pattern === 'weekly'
      ? `${u.days.length} days/week ${u.startHour}–${u.endHour} h`
      : '';
}

function priceEc2(item: Ec2Item, ctx: Ctx): FloatLine {
  if (item.purchase.option !== 'on-demand') notMirrored(`purchase ${item.purchase.option}`);
  const b = new Builder(item, ctx);
  const H = ctx.scenario.settings.hoursPerMonth;
  const label = 'on-demand';
  const description = `${item.count} × ${item.instanceType} ${item.os === 'linux' ? 'Linux' : 'Windows'}, ${usageText(item)}, ${label}`;
  const describe = (): Message => ({
    key: 'describe.ec2',
    params: {
      count: String(item.count),
      type: item.instanceType,
      os: item.os === 'linux' ? 'Linux' : 'Windows',
      usage: usageMessage(item),
      option: purchaseCodeTerm(item.purchase),
    },
  });
  const usage = instanceUsage(item, H);
  b.steps.push(...usage.steps);
  const main = (unitPrice: number | null) => ({
    quantity: usage.instanceHours,
    unit: 'h' as const,
    unitPrice,
    unitPriceUnit: 'usd/h' as const,
  });
  const instance = ctx.prices.instance(item.instanceType);
  if (!instance || item.tenancy === 'dedicated') return notMirrored('unknown types and dedicated tenancy');
  const q = b.quote(
    ctx.prices.onDemand(b.region, item.instanceType, item.os),
    `on-demand ${item.instanceType} ${item.os}`,
  );
  if (!q) return b.finish(main(null), null, description, describe, label, item.purchase);
  const amount = usage.instanceHours * q.hourly;
  b.calc(
    'ec2.onDemand',
    { type: item.instanceType, os: item.os },
    [o(usage.perInstanceHours, 'h'), o(item.count, 'instances'), o(q.hourly, 'usd/h')],
    amount,
  );
  const surplus = surplusCharge(b, item, instance, usage.instanceHours);
  if (b.unpriced) return b.finish(main(q.hourly), null, description, describe, label, item.purchase);
  return b.finish(
    main(q.hourly),
    termCosts(plusUnlessZero(amount, surplus)),
    description,
    describe,
    label,
    item.purchase,
  );
}

// ------------------------------------------------------------------ EBS

type EbsItem = Extract<LineItem, { service: 'ebs' }>;

function priceEbs(item: EbsItem, ctx: Ctx): FloatLine {
  if (item.volumeType !== 'gp3' || item.hoursPerMonth !== undefined || item.throughputMBps !== undefined)
    notMirrored('EBS other than whole-month gp3 without extra throughput');
  const b = new Builder(item, ctx);
  const size = item.sizeGB;
  const count = item.count;
  const tail = (): FloatOperand[] => (item.count > 1 ? [o(count, 'instances')] : []);
  const charges: number[] = [];
  const storagePrice = b.curated('ebs', 'gp3.storage');
  if (storagePrice !== null)
    charges.push(
      b.calc(
        'ebs.storage',
        { volumeType: 'gp3' },
        [o(size, 'GB'), o(storagePrice, 'usd/GB-month'), ...tail()],
        timesCount(size * storagePrice, count),
      ),
    );
  b.step('rule', 'ebs.includedIops');
  const extraIops = item.iops === undefined || item.iops <= 3000 ? 0 : Math.max(0, item.iops - 3000);
  if (extraIops > 0) {
    const price = b.curated('ebs', 'gp3.iops');
    if (price !== null)
      charges.push(
        b.calc(
          'ebs.iops',
          { volumeType: 'gp3' },
          [o(extraIops, 'IOPS'), o(price, 'usd/IOPS-month'), ...tail()],
          timesCount(extraIops * price, count),
        ),
      );
  }
  if (item.snapshots) {
    const s = item.snapshots;
    const initial = s.initialGB ?? item.sizeGB;
    const price = b.curated('ebs', 'snapshot.standard');
    const dailyChangeGB = (initial * s.dailyChangePercent) / 100;
    const keptDays = s.retentionDays - 1;
    const incrementsGbMonths = dailyChangeGB * keptDays; // as the engine when 30 × … fits its precision
    const total = initial + incrementsGbMonths;
    b.calc('ebs.snapshotBase', undefined, [o(initial, 'GB')], initial, 'GB-month');
    b.calc(
      'ebs.snapshotIncrements',
      { retention: String(keptDays) },
      [o(30, ''), o(dailyChangeGB, 'GB'), o(keptDays, 'days'), o(30, 'days', '÷')],
      incrementsGbMonths,
      'GB-month',
    );
    if (price !== null)
      charges.push(
        b.calc(
          'ebs.snapshotCharge',
          undefined,
          [
            o(total, 'GB-month'),
            o(price, 'usd/GB-month'),
            ...(item.count > 1 ? [o(count, 'instances')] : []),
          ],
          timesCount(total * price, count),
        ),
      );
  }
  const monthly = sumCharges(charges);
  const description = `${item.count} × gp3 ${item.sizeGB} GB${item.iops ? `, ${item.iops} IOPS` : ''}${item.snapshots ? ', daily snapshots' : ''}`;
  return b.finish(
    {
      quantity: timesCount(size, count),
      unit: 'GB-month',
      unitPrice: storagePrice,
      unitPriceUnit: 'usd/GB-month',
    },
    b.unpriced ? null : termCosts(monthly),
    description,
    (): Message => ({
      key: 'describe.ebs',
      params: {
        count: String(item.count),
        volumeType: item.volumeType,
        size: String(item.sizeGB),
        iops: item.iops ? { key: 'describe.iops', params: { iops: String(item.iops) } } : '',
        throughput: '',
        snapshots: item.snapshots ? DAILY_SNAPSHOTS : '',
      },
    }),
  );
}

// ------------------------------------------------------------------ tiers

type TierPart = { index: number; from: number; to: number; quantity: number; price: number; amount: number };
type Tier = { upTo: number | null; price: number };

/** as engine/money/tiers.ts */
function tieredCost(tiers: readonly Tier[], from: number, quantity: number) {
  const parts: TierPart[] = [];
  let amount = 0;
  let lower = 0;
  const end = from + quantity;
  tiers.forEach((tier, index) => {
    const upper = tier.upTo;
    const start = Math.max(lower, from);
    const stop = upper === null ? end : Math.min(upper, end);
    if (stop > start) {
      const q = stop - start;
      const a = q * tier.price;
      parts.push({ index, from: start, to: stop, quantity: q, price: tier.price, amount: a });
      amount += a;
    }
    if (upper !== null) lower = upper;
  });
  const last = tiers[tiers.length - 1];
  if (last && last.upTo !== null && end > last.upTo) throw new Error('beyond the last tier');
  return { amount, parts };
}

/** as engine/services/touched-tiers.ts */
type Touched = { end: number; first: number; last: number };
function touchedTiers(bounds: readonly number[], from: number, quantity: number): Touched {
  const end = from + quantity;
  let first = 0;
  while (first < bounds.length && from >= (bounds[first] as number)) first++;
  let last = first;
  while (last < bounds.length && end > (bounds[last] as number)) last++;
  return { end, first, last };
}
function tieredCostOfTouched(tiers: readonly Tier[], from: number, quantity: number, touched: Touched) {
  const { first, last } = touched;
  const { amount, parts } = tieredCost(tiers.slice(first, last + 1), from, quantity);
  return {
    amount,
    parts: first === 0 ? parts : parts.map((part) => ({ ...part, index: part.index + first })),
  };
}

// ------------------------------------------------------------------ S3

type S3Item = Extract<LineItem, { service: 's3' }>;
const S3_TIER_NAMES = ['first 50 TB', 'next 450 TB', 'over 500 TB'];
const S3_BOUNDS = [51_200, 512_000];

function priceS3(item: S3Item, ctx: Ctx): FloatLine {
  if (item.storageClass !== 'STANDARD' || item.objectCount !== undefined || item.retrievalGB > 0)
    notMirrored('S3 other than Standard storage and requests');
  const b = new Builder(item, ctx);
  ctx.prices.prices.s3ClassRule(item.storageClass);
  const billable = item.storageGB;
  const charges: number[] = [];
  const params = { storageClass: item.storageClass };
  const tier1 = b.curated('s3', 'standard.storage.tier1');
  const from = ctx.allowances.s3StandardSoFar(b.region);
  const touched = touchedTiers(S3_BOUNDS, from, billable);
  const tier2 = touched.last >= 1 ? b.curated('s3', 'standard.storage.tier2') : 0;
  const tier3 = touched.last >= 2 ? b.curated('s3', 'standard.storage.tier3') : 0;
  ctx.allowances.addS3Standard(b.region, billable);
  if (tier1 !== null && tier2 !== null && tier3 !== null) {
    const { parts } = tieredCostOfTouched(
      [
        { upTo: S3_BOUNDS[0] ?? null, price: tier1 },
        { upTo: S3_BOUNDS[1] ?? null, price: tier2 },
        { upTo: null, price: tier3 },
      ],
      from,
      billable,
      touched,
    );
    for (const part of parts)
      charges.push(
        b.calc(
          's3.storageTier',
          { ...params, tier: S3_TIER_NAMES[part.index] ?? '' },
          [o(part.quantity, 'GB-month'), o(part.price, 'usd/GB-month')],
          part.amount,
        ),
      );
  }
  const requests = (count: number, key: string, label: 's3.putRequests' | 's3.getRequests') => {
    if (count === 0) return;
    const price = b.curated('s3', key);
    if (price !== null)
      charges.push(
        b.calc(
          label,
          undefined,
          [o(count, 'requests'), o(1000, '', '÷'), o(price, 'usd/1k-requests')],
          (count / 1000) * price,
        ),
      );
  };
  requests(item.putRequests, 'requests.put', 's3.putRequests');
  requests(item.getRequests, 'requests.get', 's3.getRequests');
  const monthly = sumCharges(charges);
  return b.finish(
    { quantity: billable, unit: 'GB-month', unitPrice: tier1, unitPriceUnit: 'usd/GB-month' },
    b.unpriced ? null : termCosts(monthly),
    `S3 ${item.storageClass} ${String(item.storageGB)} GB`,
    (): Message => ({
      key: 'describe.s3',
      params: { storageClass: S3_STANDARD, gb: String(item.storageGB), objects: '' },
    }),
  );
}

// ------------------------------------------------------------------ data transfer

type TransferItem = Extract<LineItem, { service: 'data-transfer' }>;
const OUT_TIER_NAMES = ['first 10 TB', 'next 40 TB', 'next 100 TB', 'over 150 TB'];
const OUT_TIER_KEYS = [
  'internet-out.tier1',
  'internet-out.tier2',
  'internet-out.tier3',
  'internet-out.tier4',
];
const OUT_BOUNDS = [10_240, 51_200, 153_600];

function priceTransfer(item: TransferItem, ctx: Ctx): FloatLine {
  if (item.interRegionOutGB > 0 || item.internetInGB > 0 || !ctx.scenario.settings.freeTier)
    notMirrored('inter-region or inbound transfer, or no free tier');
  const b = new Builder(item, ctx);
  const charges: number[] = [];
  const out = item.internetOutGB;
  if (out > 0) {
    let billable = out;
    const own = ctx.prices.curated('data-transfer', b.region, 'internet-out.free-allowance-gb');
    const allowance = b.curated(
      'data-transfer',
      'internet-out.free-allowance-gb',
      own.status === 'priced' ? b.region : 'us-east-1',
    );
    if (allowance !== null) {
      const a = ctx.allowances;
      const free = Math.min(out, Math.max(0, allowance - a.transferFreeUsedGB));
      a.transferFreeUsedGB = plusUnlessZero(a.transferFreeUsedGB, free);
      billable = b.calc(
        'transfer.free',
        { used: String(free) },
        [o(out, 'GB'), o(free, 'GB', '−')],
        minusUnlessZero(out, free),
        'GB',
      );
    }
    const from = ctx.allowances.internetOutSoFar(b.region);
    ctx.allowances.addInternetOut(b.region, billable);
    if (billable > 0) {
      const touched = touchedTiers(OUT_BOUNDS, from, billable);
      const prices = OUT_TIER_KEYS.map((key, i) => (i <= touched.last ? b.curated('data-transfer', key) : 0));
      if (prices.every((p) => p !== null)) {
        const [p1, p2, p3, p4] = prices as number[];
        const { parts } = tieredCostOfTouched(
          [
            { upTo: OUT_BOUNDS[0] ?? null, price: p1 ?? 0 },
            { upTo: OUT_BOUNDS[1] ?? null, price: p2 ?? 0 },
            { upTo: OUT_BOUNDS[2] ?? null, price: p3 ?? 0 },
            { upTo: null, price: p4 ?? 0 },
          ],
          from,
          billable,
          touched,
        );
        for (const part of parts)
          charges.push(
            b.calc(
              'transfer.outTier',
              { tier: OUT_TIER_NAMES[part.index] ?? '' },
              [o(part.quantity, 'GB'), o(part.price, 'usd/GB')],
              part.amount,
            ),
          );
      }
    }
  }
  if (item.interAzGB > 0) {
    const price = b.curated('data-transfer', 'inter-az');
    if (price !== null)
      charges.push(
        b.calc(
          'transfer.interAz',
          undefined,
          [o(item.interAzGB, 'GB'), o(2, ''), o(price, 'usd/GB')],
          item.interAzGB * 2 * price,
        ),
      );
  }
  const monthly = sumCharges(charges);
  const description = [
    item.internetOutGB > 0 ? `${item.internetOutGB} GB to internet` : '',
    item.interAzGB > 0 ? `${item.interAzGB} GB inter-AZ` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return b.finish(
    {
      quantity: plusUnlessZero(plusUnlessZero(out, item.interRegionOutGB), item.interAzGB),
      unit: 'GB',
      unitPrice: null,
      unitPriceUnit: 'usd/GB',
    },
    b.unpriced ? null : termCosts(monthly),
    `Data transfer: ${description || 'none'}`,
    (): Message => {
      const parts: Param[] = [];
      if (item.internetOutGB > 0)
        parts.push({ key: 'describe.internetOut', params: { gb: String(item.internetOutGB) } });
      if (item.interAzGB > 0) parts.push({ key: 'describe.interAz', params: { gb: String(item.interAzGB) } });
      return { key: 'describe.transfer', params: { parts: parts.length > 0 ? commaList(parts) : NONE } };
    },
  );
}

// ------------------------------------------------------------------ Lambda

type LambdaItem = Extract<LineItem, { service: 'lambda' }>;

function priceLambda(item: LambdaItem, ctx: Ctx): FloatLine {
  if (!ctx.scenario.settings.freeTier) notMirrored('Lambda without the free tier');
  const b = new Builder(item, ctx);
  const a = ctx.allowances;
  const requests = item.requestsPerMonth;
  const duration = item.averageDurationMs;
  const gbs = b.calc(
    'lambda.gbSeconds',
    undefined,
    [o(requests, 'requests'), o(duration, 'ms'), o(1000, '', '÷'), o(item.memoryMB, 'MB'), o(1024, '', '÷')],
    (((requests * duration) / 1000) * item.memoryMB) / 1024,
    'GB-s',
  );
  let billableGbs = gbs;
  let billableRequests = requests;
  const freeGbs = b.curated('lambda', 'free.gb-seconds');
  const freeRequests = b.curated('lambda', 'free.requests');
  if (freeGbs !== null) {
    const covered = Math.min(gbs, Math.max(0, freeGbs - a.lambdaFreeGbSecondsUsed));
    a.lambdaFreeGbSecondsUsed = plusUnlessZero(a.lambdaFreeGbSecondsUsed, covered);
    billableGbs = b.calc(
      'lambda.freeCompute',
      { free: String(freeGbs) },
      [o(gbs, 'GB-s'), o(covered, 'GB-s', '−')],
      minusUnlessZero(gbs, covered),
      'GB-s',
    );
  }
  if (freeRequests !== null) {
    const covered = Math.min(requests, Math.max(0, freeRequests - a.lambdaFreeRequestsUsed));
    a.lambdaFreeRequestsUsed = plusUnlessZero(a.lambdaFreeRequestsUsed, covered);
    billableRequests = b.calc(
      'lambda.freeRequests',
      { free: String(freeRequests) },
      [o(requests, 'requests'), o(covered, 'requests', '−')],
      minusUnlessZero(requests, covered),
      'requests',
    );
  }
  const charges: number[] = [];
  const durationPrice = b.curated('lambda', `duration.${item.architecture}`);
  if (durationPrice !== null)
    charges.push(
      b.calc(
        'lambda.compute',
        { architecture: item.architecture },
        [o(billableGbs, 'GB-s'), o(durationPrice, 'usd/GB-s')],
        billableGbs * durationPrice,
      ),
    );
  const requestPrice = b.curated('lambda', 'requests');
  if (requestPrice !== null)
    charges.push(
      b.calc(
        'lambda.requests',
        undefined,
        [o(billableRequests, 'requests'), o(1_000_000, '', '÷'), o(requestPrice, 'usd/1M-requests')],
        (billableRequests / 1_000_000) * requestPrice,
      ),
    );
  const monthly = sumCharges(charges);
  return b.finish(
    { quantity: gbs, unit: 'GB-s', unitPrice: durationPrice, unitPriceUnit: 'usd/GB-s' },
    b.unpriced ? null : termCosts(monthly),
    `Lambda ${item.architecture} ${item.memoryMB} MB, ${item.requestsPerMonth} requests × ${item.averageDurationMs} ms`,
    (): Message => ({
      key: 'describe.lambda',
      params: {
        architecture: item.architecture,
        memory: String(item.memoryMB),
        requests: String(item.requestsPerMonth),
        duration: String(item.averageDurationMs),
      },
    }),
  );
}

// ------------------------------------------------------------------ summaries (as engine/estimate/summaries.ts)

class TotalsSum {
  monthly = 0;
  upfront = 0;
  first12Months = 0;
  months36 = 0;
  add(t: Totals): void {
    this.monthly = plusUnlessZero(this.monthly, t.monthly);
    this.upfront = plusUnlessZero(this.upfront, t.upfront);
    this.first12Months = plusUnlessZero(this.first12Months, t.first12Months);
    this.months36 = plusUnlessZero(this.months36, t.months36);
  }
  totals(): Totals {
    return {
      monthly: this.monthly,
      upfront: this.upfront,
      first12Months: this.first12Months,
      months36: this.months36,
    };
  }
}

type Priced = FloatLine & { status: 'priced'; costs: LineCosts };
const pricedLines = (lines: readonly FloatLine[]) => lines.filter((l): l is Priced => l.status === 'priced');

function sumTotals(lines: readonly FloatLine[]): Totals {
  const sum = new TotalsSum();
  for (const line of lines) if (line.status === 'priced' && line.costs) sum.add(line.costs);
  return sum.totals();
}

function keysCoveringEveryLine(keysByLine: readonly (readonly string[])[]): Set<string> {
  const seen = new Map<string, { lines: number; lastLine: number; repeated: boolean }>();
  keysByLine.forEach((keys, i) => {
    for (const key of keys) {
      const s = seen.get(key);
      if (!s) seen.set(key, { lines: 1, lastLine: i, repeated: false });
      else if (s.lastLine === i) s.repeated = true;
      else {
        s.lines++;
        s.lastLine = i;
      }
    }
  });
  const covering = new Set<string>();
  for (const [key, s] of seen) if (!s.repeated && s.lines === keysByLine.length) covering.add(key);
  return covering;
}

function groupTotals(
  lines: readonly FloatLine[],
  keysOf: (line: FloatLine) => readonly string[],
  allTotals: Totals,
): Record<string, Totals> {
  const priced = pricedLines(lines);
  const keysByLine = priced.map(keysOf);
  const covering = keysCoveringEveryLine(keysByLine);
  const sums = new Map<string, TotalsSum | null>();
  priced.forEach((line, i) => {
    for (const key of keysByLine[i] ?? []) {
      if (covering.has(key)) {
        if (!sums.has(key)) sums.set(key, null);
        continue;
      }
      let sum = sums.get(key);
      if (!sum) {
        sum = new TotalsSum();
        sums.set(key, sum);
      }
      sum.add(line.costs);
    }
  });
  return Object.fromEntries([...sums].map(([key, sum]) => [key, sum ? sum.totals() : allTotals]));
}

function cumulativeAt(upfront: number, monthly: number, termMonths: number | null, month: number): number {
  const terms = termMonths === null ? (upfront === 0 ? 0 : 1) : Math.ceil(month / termMonths);
  return upfront * terms + monthly * month;
}

class CashSum {
  monthly = 0;
  readonly upfrontByTerm = new Map<number | null, number>();
  readonly lineIds: string[] = [];
  constructor(private readonly knownMonthly?: number) {}
  add(id: string, c: { upfront: number; monthly: number; termMonths: number | null }): void {
    this.lineIds.push(id);
    if (this.knownMonthly === undefined) this.monthly = plusUnlessZero(this.monthly, c.monthly);
    if (c.upfront !== 0)
      this.upfrontByTerm.set(c.termMonths, (this.upfrontByTerm.get(c.termMonths) ?? 0) + c.upfront);
  }
  series(option: string) {
    const monthly = this.knownMonthly ?? this.monthly;
    const cumulative = Array.from({ length: 36 }, (_, i) => {
      let paid = monthly * (i + 1);
      for (const [termMonths, upfront] of this.upfrontByTerm)
        paid += cumulativeAt(upfront, 0, termMonths, i + 1);
      return paid;
    });
    return { option, lineIds: this.lineIds, cumulative };
  }
}

function cashFlows(lines: readonly FloatLine[], totalMonthly: number) {
  const priced = pricedLines(lines);
  const options = [...new Set(priced.map((l) => l.optionLabel))];
  const anyCommitment = priced.some((l) => l.costs.onDemandMonthly !== null);
  if (anyCommitment) notMirrored('RI and Savings Plan lines');
  const total = new CashSum(totalMonthly);
  const byOption = new Map(options.length > 1 ? options.map((option) => [option, new CashSum()]) : []);
  for (const line of priced) {
    total.add(line.id, line.costs);
    byOption.get(line.optionLabel)?.add(line.id, line.costs);
  }
  const totalSeries = total.series('total');
  const optionSeries =
    byOption.size > 0
      ? [...byOption].map(([option, sum]) => sum.series(option))
      : options.map((option) => ({ ...totalSeries, option }));
  return [...optionSeries, totalSeries, { ...totalSeries, option: 'all on-demand' }];
}

function breakEvens(lines: readonly FloatLine[]): never[] {
  for (const line of pricedLines(lines))
    if (line.costs.termMonths !== null && line.costs.onDemandMonthly !== null && line.costs.perTerm !== null)
      notMirrored('break-even of RI and Savings Plan lines');
  return [];
}

// ------------------------------------------------------------------ estimate

const UNTAGGED = ['(untagged)'];

/** Builds the price table once per `Prices`, as the engine remembers its lookups. */
const tables = new WeakMap<Prices, FloatPrices>();

export function floatEstimate(scenario: Scenario, prices: Prices): FloatEstimate {
  let table = tables.get(prices);
  if (!table) {
    table = new FloatPrices(prices);
    tables.set(prices, table);
  }
  const ctx: Ctx = { prices: table, scenario, allowances: new Allowances() };
  if (scenario.settings.vat || scenario.settings.currency.display !== 'USD') notMirrored('VAT and KRW');
  const lines = scenario.items.map((item): FloatLine => {
    switch (item.service) {
      case 'ec2':
        return priceEc2(item, ctx);
      case 'ebs':
        return priceEbs(item, ctx);
      case 's3':
        return priceS3(item, ctx);
      case 'data-transfer':
        return priceTransfer(item, ctx);
      case 'lambda':
        return priceLambda(item, ctx);
    }
  });
  const totals = sumTotals(lines);
  const unpricedLineIds = lines.filter((l) => l.status === 'unpriced').map((l) => l.id);
  const warnings: Message[] = lines.flatMap((l) => l.warnings);
  if (unpricedLineIds.length > 0)
    warnings.unshift({ key: 'warn.incomplete', params: { count: String(unpricedLineIds.length) } });
  return {
    lines,
    totals,
    complete: unpricedLineIds.length === 0,
    unpricedLineIds,
    byService: groupTotals(lines, (l) => [l.service], totals),
    byTag: groupTotals(lines, (l) => (l.tags.length > 0 ? l.tags : UNTAGGED), totals),
    byGroup: groupTotals(lines, (l) => [l.group ?? '(no group)'], totals),
    cashFlow: cashFlows(lines, totals.monthly),
    breakEven: breakEvens(lines),
    warnings,
  };
}
