/**
 * AWSDataTransfer offer → data-transfer table keys. Internet out is tiered (first 10 TB, next 40 TB,
 * next 100 TB, over 150 TB); inter-region prices are per destination and our table keeps one rate
 * per source region, so it is taken only when every destination costs the same (see finish()).
 */
import { reportLine } from '../../../engine/prices/update-report';
import type { Region } from '../../../pricing-data/schema';
import type { ServiceImport } from './imported';
import type { IssueLog } from './issues';
import { isRegion, LOCATION_REGIONS } from './locations';
import { ServiceItemsMapper, type ItemRule } from './map-service-items';
import { fieldLabel, type OfferProduct, type PriceRow } from './offer-model';
import { checkedPrice } from './price-checks';

const GB = ['GB'];

const INTERNET_OUT: ItemRule[] = [
  { key: 'internet-out.tier1', units: GB, beginRange: '0', endRange: '10240' },
  { key: 'internet-out.tier2', units: GB, beginRange: '10240', endRange: '51200' },
  { key: 'internet-out.tier3', units: GB, beginRange: '51200', endRange: '153600' },
  { key: 'internet-out.tier4', units: GB, beginRange: '153600', endRange: 'Inf' },
];

const US_REGIONS = new Set(['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2']);

function regionOf(p: OfferProduct, side: 'from' | 'to'): Region | 'external' | null {
  const code = p.attributes[`${side}RegionCode`];
  if (code !== undefined) return isRegion(code) ? code : null;
  const name = p.attributes[`${side}Location`] ?? '';
  if (name === 'External') return 'external';
  return LOCATION_REGIONS.get(name) ?? null;
}

/** Transfer products: internet out/in and inter-AZ from the usage type; inter-region per destination. */
export class TransferMapper extends ServiceItemsMapper {
  private readonly interRegion = new Map<Region, { price: string; row: PriceRow }>();

  constructor(region: Region, issues: IssueLog) {
    super('data-transfer', region, issues, (p, r, log) => this.classifyProduct(p, r, log));
  }

  private readonly destinations = new Map<string, Region>();

  private classifyProduct(p: OfferProduct, region: Region, issues: IssueLog): ItemRule[] | null | 'rejected' {
    const type = p.attributes.transferType;
    if (type === undefined) return null;
    const from = regionOf(p, 'from');
    const to = regionOf(p, 'to');
    if (from !== region) return null;
    if (type === 'AWS Outbound' && to === 'external') return INTERNET_OUT;
    if (type === 'IntraRegion' && to === region) return [{ key: 'inter-az', units: GB }];
    if (type === 'InterRegion Outbound') {
      if (to === null) {
        issues.add({
          where: p.where,
          field: fieldLabel(p.where, 'toLocation'),
          value: p.attributes.toRegionCode ?? p.attributes.toLocation ?? '',
          message: 'unknown destination region',
        });
        return 'rejected';
      }
      if (to !== 'external' && to !== region) this.destinations.set(p.sku, to);
      return [];
    }
    return null;
  }

  override price(row: PriceRow): void {
    const destination = this.destinations.get(row.sku);
    if (destination === undefined) {
      super.price(row);
      return;
    }
    if (row.termType !== 'OnDemand' || row.dimension.unit !== 'GB') return;
    const price = checkedPrice(row, this.issues, { mustMatchDescription: false });
    if (price !== null) this.interRegion.set(destination, { price, row });
  }

  /** Adds inter-region keys when all destinations of a kind share one rate; lists the rest in `notes`. */
  override finish(): ServiceImport {
    const result = super.finish();
    const pick = (key: string, include: (dest: Region) => boolean) => {
      const rates = [...this.interRegion].filter(([dest]) => include(dest));
      const distinct = new Set(rates.map(([, r]) => r.price));
      const first = rates[0];
      if (distinct.size === 1 && first) {
        result.items.set(key, {
          key,
          price: first[1].price,
          unit: 'GB',
          where: first[1].row.dimension.where,
        });
      } else if (distinct.size > 1) {
        this.notes.push(
          reportLine('transferRatesDiffer', {
            region: this.region,
            key,
            rates: [...distinct].sort().join(', '),
          }),
        );
      }
    };
    if (this.region === 'us-east-1') {
      pick('inter-region.out', (d) => !US_REGIONS.has(d));
      pick('inter-region.out-us', (d) => d === 'us-east-2');
    } else {
      pick('inter-region.out', () => true);
    }
    return result;
  }

  readonly notes: string[] = [];
}
