/**
 * Maps the AmazonEC2 regional offer to our tables: Linux and Windows (licence included, no pre-installed
 * software) shared on-demand rates, Reserved Instance
 * rates (upfront Quantity + hourly Hrs, per OS, tenancy, term, class, payment), the SKU of every
 * priced instance (Savings Plans rates point at them) and the EBS items kept in the same file.
 */
import type { PaymentOption, Region, RiClass, RiTerm } from '../../../pricing-data/schema';
import type { Ec2Import, ImportedReservedRate, PricedInstance } from './imported';
import {
  CAPACITY_STATUSES,
  INSTANCE_TYPE_PATTERN,
  INSTANCE_USAGE_KINDS,
  LEASE_LENGTHS,
  LICENSE_MODELS,
  lookup,
  MARKET_OPTIONS,
  OFFERING_CLASSES,
  OPERATING_SYSTEMS,
  PRE_INSTALLED_SOFTWARE,
  PURCHASE_OPTIONS,
  TENANCIES,
} from './ec2-vocabulary';
import { mapEbsProduct, type EbsProduct } from './map-ebs';
import type { IssueLog } from './issues';
import { checkLocation } from './map-location';
import { fieldLabel, type OfferHeader, type OfferProduct, type PriceRow, type Where } from './offer-model';
import type { OfferVisitor } from './offer-visitor';
import { canonicalPrice, checkedPrice } from './price-checks';
import { parseUsageType } from './locations';

type ProductInfo = { kind: 'instance'; instance: PricedInstance | null } | { kind: 'ebs'; ebs: EbsProduct };

type RiParts = {
  instance: PricedInstance;
  term: RiTerm;
  offeringClass: RiClass;
  payment: PaymentOption;
  upfront?: string;
  hourly?: string;
  /** where the term's first price was read (one per term keeps memory small on big files) */
  where: Where;
};

const INSTANCE_FAMILIES = new Set(['Compute Instance', 'Compute Instance (bare metal)']);

export class Ec2OfferMapper implements OfferVisitor {
  private readonly products = new Map<string, ProductInfo>();
  private readonly riParts = new Map<string, RiParts>();
  private readonly result: Ec2Import;

  constructor(
    readonly region: Region,
    private readonly issues: IssueLog,
  ) {
    this.result = {
      region,
      publicationDate: undefined,
      onDemandLinux: new Map(),
      onDemandWindows: new Map(),
      reserved: [],
      skus: new Map(),
      ebs: new Map(),
    };
  }

  header(header: OfferHeader): void {
    this.result.publicationDate = header.publicationDate;
  }

  product(p: OfferProduct): boolean {
    const isInstance = INSTANCE_FAMILIES.has(p.productFamily);
    const isEbs = !isInstance && (p.attributes.usagetype ?? '').includes('EBS:');
    if (!isInstance && !isEbs) return false;
    const location = checkLocation(p, this.region, this.issues);
    if (location === 'skip') return false;
    if (isEbs) {
      if (location === 'rejected') return false;
      const ebs = mapEbsProduct(p, this.issues);
      if (!ebs) return false;
      this.products.set(p.sku, { kind: 'ebs', ebs });
      return true;
    }
    const verdict = this.classifyInstance(p, location === 'ok');
    if (verdict === 'rejected') return false;
    this.products.set(p.sku, { kind: 'instance', instance: verdict });
    if (verdict) this.result.skus.set(p.sku, verdict);
    // prices of known-but-unpriced variants (RHEL, BYOL, …) are still read to check their term values
    return true;
  }

  price(row: PriceRow): void {
    const info = this.products.get(row.sku);
    if (!info) return;
    if (info.kind === 'ebs') {
      this.ebsPrice(info.ebs, row);
      return;
    }
    if (row.termType === 'OnDemand') this.onDemandPrice(info.instance, row);
    else this.reservedPrice(info.instance, row);
  }

