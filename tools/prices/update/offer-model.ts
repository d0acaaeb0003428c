/**
 * Format-neutral view of an AWS Price List offer file. The JSON reader and the CSV reader both turn
 * their input into these records, so the service mappers do not care which format was downloaded.
 */

/**
 * Where a record came from, for error messages: a CSV line or a JSON path. `labels` maps a JSON
 * attribute name (operatingSystem) to the CSV column header (Operating System) for CSV records.
 */
export type Where = { file: string; line?: number; path?: string; labels?: Readonly<Record<string, string>> };

export function describeWhere(where: Where): string {
  if (where.line !== undefined) return `${where.file} line ${where.line}`;
  return where.path ? `${where.file} at ${where.path}` : where.file;
}

/** The name a user sees for an attribute at `where`: the CSV column header, or the JSON key. */
export function fieldLabel(where: Where, attribute: string): string {
  return where.labels?.[attribute] ?? attribute;
}

export type OfferProduct = {
  sku: string;
  productFamily: string;
  /** attribute names as in the JSON format (operatingSystem, capacitystatus, usagetype, …) */
  attributes: Readonly<Record<string, string>>;
  where: Where;
};

export type PriceDimension = {
  rateCode: string;
  description: string;
  unit: string;
  /** USD price exactly as printed by AWS */
  usd: string;
  beginRange?: string;
  endRange?: string;
  where: Where;
};

export type TermType = 'OnDemand' | 'Reserved';

/** One price dimension of one term of one SKU (a CSV row is exactly one of these). */
export type PriceRow = {
  sku: string;
  termType: TermType;
  offerTermCode: string;
  /** LeaseContractLength, OfferingClass, PurchaseOption for Reserved terms */
  termAttributes: Readonly<Record<string, string>>;
  dimension: PriceDimension;
};

/** Offer-level facts read from the file header. */
export type OfferHeader = { offerCode?: string; publicationDate?: string; version?: string };
