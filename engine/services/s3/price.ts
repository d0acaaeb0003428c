/** Prices one S3 line (one storage class). */
import type Decimal from 'decimal.js';
import type { PricingContext } from '../../estimate/context';
import { LineBuilder } from '../../estimate/line-builder';
import type { LineResult } from '../../estimate/types';
import { dec, ZERO } from '../../money/decimal';
import type { S3Item } from '../../scenario/schema';
import { operand as o } from '../../trace/steps';
import { s3ClassTerm, S3_STANDARD_TIERS } from '../../trace/terms';
import type { LocalizedText, Message } from '../../trace/types';
import { aboveZero, decimalOf, dividedByExact, sumCharges } from '../amounts';
import { termCosts } from '../ec2/formulas';
import { tieredCostOfTouched, touchedTiers } from '../touched-tiers';
import {
  archiveOverheadGB,
  earlyDeleteGbMonths,
  KB_PER_GB,
  minimumSizePaddingGB,
  STANDARD_BOUNDS,
  standardTiers,
} from './formulas';

type StorageClass = S3Item['storageClass'];

const STORAGE_KEY: Record<Exclude<StorageClass, 'STANDARD'>, string> = {
  INTELLIGENT_TIERING: 'intelligent-tiering.storage.frequent',
  STANDARD_IA: 'standard-ia.storage',
  ONEZONE_IA: 'onezone-ia.storage',
  GLACIER_IR: 'glacier-ir.storage',
  GLACIER: 'glacier.storage',
  DEEP_ARCHIVE: 'deep-archive.storage',
};
/** classes whose request prices are the Standard ones (requests.put / requests.get) */
const STANDARD_REQUEST_CLASSES: ReadonlySet<StorageClass> = new Set(['STANDARD', 'INTELLIGENT_TIERING']);
const RETRIEVAL_KEY: Partial<Record<StorageClass, string>> = { STANDARD_IA: 'standard-ia.retrieval' };
const NO_RETRIEVAL_FEE: ReadonlySet<StorageClass> = new Set(['STANDARD', 'INTELLIGENT_TIERING']);
const THOUSAND = dec(1000);

