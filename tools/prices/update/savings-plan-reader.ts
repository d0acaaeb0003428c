/**
 * Reads a Savings Plans offer file (AWSComputeSavingsPlan, one region):
 * `{ publicationDate, products: [ {sku, productFamily, usageType, attributes} ],
 *    terms: { savingsPlan: [ {sku, leaseContractLength: {duration}, rates: [ {...} ]} ] } }`.
 * Streams it one product or one rate at a time (a plan can have tens of thousands of rates).
 */
import type { IssueLog } from './issues';
import { streamJson, type JsonPath, type JsonValue } from './json-stream';
import type { Where } from './offer-model';
import type { ReadStats } from './offer-visitor';

export type SpProduct = {
  sku: string;
  productFamily: string;
  usageType: string;
  attributes: Readonly<Record<string, string>>;
  where: Where;
};

export type SpRate = {
  /** the plan's SKU */
  planSku: string;
  /** the plan's length in years, from leaseContractLength.duration */
  durationYears: string | undefined;
  discountedSku: string;
  discountedUsageType: string;
  /** absent in some files; then the discounted SKU says what is discounted */
  discountedOperation: string | undefined;
  discountedServiceCode: string;
  unit: string | undefined;
  price: string | undefined;
  currency: string | undefined;
  where: Where;
};

export interface SavingsPlanVisitor {
  header(publicationDate: string | undefined): void;
  product(p: SpProduct): void;
  rate(r: SpRate): void;
}

type JsonObject = { [key: string]: JsonValue };
const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: JsonValue | undefined): string | undefined =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined;

export async function readSavingsPlanOffer(
  chunks: AsyncIterable<string>,
  file: string,
  visitor: SavingsPlanVisitor,
  issues: IssueLog,
  stats: ReadStats = { products: 0, prices: 0 },
): Promise<ReadStats> {
  let publicationDate: string | undefined;
  let headerSent = false;
  const plan: { index: number; sku?: string; duration?: string } = { index: -1 };

  const planFor = (index: number) => {
    if (plan.index !== index) {
      plan.index = index;
      plan.sku = undefined;
      plan.duration = undefined;
    }
    return plan;
  };

  await streamJson(chunks, {
    maxSelectDepth: 5,
    select(path: JsonPath) {
      const [top, second, , fourth] = path;
      if (path.length === 1) return top === 'publicationDate';
      if (top === 'products') return path.length === 2;
      if (top !== 'terms' || second !== 'savingsPlan') return false;
      if (path.length === 4) return fourth === 'sku' || fourth === 'leaseContractLength';
      return path.length === 5 && fourth === 'rates';
    },
    onValue(path: JsonPath, value: JsonValue) {
      const [top, , third, fourth, fifth] = path;
      if (path.length === 1) {
        publicationDate = text(value);
        return;
      }
      if (!headerSent) {
        visitor.header(publicationDate);
        headerSent = true;
      }
      if (top === 'products') {
        const where = { file, path: `products.${String(path[1])}` };
        if (!isObject(value)) return issues.add({ where, message: 'product is not an object' });
        stats.products++;
        const attributes: Record<string, string> = {};
        if (isObject(value.attributes)) {
          for (const [k, v] of Object.entries(value.attributes)) {
            const s = text(v);
            if (s !== undefined) attributes[k] = s;
          }
        }
        visitor.product({
          sku: text(value.sku) ?? '',
          productFamily: text(value.productFamily) ?? '',
          usageType: text(value.usageType) ?? '',
          attributes,
          where,
        });
        return;
      }
      const current = planFor(Number(third));
      if (fourth === 'sku') {
        current.sku = text(value);
        return;
      }
      if (fourth === 'leaseContractLength') {
        current.duration = isObject(value) ? text(value.duration) : undefined;
        return;
      }
      const where = { file, path: `terms.savingsPlan.${String(third)}.rates.${String(fifth)}` };
      if (!isObject(value)) return issues.add({ where, message: 'rate is not an object' });
      if (current.sku === undefined) {
        return issues.add({
          where,
          message: 'rate listed before its plan SKU; cannot tell which plan it belongs to',
        });
      }
      stats.prices++;
      const discounted = isObject(value.discountedRate) ? value.discountedRate : {};
      visitor.rate({
        planSku: current.sku,
        durationYears: current.duration,
        discountedSku: text(value.discountedSku) ?? '',
        discountedUsageType: text(value.discountedUsageType) ?? '',
        discountedOperation: text(value.discountedOperation),
        discountedServiceCode: text(value.discountedServiceCode) ?? '',
        unit: text(value.unit),
        price: text(discounted.price),
        currency: text(discounted.currency),
        where,
      });
    },
  });
  if (!headerSent) visitor.header(publicationDate);
  return stats;
}
