/**
 * Collects one line's trace, sources, warnings and missing prices while a calculator works, then
 * produces the LineResult: priced with its costs, or unpriced with the reason (never $0).
 */
import type Decimal from 'decimal.js';
import type { Region } from '../../pricing-data/schema';
import type { CuratedQuote, PriceQuote, RiQuote, SpotQuote } from '../prices/quotes';
import type { LineItem, Purchase } from '../scenario/schema';
import { curatedItemName } from '../prices/curated-names';
import type { MessageKey } from '../trace/messages';
import { traceStep } from '../trace/steps';
import { BASIS_TERMS, sourceDate } from '../trace/terms';
import type { Message, Operand, Param, Params, TraceKind, TraceStep, Unit } from '../trace/types';
import type { PricingContext } from './context';
import type { CuratedService } from './prices';
import type { Basis, LineCosts, LineResult, SourceRef } from './types';

const BASIS_RANK: Record<Basis, number> = { exact: 0, 'derived-rule': 1, estimate: 2 };
const HIGH_CONFIDENCE_KINDS = new Set([
  'aws-page',
  'aws-api',
  'aws-doc',
  'aws-bill',
  'aws-training',
  'aws-calculator-output',
]);

export interface MainQuantity {
  quantity: Decimal;
  unit: Unit;
  unitPrice: Decimal | null;
  unitPriceUnit: Unit;
}

type PricedQuote = Extract<PriceQuote | SpotQuote | RiQuote, { status: 'priced' }>;

/** The line's purchase option and its generated description: English text and the same as a message. */
export interface LineOption {
  optionLabel: string;
  purchase: Purchase | null;
  description: string;
  /** null when the item has its own description */
  descriptionMessage: Message | null;
}

export class LineBuilder {
  readonly steps: TraceStep[] = [];
  readonly warnings: Message[] = [];
  private readonly sources: SourceRef[] = [];
  private readonly missing: Message[] = [];
  private basis: Basis = 'exact';
  readonly region: Region;

  constructor(
    readonly item: LineItem,
    readonly ctx: PricingContext,
  ) {
    this.region = item.region ?? ctx.defaultRegion;
  }

  get unpriced(): boolean {
    return this.missing.length > 0;
  }

  step(kind: TraceKind, label: MessageKey, params?: Params, operands?: Operand[], amount?: Operand): void {
    this.steps.push(traceStep(kind, label, params, operands, amount));
  }

  /** A calculation step whose operands multiply (or combine by their operators) into `amount`. */
  calc(
    label: MessageKey,
    params: Params | undefined,
    operands: Operand[],
    amount: Decimal,
    unit: Unit = 'usd',
  ): Decimal {
    this.step('calc', label, params, operands, { value: amount, unit });
    return amount;
  }

  warn(key: MessageKey, params: Params): void {
    this.warnings.push({ key, params: { line: this.item.id, ...params } });
  }

  /** Records a missing price: the line becomes unpriced. */
  unavailable(what: Param, detail: Param, key: MessageKey = 'reason.noPrice', extra: Params = {}): null {
    const params = { what, region: this.region, detail, ...extra };
    this.missing.push({ key, params });
    this.step('unavailable', 'unavailable', {
      what,
      region: this.region,
      detail: key === 'reason.noPrice' ? detail : '',
    });
    return null;
  }

  private addSource(ref: SourceRef): void {
    if (BASIS_RANK[ref.basis] > BASIS_RANK[this.basis]) this.basis = ref.basis;
    if (!this.sources.some((s) => s.id === ref.id && s.basis === ref.basis)) this.sources.push(ref);
    this.step('source', 'source', {
      title: ref.title,
      asOf: sourceDate(ref.asOf),
      basis: BASIS_TERMS[ref.basis],
      snapshot: this.ctx.prices.snapshotId,
      sourceId: ref.id,
    });
  }