export function priceS3(item: S3Item, ctx: PricingContext): LineResult {
  const b = new LineBuilder(item, ctx);
  const cls = item.storageClass;
  const rule = ctx.prices.s3ClassRule(cls);
  const stored = decimalOf(item.storageGB);
  const objects = item.objectCount === undefined ? null : dec(item.objectCount);
  const averageKB =
    item.averageObjectKB !== undefined
      ? dec(item.averageObjectKB)
      : objects && aboveZero(objects)
        ? stored.times(KB_PER_GB).dividedBy(objects)
        : null;
  const charges: Decimal[] = [];
  const className = s3ClassTerm(cls);
  const params = { storageClass: className };

  // billable GB-months: stored + minimum-size padding + early-delete days
  let billable = stored;
  const minKB = rule?.minBillableObjectKB ?? 0;
  const archive = cls === 'GLACIER' || cls === 'DEEP_ARCHIVE';
  if (!archive && minKB > 0 && objects && averageKB && averageKB.lessThan(minKB)) {
    const padding = minimumSizePaddingGB(objects, averageKB, minKB);
    b.calc(
      's3.minimumSize',
      {
        minKB: String(minKB),
        objects: objects.toString(),
        averageKB: averageKB.toDecimalPlaces(2).toString(),
      },
      [o(objects, 'objects'), o(dec(minKB).minus(averageKB), 'KB'), o(dec(KB_PER_GB), 'KB', '÷')],
      padding,
      'GB',
    );
    billable = billable.plus(padding);
  }
  const minDays = rule?.minStorageDays ?? 0;
  if (item.retentionDays !== undefined && minDays > 0 && item.retentionDays < minDays) {
    const retention = dec(item.retentionDays);
    const early = earlyDeleteGbMonths(billable, retention, minDays);
    b.calc(
      's3.earlyDelete',
      { retention: retention.toString(), minimum: String(minDays) },
      [o(billable, 'GB'), o(dec(minDays).minus(retention), 'days'), o(retention, 'days', '÷')],
      early,
      'GB-month',
    );
    billable = billable.plus(early);
  }

  let unitPrice: Decimal | null;
  if (cls === 'STANDARD') {
    const tier1 = b.curated('s3', 'standard.storage.tier1');
    const from = ctx.allowances.s3StandardSoFar(b.region);
    const touched = touchedTiers(STANDARD_BOUNDS, from, billable);
    const tier2 = touched.last >= 1 ? b.curated('s3', 'standard.storage.tier2') : ZERO;
    const tier3 = touched.last >= 2 ? b.curated('s3', 'standard.storage.tier3') : ZERO;
    ctx.allowances.addS3Standard(b.region, billable);
    unitPrice = tier1;
    if (tier1 && tier2 && tier3) {
      const { parts } = tieredCostOfTouched(standardTiers(tier1, tier2, tier3), from, billable, touched);
      for (const part of parts)
        charges.push(
          b.calc(
            's3.storageTier',
            { ...params, tier: S3_STANDARD_TIERS[part.index] ?? '' },
            [o(part.quantity, 'GB-month'), o(part.price, 'usd/GB-month')],
            part.amount,
          ),
        );
    }
  } else {
    const price = b.curated('s3', STORAGE_KEY[cls]);
    unitPrice = price;
    if (price)
      charges.push(
        b.calc(
          's3.storage',
          params,
          [o(billable, 'GB-month'), o(price, 'usd/GB-month')],
          billable.times(price),
        ),
      );
    if (archive && objects && aboveZero(objects)) {
      const overhead = archiveOverheadGB(objects);
      const standard = b.curated('s3', 'standard.storage.tier1');
      if (standard)
        charges.push(
          b.calc(
            's3.overheadStandard',
            undefined,
            [
              o(objects, 'objects'),
              o(dec(8), 'KB'),
              o(dec(KB_PER_GB), 'KB', '÷'),
              o(standard, 'usd/GB-month'),
            ],
            overhead.standardGB.times(standard),
          ),
        );
      if (price)
        charges.push(
          b.calc(
            's3.overheadArchive',
            params,
            [o(objects, 'objects'), o(dec(32), 'KB'), o(dec(KB_PER_GB), 'KB', '÷'), o(price, 'usd/GB-month')],
            overhead.archiveGB.times(price),
          ),
        );
    }
  }

  if (cls === 'INTELLIGENT_TIERING' && objects && aboveZero(objects)) {
    if (averageKB && averageKB.greaterThanOrEqualTo(128)) {
      const price = b.curated('s3', 'intelligent-tiering.monitoring');
      if (price)
        charges.push(
          b.calc(
            's3.monitoring',
            undefined,
            [o(objects, 'objects'), o(THOUSAND, '', '÷'), o(price, 'usd/1k-objects')],
            dividedByExact(objects, 1000).times(price),
          ),
        );
    } else b.step('note', 's3.notMonitored');
  }

  const requests = (
    count: number,
    key: 'requests.put' | 'requests.get',
    label: 's3.putRequests' | 's3.getRequests',
  ) => {
    if (count === 0) return;
    if (!STANDARD_REQUEST_CLASSES.has(cls)) {
      b.unavailable(
        { key: 'what.s3Requests', params: { storageClass: className, requests: REQUEST_WORDS[key] } },
        { key: 'reason.s3Requests', params: { storageClass: className } },
      );
      return;
    }
    const price = b.curated('s3', key);
    const n = decimalOf(count);
    if (price)
      charges.push(
        b.calc(
          label,
          undefined,
          [o(n, 'requests'), o(THOUSAND, '', '÷'), o(price, 'usd/1k-requests')],
          dividedByExact(n, 1000).times(price),
        ),
      );
  };
  requests(item.putRequests, 'requests.put', 's3.putRequests');
  requests(item.getRequests, 'requests.get', 's3.getRequests');

  if (item.retrievalGB > 0 && !NO_RETRIEVAL_FEE.has(cls)) {
    const key = RETRIEVAL_KEY[cls];
    const gb = dec(item.retrievalGB);
    const price = key
      ? b.curated('s3', key)
      : b.unavailable(
          { key: 'what.s3Retrieval', params: { storageClass: className } },
          { key: 'reason.s3Retrieval', params: { storageClass: className } },
        );
    if (price)
      charges.push(b.calc('s3.retrieval', params, [o(gb, 'GB'), o(price, 'usd/GB')], gb.times(price)));
  }

  const monthly = sumCharges(charges);
  const description = `S3 ${cls} ${stored.toString()} GB${objects ? `, ${objects.toString()} objects` : ''}`;
  return b.finish(
    { quantity: billable, unit: 'GB-month', unitPrice, unitPriceUnit: 'usd/GB-month' },
    b.unpriced ? null : termCosts({ upfront: ZERO, monthly, termMonths: null, onDemandMonthly: null }),
    {
      optionLabel: 'on-demand',
      purchase: null,
      description,
      descriptionMessage:
        item.description === undefined
          ? {
              key: 'describe.s3',
              params: {
                storageClass: className,
                gb: stored.toString(),
                objects: objects ? describeObjects(objects.toString()) : '',
              },
            }
          : null,
    },
  );
}

const describeObjects = (objects: string): Message => ({ key: 'describe.objects', params: { objects } });

const REQUEST_WORDS: Readonly<Record<'requests.put' | 'requests.get', LocalizedText>> = {
  'requests.put': { en: 'requests.put', ko: 'PUT/COPY/POST/LIST 요청' },
  'requests.get': { en: 'requests.get', ko: 'GET/SELECT 요청' },
};
