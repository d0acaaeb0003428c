import type Decimal from 'decimal.js';
import type { InstanceType, OperatingSystem, Region } from '../../pricing-data/schema';
import type { PriceSnapshot } from '../prices/load-snapshot';
import { onDemandHourly } from '../prices/on-demand';
import { unavailableMessage, type QuoteBasis, type SpotBand } from '../prices/quotes';
import { spotEstimate } from '../prices/spot';
import type { Message } from '../trace/types';

/** The catalogue table's $/month column uses the AWS Pricing Calculator month (its header says so). */
export const CATALOGUE_MONTH_HOURS = 730;

/** What the catalogue's price columns show: the on-demand rate, or Spot as the advisor's historical average. */
export type CataloguePriceBasis = 'on-demand' | 'spot';
export const CATALOGUE_PRICE_BASES: readonly CataloguePriceBasis[] = ['on-demand', 'spot'];

export type CataloguePrice =
  | {
      status: 'priced';
      hourly: Decimal;
      monthly: Decimal;
      perVcpuHour: Decimal;
      perGiBHour: Decimal;
      basis: QuoteBasis;
      lowConfidence: boolean;
      /** Spot only: the advisor's savings over on-demand and its interruption-frequency band */
      spot?: { savingsPct: number; band: SpotBand };
      /** where the rate comes from, in English */
      explanation: string;
      /** the same for either language (formatMessage) */
      message: Message;
    }
  | {
      status: 'unavailable';
      reason: string;
      message: Message;
      spot?: { savingsPct: number; band: SpotBand };
    };

export interface CatalogueRow {
  spec: InstanceType;
  price: CataloguePrice;
}

export type CatalogueQuery = { region: Region; os: OperatingSystem; basis: CataloguePriceBasis };

function priced(
  spec: InstanceType,
  hourly: Decimal,
  quote: { basis: QuoteBasis; confidence: string; explanation: string; message?: Message },
): Extract<CataloguePrice, { status: 'priced' }> {
  return {
    status: 'priced',
    hourly,
    monthly: hourly.times(CATALOGUE_MONTH_HOURS),
    perVcpuHour: hourly.dividedBy(spec.vcpu),
    perGiBHour: hourly.dividedBy(spec.memoryGiB),
    basis: quote.basis,
    lowConfidence: quote.confidence === 'low',
    explanation: quote.explanation,
    message: quote.message ?? { key: 'note', params: { text: quote.explanation } },
  };
}

function priceOf(snapshot: PriceSnapshot, spec: InstanceType, query: CatalogueQuery): CataloguePrice {
  if (query.basis === 'spot') {
    const quote = spotEstimate(snapshot, query.region, spec.type, query.os);
    const spot =
      quote.savingsPct !== undefined && quote.band !== undefined
        ? { savingsPct: quote.savingsPct, band: quote.band }
        : undefined;
    if (quote.status !== 'priced')
      return { status: 'unavailable', reason: quote.reason, message: unavailableMessage(quote), spot };
    return { ...priced(spec, quote.hourly, quote), spot };
  }
  const quote = onDemandHourly(snapshot, query.region, spec.type, query.os);
  if (quote.status !== 'priced')
    return { status: 'unavailable', reason: quote.reason, message: unavailableMessage(quote) };
  return priced(spec, quote.hourly, quote);
}

/** One row per catalogue type with its price in the region for the OS on the chosen basis (or why there is none). */
export function catalogueRows(snapshot: PriceSnapshot, query: CatalogueQuery): CatalogueRow[] {
  return snapshot.catalogue.types.map((spec) => ({ spec, price: priceOf(snapshot, spec, query) }));
}
