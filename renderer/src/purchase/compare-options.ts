import type Decimal from 'decimal.js';
import type { OperatingSystem, Region, TypicalDiscount } from '../../../pricing-data/schema';
import type { PriceSnapshot } from '../../../engine/prices';
import { spotEstimate } from '../../../engine/prices';
import { estimate } from '../../../engine/estimate/estimate';
import { pricesFromSnapshot } from '../../../engine/estimate/prices-from-snapshot';
import type { Prices } from '../../../engine/estimate/prices';
import type { LineCosts, LineResult, SourceRef } from '../../../engine/estimate/types';
import type { Scenario } from '../../../engine/scenario/schema';
import type { Message, Param } from '../../../engine/trace/types';
import { purchaseOptionList, type PurchaseOptionSpec } from './purchase-option-list';
import { savingsPercent } from './savings';

export interface OptionComparisonInput {
  snapshot: PriceSnapshot;
  region: Region;
  type: string;
  os: OperatingSystem;
  count: number;
  /** the scenario's month length in hours (AWS calculator: 730) */
  hoursPerMonth: number;
}

/** How a rate was obtained, for the badge next to the option. */
export type RateBadge =
  | { kind: 'exact'; sources: readonly SourceRef[] }
  | { kind: 'derived'; sources: readonly SourceRef[] }
  | {
      kind: 'estimate';
      sources: readonly SourceRef[];
      /** the typical-discount table's own account of its method (English, from the price data) */
      method: string | null;
      /** the engine's explanation of this estimate, in either language */
      explanation: Param | null;
    }
  | { kind: 'unavailable'; reason: Message };

export interface OptionOutcome {
  spec: PurchaseOptionSpec;
  /** the engine's line for this option (trace, sources, warnings) */
  line: LineResult;
  costs: LineCosts | null;
  /** per instance: on-demand/spot rate, or upfront spread over the term + hourly (RI, SP) */
  effectiveHourly: Decimal | null;
  /** % saved over 36 months versus on-demand; null when either side is unpriced */
  savingsPct: Decimal | null;
  /** RI and SP only: first month at or below on-demand's cumulative cost (null = never in the term) */
  breakEvenMonth: number | null;
  /** cumulative USD paid by the end of month 1…36 */
  cumulative: readonly Decimal[] | null;
  badge: RateBadge;
  /** Spot only: the advisor's interruption band and savings, shown even when the price is unavailable */
  spot: { bandLabel: string; savingsPct: number } | null;
}

export interface OptionComparison {
  outcomes: OptionOutcome[];
  onDemand: OptionOutcome;
  snapshotId: string;
}

const pricesCache = new WeakMap<PriceSnapshot, Prices>();
function pricesOf(snapshot: PriceSnapshot): Prices {
  let prices = pricesCache.get(snapshot);
  if (!prices) {
    prices = pricesFromSnapshot(snapshot);
    pricesCache.set(snapshot, prices);
  }
  return prices;
}

/** Every purchase option of one instance type as lines of one scenario (estimates allowed, then badged). */
function optionScenario(input: OptionComparisonInput, options: readonly PurchaseOptionSpec[]): Scenario {
  return {
    schemaVersion: 1,
    name: `purchase options ${input.type}`,
    region: input.region,
    settings: {
      hoursPerMonth: input.hoursPerMonth,
      freeTier: false,
      allowEstimates: true,
      currency: { display: 'USD' },
      vat: false,
    },
    groups: [],
    items: options.map((option) => ({
      service: 'ec2' as const,
      id: option.id,
      tags: [],
      instanceType: input.type,
      count: input.count,
      os: input.os,
      tenancy: 'shared' as const,
      usage: { pattern: 'always-on' as const },
      purchase: option.purchase,
    })),
  };
}

function typicalDiscountFor(snapshot: PriceSnapshot, spec: PurchaseOptionSpec): TypicalDiscount | undefined {
  if (spec.kind === 'reserved')
    return snapshot.typicalDiscounts.discounts.find(
      (d) =>
        d.kind === 'reserved' &&
        d.offeringClass === spec.offeringClass &&
        d.term === spec.term &&
        d.payment === spec.payment,
    );
  if (spec.kind === 'savings-plan')
    return snapshot.typicalDiscounts.discounts.find(
      (d) =>
        d.kind === 'savings-plan' &&
        d.planType === spec.planType &&
        d.term === spec.term &&
        d.payment === spec.payment,
    );
  return undefined;
}

function badgeOf(snapshot: PriceSnapshot, spec: PurchaseOptionSpec, line: LineResult): RateBadge {
  if (line.status === 'unpriced') return { kind: 'unavailable', reason: line.reason };
  const sources = line.sources;
  switch (line.basis) {
    case 'exact':
      return { kind: 'exact', sources };
    case 'derived-rule':
      return { kind: 'derived', sources };
    case 'estimate':
      return {
        kind: 'estimate',
        sources,
        method: typicalDiscountFor(snapshot, spec)?.method ?? null,
        // the quote's own explanation, recorded by the engine as a note step
        explanation: line.trace.find((step) => step.label === 'note')?.params?.text ?? null,
      };
  }
}

/**
 * Prices the selected type under every purchase option with the engine (one scenario line per option),
 * and sets each against on-demand: savings over 36 months, break-even month, cumulative cost.
 */
export function compareOptions(input: OptionComparisonInput): OptionComparison {
  const options = purchaseOptionList();
  const result = estimate(optionScenario(input, options), pricesOf(input.snapshot));
  const onDemandLine = result.lines.find((l) => l.id === 'on-demand');
  const onDemand36 = onDemandLine?.status === 'priced' ? onDemandLine.costs.months36 : null;
  const spot = spotEstimate(input.snapshot, input.region, input.type, input.os);

  const outcomes = options.map((spec): OptionOutcome => {
    const line = result.lines.find((l) => l.id === spec.id);
    if (!line) throw new Error(`engine returned no line for purchase option "${spec.id}"`);
    const priced = line.status === 'priced';
    return {
      spec,
      line,
      costs: priced ? line.costs : null,
      effectiveHourly: priced ? line.unitPrice : null,
      savingsPct: priced && onDemand36 !== null ? savingsPercent(onDemand36, line.costs.months36) : null,
      breakEvenMonth: result.breakEven.find((b) => b.lineId === spec.id)?.month ?? null,
      cumulative: priced
        ? (result.cashFlow.find((c) => c.option === line.optionLabel)?.cumulative ?? null)
        : null,
      badge: badgeOf(input.snapshot, spec, line),
      spot:
        spec.kind === 'spot' && spot.band !== undefined && spot.savingsPct !== undefined
          ? { bandLabel: spot.band.label, savingsPct: spot.savingsPct }
          : null,
    };
  });
  const onDemand = outcomes.find((o) => o.spec.kind === 'on-demand');
  if (!onDemand) throw new Error('purchase option list has no on-demand option');
  return { outcomes, onDemand, snapshotId: result.snapshot.id };
}
