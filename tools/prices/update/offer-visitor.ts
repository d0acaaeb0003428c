import type { OfferHeader, OfferProduct, PriceRow } from './offer-model';

/**
 * Receives an offer file's records, whatever the format. JSON files list every product before any
 * price, so `product` sees a SKU before its prices; in CSV each row is a product plus one price.
 */
export interface OfferVisitor {
  header(header: OfferHeader): void;
  /** @returns true to receive this SKU's prices, false to have them skipped unread */
  product(product: OfferProduct): boolean;
  price(row: PriceRow): void;
}

/** Counters shown as progress and in the final report. */
export type ReadStats = { products: number; prices: number };
