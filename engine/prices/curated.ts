import Decimal from 'decimal.js';
import type { PriceSnapshot } from './load-snapshot';
import type { CuratedQuote } from './quotes';
import { isRegion, snapshotLabel, sourceInfo } from './snapshot-helpers';

export type CuratedService = 'ebs' | 's3' | 'data-transfer' | 'lambda';

function tableFor(snap: PriceSnapshot, service: CuratedService) {
  switch (service) {
    case 'ebs':
      return snap.ebs;
    case 's3':
      return snap.s3;
    case 'data-transfer':
      return snap.transfer;
    case 'lambda':
      return snap.lambda;
  }
}

/** A curated storage / transfer / Lambda price by stable key (e.g. 'gp3.storage'); null prices are unavailable. */
export function curatedPrice(
  snap: PriceSnapshot,
  service: CuratedService,
  region: string,
  key: string,
): CuratedQuote {
  if (!isRegion(region)) return { status: 'unavailable', reason: `unknown region "${region}"` };
  const items = tableFor(snap, service).regions[region];
  if (!items) {
    return { status: 'unavailable', reason: `${snapshotLabel(snap)} has no ${service} prices for ${region}` };
  }
  const item = items.find((i) => i.key === key);
  if (!item) {
    return {
      status: 'unavailable',
      reason: `unknown ${service} price key "${key}" (known keys: ${items.map((i) => i.key).join(', ')})`,
    };
  }
  if (item.price === null) {
    return {
      status: 'unavailable',
      reason: `${item.label} (${service}, ${region}) has no source in ${snapshotLabel(snap)}${item.note ? `: ${item.note}` : ''}`,
      label: item.label,
      unit: item.unit,
      ...(item.note ? { note: item.note } : {}),
    };
  }
  const source = sourceInfo(snap, item.source);
  return {
    status: 'priced',
    price: new Decimal(item.price),
    unit: item.unit,
    label: item.label,
    sourceId: source.sourceId,
    sourceTitle: source.sourceTitle,
    sourceKind: item.sourceKind,
    asOf: item.asOf,
    ...(item.note ? { note: item.note } : {}),
  };
}