  /** Completes the Reserved terms (each needs its upfront and hourly parts) and returns everything. */
  finish(): Ec2Import {
    const seen = new Map<string, ImportedReservedRate>();
    for (const parts of this.riParts.values()) {
      const rate = this.completeReserved(parts);
      if (!rate) continue;
      const key = [rate.type, rate.os, rate.tenancy, rate.term, rate.offeringClass, rate.payment].join('|');
      const earlier = seen.get(key);
      if (earlier && (earlier.upfront !== rate.upfront || earlier.hourly !== rate.hourly)) {
        this.issues.add({
          where: rate.where,
          message: `conflicting Reserved rates for ${key.replaceAll('|', ' ')}: ${earlier.upfront} + ${earlier.hourly}/h (${describe(earlier.where)}) vs ${rate.upfront} + ${rate.hourly}/h`,
        });
        continue;
      }
      if (!earlier) {
        seen.set(key, rate);
        this.result.reserved.push(rate);
      }
    }
    this.riParts.clear();
    return this.result;
  }

  /**
   * Checks every attribute we key on and reports each unknown value.
   * @returns the priced instance, null for a valid variant we do not price, 'rejected' after issues
   */
  private classifyInstance(p: OfferProduct, locationOk: boolean): PricedInstance | null | 'rejected' {
    const a = p.attributes;
    let rejected = !locationOk;
    const check = <V>(table: Readonly<Record<string, V>>, attribute: string, what: string, absent?: V) => {
      const value = a[attribute];
      const found = value === undefined && absent !== undefined ? absent : lookup(table, value ?? '');
      if (found === undefined) {
        this.issues.add({
          where: p.where,
          field: fieldLabel(p.where, attribute),
          value: value ?? '',
          message: `unknown ${what}`,
        });
        rejected = true;
      }
      return found;
    };
    const type = a.instanceType ?? '';
    if (!INSTANCE_TYPE_PATTERN.test(type)) {
      this.issues.add({
        where: p.where,
        field: fieldLabel(p.where, 'instanceType'),
        value: type,
        message: 'not an EC2 instance type name',
      });
      rejected = true;
    }
    const os = check(OPERATING_SYSTEMS, 'operatingSystem', 'operating system');
    const tenancy = check(TENANCIES, 'tenancy', 'tenancy');
    const license = check(LICENSE_MODELS, 'licenseModel', 'licence model');
    const software = check(PRE_INSTALLED_SOFTWARE, 'preInstalledSw', 'pre-installed software');
    const capacity = check(CAPACITY_STATUSES, 'capacitystatus', 'capacity status', 'used');
    const market = check(MARKET_OPTIONS, 'marketoption', 'market option', 'on-demand');
    if (rejected) return 'rejected';

    const expectedLicense = os === 'linux' ? 'none' : 'included';
    if (
      os === undefined ||
      os === 'skip' ||
      tenancy === undefined ||
      tenancy === 'skip' ||
      license !== expectedLicense ||
      software !== 'none' ||
      capacity !== 'used' ||
      market !== 'on-demand'
    ) {
      return null;
    }
    const usageType = a.usagetype ?? '';
    const usage = parseUsageType(usageType);
    if (
      !usage ||
      INSTANCE_USAGE_KINDS[usage.kind] !== tenancy ||
      (usage.detail !== '' && usage.detail !== type)
    ) {
      this.issues.add({
        where: p.where,
        field: fieldLabel(p.where, 'usagetype'),
        value: usageType,
        message: `usage type does not match a ${tenancy}-tenancy ${type} instance`,
      });
      return 'rejected';
    }
    return { type, os, tenancy };
  }

  private onDemandPrice(instance: PricedInstance | null, row: PriceRow): void {
    const where = row.dimension.where;
    if (!instance) return;
    if (row.dimension.unit !== 'Hrs') {
      this.issues.add({
        where,
        field: fieldLabel(where, 'unit'),
        value: row.dimension.unit,
        message: 'on-demand instance price must be per hour (Hrs)',
      });
      return;
    }
    const price = checkedPrice(row, this.issues, { mustMatchDescription: true });
    if (price === null) return;
    if (price === '0') {
      this.issues.add({
        where,
        field: fieldLabel(where, 'pricePerUnit'),
        value: row.dimension.usd,
        message: `zero on-demand price for ${instance.type} (${instance.os}, ${instance.tenancy}): a free instance-hour is not a real price`,
      });
      return;
    }
    if (instance.tenancy !== 'shared') return;
    const rates = instance.os === 'linux' ? this.result.onDemandLinux : this.result.onDemandWindows;
    const earlier = rates.get(instance.type);
    if (earlier && earlier.price !== price) {
      this.issues.add({
        where,
        field: fieldLabel(where, 'pricePerUnit'),
        value: row.dimension.usd,
        message: `conflicting on-demand ${instance.os === 'linux' ? 'Linux' : 'Windows'} prices for ${instance.type}: ${earlier.price} at ${describe(earlier.where)}`,
      });
      return;
    }
    rates.set(instance.type, { price, where });
  }

