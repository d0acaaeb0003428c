/** Results of pricing: self-describing lines (for the UI and CSV) and estimate totals. All money is USD Decimal. */
import type Decimal from 'decimal.js';
import type { Region } from '../../pricing-data/schema';
import type { Purchase, ScenarioSettings, Service } from '../scenario/schema';
import type { Message, TraceStep, Unit } from '../trace/types';

export type Basis = 'exact' | 'derived-rule' | 'estimate';

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly asOf: string | null;
  readonly basis: Basis;
  readonly confidence: 'high' | 'low';
}

/** Money of one line or of a sum of lines, full precision. */
export interface Totals {
  readonly monthly: Decimal;
  readonly upfront: Decimal;
  readonly first12Months: Decimal;
  readonly months36: Decimal;
}

/** How the line's money falls over time: `upfront` is paid at the start of each term of `termMonths`. */
export interface LineCosts extends Totals {
  readonly termMonths: 12 | 36 | null;
  /** upfront + monthly × termMonths (null when the line has no term) */
  readonly perTerm: Decimal | null;
  /** the same usage at on-demand prices, for break-even (RI and Savings Plan lines only) */
  readonly onDemandMonthly: Decimal | null;
}

interface LineBase {
  readonly id: string;
  readonly service: Service;
  /** the user's description, else one generated in English (the key lines are matched by across scenarios) */
  readonly description: string;
  /** the generated description as a message (render with lineDescription); null when the user wrote one */
  readonly descriptionMessage: Message | null;
  readonly region: Region;
  readonly group: string | null;
  readonly tags: readonly string[];
  /** e.g. "on-demand", "reserved standard 1yr all-upfront", "savings-plan compute 3yr no-upfront", "spot" */
  readonly optionLabel: string;
  readonly purchase: Purchase | null;
  /** the line's main quantity and its unit price (e.g. 1,460 h at $0.096/h) */
  readonly quantity: Decimal;
  readonly unit: Unit;
  readonly unitPrice: Decimal | null;
  readonly unitPriceUnit: Unit;
  readonly sources: readonly SourceRef[];
  readonly snapshotId: string;
  /** worst basis of the prices used: exact < derived-rule < estimate */
  readonly basis: Basis;
  readonly trace: readonly TraceStep[];
  readonly warnings: readonly Message[];
}

export type LineResult =
  | (LineBase & { readonly status: 'priced'; readonly costs: LineCosts; readonly reason: null })
  | (LineBase & { readonly status: 'unpriced'; readonly costs: null; readonly reason: Message });

export interface CashFlowSeries {
  /** purchase option label, or "total" / "all on-demand" */
  readonly option: string;
  readonly lineIds: readonly string[];
  /** cumulative USD paid by the end of month 1 … 36 (index 0 = month 1); upfronts at the start of each term */
  readonly cumulative: readonly Decimal[];
}

export interface BreakEven {
  readonly lineId: string;
  readonly option: string;
  readonly termMonths: 12 | 36;
  /** first month whose cumulative cost is at or below on-demand's; null = never within the term */
  readonly month: number | null;
  readonly optionPerTerm: Decimal;
  readonly onDemandPerTerm: Decimal;
  readonly savingsPerTerm: Decimal;
}

export interface KrwView {
  readonly krwPerUsd: Decimal;
  readonly rateDate: string;
  readonly totals: Totals;
  readonly vat: Totals | null;
}

export interface EstimateResult {
  readonly scenario: { readonly name: string; readonly region: Region; readonly schemaVersion: number };
  readonly snapshot: { readonly id: string; readonly date: string };
  readonly settings: ScenarioSettings;
  readonly lines: readonly LineResult[];
  /** sum of priced lines */
  readonly totals: Totals;
  /** false when any line is unpriced */
  readonly complete: boolean;
  readonly unpricedLineIds: readonly string[];
  readonly byService: Readonly<Partial<Record<Service, Totals>>>;
  /** a line counts once under each of its tags; lines without tags under "(untagged)" */
  readonly byTag: Readonly<Record<string, Totals>>;
  readonly byGroup: Readonly<Record<string, Totals>>;
  readonly cashFlow: readonly CashFlowSeries[];
  readonly breakEven: readonly BreakEven[];
  /** 10% VAT on the totals, when on */
  readonly vat: Totals | null;
  readonly krw: KrwView | null;
  readonly warnings: readonly Message[];
}
