import Decimal from 'decimal.js';
import { SERVICE_CODE_TERMS } from '../trace/terms';
import { curatedItemName, dataNote } from './curated-names';
import type { PriceSnapshot } from './load-snapshot';
import { snapshotMessage } from './quote-messages';
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
  if (!isRegion(region))
    return {
      status: 'unavailable',
      reason: `unknown region "${region}"`,
      message: { key: 'reason.unknownRegion', params: { region } },
    };
  const serviceTerm = SERVICE_CODE_TERMS[service] ?? service;
  const items = tableFor(snap, service).regions[region];
  if (!items) {
    return {
      status: 'unavailable',
      reason: `${snapshotLabel(snap)} has no ${service} prices for ${region}`,
      message: {
        key: 'reason.curatedNoRegion',
        params: { snapshot: snapshotMessage(snap), service: serviceTerm, region },
      },
    };
  }
  const item = items.find((i) => i.key === key);
  if (!item) {
    const known = items.map((i) => i.key).join(', ');
    return {
      status: 'unavailable',
      reason: `unknown ${service} price key "${key}" (known keys: ${known})`,
      message: { key: 'reason.curatedUnknownKey', params: { service: serviceTerm, key, known } },
    };
  }
  if (item.price === null) {
    const name = curatedItemName(service, key, item.label);
    return {
      status: 'unavailable',
      reason: `${item.label} (${service}, ${region}) has no source in ${snapshotLabel(snap)}${item.note ? `: ${item.note}` : ''}`,
      message: {
        key: 'reason.curatedNoSource',
        params: {
          label: name,
          service: serviceTerm,
          region,
          snapshot: snapshotMessage(snap),
          note: item.note ? { key: 'reason.curatedNote', params: { text: dataNote(item.note) } } : '',
        },
      },
      label: item.label,
      name,
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
