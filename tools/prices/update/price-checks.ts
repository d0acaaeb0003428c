import Decimal from 'decimal.js';
import { priceSchema } from '../../../pricing-data/schema';
import type { IssueLog } from './issues';
import { fieldLabel, type PriceDimension, type PriceRow } from './offer-model';

/**
 * AWS prints prices with trailing zeros ("0.0960000000"); tables keep the same value without them
 * ("0.096"). Done on the decimal string itself: the value never passes through a float.
 */
export function canonicalPrice(usd: string): string {
  const [whole = '0', fraction = ''] = usd.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const integer = whole.replace(/^0+(?=\d)/, '');
  return trimmed ? `${integer}.${trimmed}` : integer;
}

/** The amount a description starts with ("$0.096 per On Demand Linux …"), or null when it has none. */
export function descriptionAmount(description: string): Decimal | null {
  const match = /^\$(\d+(?:\.\d+)?)\s/.exec(description);
  return match?.[1] ? new Decimal(match[1]) : null;
}

/**
 * Checks one price dimension: the rate code belongs to the row's SKU and term, the price is a plain
 * decimal, and (when `mustMatchDescription`) it equals the amount the description states.
 * @returns the canonical price string, or null after recording an issue
 */
export function checkedPrice(
  row: PriceRow,
  issues: IssueLog,
  opts: { mustMatchDescription: boolean },
): string | null {
  const dim: PriceDimension = row.dimension;
  const where = dim.where;
  const prefix = `${row.sku}.${row.offerTermCode}.`;
  let ok = true;
  if (!dim.rateCode.startsWith(prefix)) {
    issues.add({
      where,
      field: fieldLabel(where, 'rateCode'),
      value: dim.rateCode,
      message: `rate code does not belong to SKU ${row.sku} and term ${row.offerTermCode}`,
    });
    ok = false;
  }
  if (!priceSchema.safeParse(dim.usd).success) {
    issues.add({
      where,
      field: fieldLabel(where, 'pricePerUnit'),
      value: dim.usd,
      message: 'price is not a plain decimal number',
    });
    return null;
  }
  if (opts.mustMatchDescription) {
    const stated = descriptionAmount(dim.description);
    if (stated !== null && !stated.equals(new Decimal(dim.usd))) {
      issues.add({
        where,
        field: fieldLabel(where, 'pricePerUnit'),
        value: dim.usd,
        message: `price differs from the amount in its description "${dim.description}"`,
      });
      ok = false;
    }
  }
  return ok ? canonicalPrice(dim.usd) : null;
}
