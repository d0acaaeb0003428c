import type Decimal from 'decimal.js';
import type { Confidence, SourceKind } from '../../pricing-data/schema';
import type { LocalizedText, Message } from '../trace/types';

/** How a priced figure was obtained: copied from a source, computed by a documented rule, or estimated. */
export type QuoteBasis = 'exact' | 'derived-rule' | 'estimate';

/** `reason` is English (CLI, logs); `message` says the same in either language through formatMessage. */
export type Unavailable = { status: 'unavailable'; reason: string; message: Message };

type Provenance = {
  sourceId: string;
  sourceTitle: string;
  asOf: string;
  confidence: Confidence;
  basis: QuoteBasis;
  /** one sentence that says where the figure comes from and how it was computed (English) */
  explanation: string;
  /** the explanation as a message, for Korean and English screens */
  message: Message;
};

export type PriceQuote = ({ status: 'priced'; hourly: Decimal } & Provenance) | Unavailable;

export type SpotBand = { index: number; label: string };

export type SpotQuote =
  | ({
      status: 'priced';
      hourly: Decimal;
      onDemandHourly: Decimal;
      savingsPct: number;
      band: SpotBand;
      label: 'historical average';
    } & Provenance)
  | (Unavailable & { savingsPct?: number; band?: SpotBand });

export type RiQuote =
  | ({
      status: 'priced';
      upfront: Decimal;
      /** recurring charge per hour for the whole term, used or not */
      hourly: Decimal;
      /** upfront spread over the term plus the hourly charge */
      effectiveHourly: Decimal;
      termHours: number;
      /** false when only the effective rate is known and the upfront/hourly split was estimated */
      splitExact: boolean;
    } & Provenance)
  | Unavailable;

export type CuratedQuote =
  | {
      status: 'priced';
      price: Decimal;
      unit: string;
      label: string;
      sourceId: string;
      sourceTitle: string;
      sourceKind: SourceKind;
      asOf: string | null;
      note?: string;
    }
  | (Unavailable & { label?: string; unit?: string; note?: string; name?: LocalizedText });

/** The reason something is unavailable, as a message (a reason without one: the English reason as it is). */
export function unavailableMessage(quote: { reason: string; message?: Message }): Message {
  return quote.message ?? { key: 'note', params: { text: quote.reason } };
}