  /** Accepts an EC2 quote (records its source) or records why it is unavailable. */
  quote<Q extends PriceQuote | SpotQuote | RiQuote>(
    quote: Q,
    what: Param,
  ): Extract<Q, { status: 'priced' }> | null {
    if (quote.status !== 'priced') return this.unavailable(what, quote.message ?? quote.reason);
    const priced = quote as PricedQuote;
    this.addSource({
      id: priced.sourceId,
      title: priced.sourceTitle,
      asOf: priced.asOf,
      basis: priced.basis,
      confidence: priced.confidence,
    });
    const text = priced.message ?? priced.explanation;
    if (text) this.step('note', 'note', { text });
    return quote as Extract<Q, { status: 'priced' }>;
  }

  /** A curated storage/transfer/Lambda price by key, or null (recorded as missing). */
  curated(service: CuratedService, key: string, region: Region = this.region): Decimal | null {
    const quote: CuratedQuote = this.ctx.prices.curated(service, region, key);
    if (quote.status !== 'priced')
      return this.unavailable(
        quote.name ?? curatedItemName(service, key, quote.label ?? `${service} ${key}`),
        quote.message ?? quote.reason,
      );
    this.addSource({
      id: quote.sourceId,
      title: quote.sourceTitle,
      asOf: quote.asOf,
      basis: quote.sourceKind === 'derived-rule' ? 'derived-rule' : 'exact',
      confidence: HIGH_CONFIDENCE_KINDS.has(quote.sourceKind) ? 'high' : 'low',
    });
    return quote.price;
  }

  /** Marks the whole line as resting on an estimate (e.g. typical RI discount). */
  markEstimate(): void {
    this.basis = 'estimate';
  }

  finish(main: MainQuantity, costs: LineCosts | null, option: LineOption): LineResult {
    const firstMissing = this.missing[0];
    if (firstMissing || costs === null) {
      const reason: Message = firstMissing ?? {
        key: 'reason.noPrice',
        params: { what: this.item.id, region: this.region, detail: '' },
      };
      return this.result(main, option, { status: 'unpriced', costs: null, reason });
    }
    this.step('total', 'total.monthly', undefined, undefined, { value: costs.monthly, unit: 'usd' });
    if (!costs.upfront.isZero() && (costs.monthly.greaterThan(0) || costs.upfront.greaterThan(0)))
      this.step('total', 'total.upfront', undefined, undefined, { value: costs.upfront, unit: 'usd' });
    return this.result(main, option, { status: 'priced', costs, reason: null });
  }

  /**
   * One object literal, keys always in this order, so every line has the same shape (spreading a base
   * object made lines slow to read for every sum over them).
   */
  private result(
    main: MainQuantity,
    option: LineOption,
    outcome:
      | { status: 'priced'; costs: LineCosts; reason: null }
      | { status: 'unpriced'; costs: null; reason: Message },
  ): LineResult {
    const line = {
      id: this.item.id,
      service: this.item.service,
      description: this.item.description ?? option.description,
      descriptionMessage: this.item.description === undefined ? option.descriptionMessage : null,
      region: this.region,
      group: this.item.group ?? null,
      tags: this.item.tags,
      optionLabel: option.optionLabel,
      purchase: option.purchase,
      quantity: main.quantity,
      unit: main.unit,
      unitPrice: main.unitPrice,
      unitPriceUnit: main.unitPriceUnit,
      sources: this.sources,
      snapshotId: this.ctx.prices.snapshotId,
      basis: this.basis,
      trace: this.steps,
      warnings: this.warnings,
      status: outcome.status,
      costs: outcome.costs,
      reason: outcome.reason,
    };
    // status, costs and reason come from one member of `outcome`'s union
    return line as LineResult;
  }
}

/** Costs of a line with no term: monthly only. */
export function monthlyCosts(monthly: Decimal): LineCosts {
  return {
    monthly,
    upfront: monthly.times(0),
    first12Months: monthly.times(12),
    months36: monthly.times(36),
    termMonths: null,
    perTerm: null,
    onDemandMonthly: null,
  };
}
