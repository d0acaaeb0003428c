/**
 * Reads an AWS Price List offer file in JSON (AmazonEC2, AmazonS3, AWSLambda, AWSDataTransfer):
 * `{ offerCode, publicationDate, products: { SKU: {...} }, terms: { OnDemand: { SKU: { SKU.TERM: {...} } },
 * Reserved: {...} } }`. Streams it: one product or one SKU's terms in memory at a time.
 */
import type { IssueLog } from './issues';
import { streamJson, type JsonPath, type JsonValue } from './json-stream';
import type { OfferHeader, PriceDimension, PriceRow, TermType } from './offer-model';
import type { OfferVisitor, ReadStats } from './offer-visitor';
import { detach } from './detach';

type JsonObject = { [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function stringRecord(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    const s = text(v);
    if (s !== undefined) out[detach(key)] = detach(s.trim());
  }
  return out;
}

const HEADER_KEYS = new Set(['offerCode', 'publicationDate', 'version']);

export async function readJsonOffer(
  chunks: AsyncIterable<string>,
  file: string,
  visitor: OfferVisitor,
  issues: IssueLog,
  stats: ReadStats = { products: 0, prices: 0 },
): Promise<ReadStats> {
  const wanted = new Set<string>();
  const header: OfferHeader = {};
  let headerSent = false;
  const sendHeader = () => {
    if (!headerSent) visitor.header(header);
    headerSent = true;
  };

  const onProduct = (sku: string, value: JsonValue) => {
    const where = { file, path: detach(`products.${sku}`) };
    if (!isObject(value)) {
      issues.add({ where, message: 'product is not an object' });
      return;
    }
    stats.products++;
    const product = {
      sku: detach(text(value.sku) ?? sku),
      productFamily: detach((text(value.productFamily) ?? '').trim()),
      attributes: stringRecord(value.attributes),
      where,
    };
    if (visitor.product(product)) wanted.add(product.sku);
  };

  const onTerms = (termType: TermType, sku: string, value: JsonValue) => {
    if (!isObject(value)) return;
    for (const [termKey, term] of Object.entries(value)) {
      const where = { file, path: `terms.${termType}.${sku}.${termKey}` };
      if (!isObject(term) || !isObject(term.priceDimensions)) {
        issues.add({ where, message: 'term has no priceDimensions object' });
        continue;
      }
      const offerTermCode = detach(text(term.offerTermCode) ?? termKey.split('.')[1] ?? termKey);
      const termAttributes = stringRecord(term.termAttributes);
      for (const [rateKey, dim] of Object.entries(term.priceDimensions)) {
        const rateSuffix = rateKey.slice(rateKey.lastIndexOf('.') + 1);
        const dimWhere = { file, path: detach(`${where.path}.priceDimensions.*.${rateSuffix}`) };
        if (!isObject(dim)) {
          issues.add({ where: dimWhere, message: 'price dimension is not an object' });
          continue;
        }
        const usd = isObject(dim.pricePerUnit) ? text(dim.pricePerUnit.USD) : undefined;
        if (usd === undefined) {
          issues.add({ where: dimWhere, field: 'pricePerUnit', message: 'no USD price' });
          continue;
        }
        const optional = (v: JsonValue | undefined) => {
          const s = text(v);
          return s === undefined ? undefined : detach(s);
        };
        const dimension: PriceDimension = {
          rateCode: detach(text(dim.rateCode) ?? rateKey),
          description: detach(text(dim.description) ?? ''),
          unit: detach(text(dim.unit) ?? ''),
          usd: detach(usd),
          beginRange: optional(dim.beginRange),
          endRange: optional(dim.endRange),
          where: dimWhere,
        };
        const row: PriceRow = { sku: detach(sku), termType, offerTermCode, termAttributes, dimension };
        stats.prices++;
        visitor.price(row);
      }
    }
  };

  await streamJson(chunks, {
    maxSelectDepth: 3,
    select(path: JsonPath) {
      const [top, second, third] = path;
      if (path.length === 1) return typeof top === 'string' && HEADER_KEYS.has(top);
      if (top === 'products') return path.length === 2;
      if (top === 'terms' && path.length === 3) {
        return (second === 'OnDemand' || second === 'Reserved') && wanted.has(String(third));
      }
      return false;
    },
    onValue(path: JsonPath, value: JsonValue) {
      const [top, second, third] = path;
      if (path.length === 1) {
        const s = text(value);
        if (s !== undefined && (top === 'offerCode' || top === 'publicationDate' || top === 'version')) {
          header[top] = s;
        }
        return;
      }
      sendHeader();
      if (top === 'products' && second !== undefined) onProduct(String(second), value);
      else if (top === 'terms' && (second === 'OnDemand' || second === 'Reserved') && third !== undefined) {
        onTerms(second, String(third), value);
      }
    },
  });
  sendHeader();
  return stats;
}
