/**
 * Shared machinery for the curated-item tables (s3, data-transfer, lambda): a service-specific
 * `classify` says which of our keys a product prices; this class checks units, picks tiers by their
 * begin range, converts per-request prices to our units and refuses conflicting duplicates.
 */
import Decimal from 'decimal.js';
import type { Region } from '../../../pricing-data/schema';
import { CURATED_KEYS, type CuratedServiceName } from '../curated-keys';
import type { ServiceImport, ServiceItemPrice } from './imported';
import type { IssueLog } from './issues';
import { fieldLabel, type OfferHeader, type OfferProduct, type PriceRow, type Where } from './offer-model';
import type { OfferVisitor } from './offer-visitor';
import { canonicalPrice, checkedPrice } from './price-checks';

export type ItemRule = {
  key: string;
  /** AWS units accepted for this item */
  units: readonly string[];
  /** our unit ÷ AWS unit, e.g. 1000 for "per 1000 requests" from a per-request price */
  scale?: number;
  /** only the dimension whose range starts here (tiered prices); others must match another rule */
  beginRange?: string;
  endRange?: string;
};

/** rules for the product, null when we do not price it, 'rejected' after an issue was recorded */
export type Classify = (p: OfferProduct, region: Region, issues: IssueLog) => ItemRule[] | null | 'rejected';

export class ServiceItemsMapper implements OfferVisitor {
  private readonly rules = new Map<string, ItemRule[]>();
  private readonly result: ServiceImport;
  private readonly units: ReadonlyMap<string, string>;

  constructor(
    readonly service: CuratedServiceName,
    readonly region: Region,
    protected readonly issues: IssueLog,
    private readonly classify: Classify,
    /** tiers outside the rules are ignored instead of rejected (e.g. Lambda's volume discounts) */
    private readonly ignoreOtherTiers = false,
  ) {
    this.result = { region, publicationDate: undefined, items: new Map() };
    this.units = new Map(CURATED_KEYS[service].map((k) => [k.key, k.unit]));
  }

  header(header: OfferHeader): void {
    this.result.publicationDate = header.publicationDate;
  }

  product(p: OfferProduct): boolean {
    const rules = this.classify(p, this.region, this.issues);
    if (rules === null || rules === 'rejected') return false;
    for (const rule of rules) {
      if (!this.units.has(rule.key))
        throw new Error(`internal: ${this.service} has no curated key "${rule.key}"`);
    }
    this.rules.set(p.sku, rules);
    return true;
  }

  price(row: PriceRow): void {
    const rules = this.rules.get(row.sku);
    if (!rules || row.termType !== 'OnDemand') return;
    const dim = row.dimension;
    const where = dim.where;
    const begin = dim.beginRange ?? '0';
    const rule = rules.find((r) => r.beginRange === undefined || r.beginRange === begin);
    if (!rule) {
      if (this.ignoreOtherTiers) return;
      this.issues.add({
        where,
        field: fieldLabel(where, 'beginRange'),
        value: begin,
        message: `unexpected tier start for ${rules.map((r) => r.key).join(' / ')}`,
      });
      return;
    }
    if (rule.endRange !== undefined && (dim.endRange ?? 'Inf') !== rule.endRange) {
      this.issues.add({
        where,
        field: fieldLabel(where, 'endRange'),
        value: dim.endRange ?? '',
        message: `tier of ${rule.key} should end at ${rule.endRange}`,
      });
      return;
    }
    if (!rule.units.includes(dim.unit)) {
      this.issues.add({
        where,
        field: fieldLabel(where, 'unit'),
        value: dim.unit,
        message: `unexpected unit for ${rule.key} (expected ${rule.units.join(' or ')})`,
      });
      return;
    }
    const usd = checkedPrice(row, this.issues, { mustMatchDescription: false });
    if (usd === null) return;
    const price = rule.scale ? canonicalPrice(new Decimal(usd).times(rule.scale).toFixed()) : usd;
    this.record({ key: rule.key, price, unit: this.units.get(rule.key) ?? '', where });
  }

  finish(): ServiceImport {
    return this.result;
  }

  private record(item: ServiceItemPrice): void {
    const earlier = this.result.items.get(item.key);
    if (earlier && earlier.price !== item.price) {
      this.issues.add({
        where: item.where,
        message: `conflicting ${this.service} prices for ${item.key}: ${item.price} vs ${earlier.price} at ${describe(earlier.where)}`,
      });
      return;
    }
    this.result.items.set(item.key, item);
  }
}

function describe(where: Where): string {
  return where.line !== undefined ? `line ${where.line}` : (where.path ?? where.file);
}