  private reservedPrice(instance: PricedInstance | null, row: PriceRow): void {
    const where = row.dimension.where;
    const t = row.termAttributes;
    const reject = (attribute: string, value: string, message: string) =>
      this.issues.add({ where, field: attribute, value, message });
    const term = lookup(LEASE_LENGTHS, t.LeaseContractLength ?? '');
    if (!term) return reject('LeaseContractLength', t.LeaseContractLength ?? '', 'unknown lease length');
    const payment = lookup(PURCHASE_OPTIONS, t.PurchaseOption ?? '');
    if (!payment) return reject('PurchaseOption', t.PurchaseOption ?? '', 'unknown purchase option');
    const offeringClass = lookup(OFFERING_CLASSES, t.OfferingClass ?? '');
    if (!offeringClass) return reject('OfferingClass', t.OfferingClass ?? '', 'unknown offering class');
    if (!instance || payment === 'skip') return;

    const price = checkedPrice(row, this.issues, { mustMatchDescription: false });
    if (price === null) return;
    const key = `${row.sku}|${row.offerTermCode}`;
    const parts = this.riParts.get(key) ?? { instance, term, offeringClass, payment, where };
    this.riParts.set(key, parts);
    const unit = row.dimension.unit;
    const part = unit === 'Hrs' ? 'hourly' : unit === 'Quantity' ? 'upfront' : null;
    if (!part) {
      reject(
        fieldLabel(where, 'unit'),
        unit,
        'a Reserved price must be an upfront fee (Quantity) or hourly (Hrs)',
      );
      return;
    }
    if (parts[part]) {
      reject(fieldLabel(where, 'unit'), unit, `second ${part} price for the same Reserved term ${key}`);
      return;
    }
    parts[part] = price;
  }

  private completeReserved(parts: RiParts): ImportedReservedRate | null {
    const { instance, term, offeringClass, payment } = parts;
    const label = `${instance.type} ${instance.os} ${instance.tenancy} ${term} ${offeringClass} ${payment}`;
    const missing = (what: string) => {
      this.issues.add({ where: parts.where, message: `Reserved term ${label} has no ${what} price` });
      return null;
    };
    if (!parts.hourly) return missing('hourly (Hrs)');
    if (payment !== 'no-upfront' && !parts.upfront) return missing('upfront (Quantity)');
    const upfront = parts.upfront ?? '0';
    if (payment === 'all-upfront' && parts.hourly !== '0') {
      this.issues.add({
        where: parts.where,
        message: `All Upfront term ${label} has a non-zero hourly price ${parts.hourly}`,
      });
      return null;
    }
    if (payment === 'no-upfront' && upfront !== '0') {
      this.issues.add({
        where: parts.where,
        message: `No Upfront term ${label} has an upfront fee ${upfront}`,
      });
      return null;
    }
    return {
      ...instance,
      term,
      offeringClass,
      payment,
      upfront: canonicalPrice(upfront),
      hourly: parts.hourly,
      where: parts.where,
    };
  }

  private ebsPrice(ebs: EbsProduct, row: PriceRow): void {
    if (row.termType !== 'OnDemand') return;
    const item = ebs.price(row, this.issues);
    if (!item) return;
    const earlier = this.result.ebs.get(item.key);
    if (earlier && earlier.price !== item.price) {
      this.issues.add({
        where: item.where,
        message: `conflicting EBS prices for ${item.key}: ${item.price} vs ${earlier.price} at ${describe(earlier.where)}`,
      });
      return;
    }
    this.result.ebs.set(item.key, item);
  }
}

function describe(where: Where): string {
  return where.line !== undefined ? `line ${where.line}` : (where.path ?? where.file);
}
