import Decimal from 'decimal.js';
import type { InstanceType, OperatingSystem, Region } from '../../pricing-data/schema';
import { counted } from '../text/plural';
import { formatMessage } from '../trace/format';
import type { Message } from '../trace/types';
import { dataNote } from './curated-names';
import type { PriceSnapshot } from './load-snapshot';
import { snapshotMessage, textMessage, WINDOWS_TEXTS } from './quote-messages';
import type { PriceQuote, Unavailable } from './quotes';
import { isRegion, snapshotLabel, sourceInfo } from './snapshot-helpers';

export function findInstanceType(snap: PriceSnapshot, type: string): InstanceType | undefined {
  return snap.index.get(type);
}

/** Resolves region and type, or says which one is unknown. */
export function resolveTarget(
  snap: PriceSnapshot,
  region: string,
  type: string,
): { instance: InstanceType } | Unavailable {
  if (!isRegion(region))
    return {
      status: 'unavailable',
      reason: `unknown region "${region}"`,
      message: { key: 'reason.unknownRegion', params: { region } },
    };
  const instance = findInstanceType(snap, type);
  if (!instance) {
    return {
      status: 'unavailable',
      reason: `unknown instance type "${type}": not in the EC2 catalogue of ${snapshotLabel(snap)}`,
      message: { key: 'reason.unknownInstanceType', params: { type, snapshot: snapshotMessage(snap) } },
    };
  }
  return { instance };
}

/** Why a burstable T type has no Windows price: the adder rule does not apply, an exact rate is needed. */
function windowsBurstable(snap: PriceSnapshot, instance: InstanceType, region: string): Unavailable {
  const message = textMessage(WINDOWS_TEXTS.burstable, {
    type: instance.type,
    region,
    snapshot: snapshotMessage(snap),
  });
  return { status: 'unavailable', reason: formatMessage(message, 'en'), message };
}

/** Windows licence adder for a type in a region, or the reason there is none (burstable T types). */
export function windowsAdder(
  snap: PriceSnapshot,
  instance: InstanceType,
  region: string,
): { perHour: Decimal; explanation: string; message: Message } | Unavailable {
  if (instance.burstable) return windowsBurstable(snap, instance, region);
  const rule = snap.licenseRules.windows;
  const perHour = new Decimal(rule.adderPerVcpuHour).times(instance.vcpu);
  const vcpu = String(instance.vcpu);
  return {
    perHour,
    explanation: `Windows licence adder ${rule.adderPerVcpuHour} × ${vcpu} vCPU = ${perHour.toString()}/h`,
    message: {
      key: 'quote.windowsAdder',
      params: { perVcpu: rule.adderPerVcpuHour, vcpu, perHour: perHour.toString() },
    },
  };
}

function noteParam(note: string | undefined): Message | string {
  return note ? { key: 'quote.dataNote', params: { text: dataNote(note) } } : '';
}

/** The exact Windows rate (licence included, shared tenancy) of the snapshot, if it has one. */
function exactWindows(snap: PriceSnapshot, region: Region, type: string): PriceQuote | null {
  const rate = snap.onDemandWindows.regions[region]?.[type];
  if (!rate) return null;
  const source = sourceInfo(snap, rate.source);
  const message = textMessage(WINDOWS_TEXTS.exact, {
    rate: rate.hourly,
    type,
    region,
    source: source.sourceTitle,
    note: noteParam(rate.note),
  });
  return {
    status: 'priced',
    hourly: new Decimal(rate.hourly),
    ...source,
    confidence: rate.confidence,
    basis: 'exact',
    explanation: formatMessage(message, 'en'),
    message,
  };
}

/**
 * On-demand $/h of a type in a region. Windows: the snapshot's exact Windows rate first, else Linux + the
 * licence adder rule for non-burstable types, else unavailable (T types need an exact rate).
 */
export function onDemandHourly(
  snap: PriceSnapshot,
  region: string,
  type: string,
  os: OperatingSystem,
): PriceQuote {
  const target = resolveTarget(snap, region, type);
  if ('status' in target) return target;
  if (os === 'windows' && isRegion(region)) {
    const exact = exactWindows(snap, region, type);
    if (exact) return exact;
    if (target.instance.burstable) return windowsBurstable(snap, target.instance, region);
  }
  const rate = isRegion(region) ? snap.onDemand.regions[region]?.[type] : undefined;
  if (!rate) {
    const count = isRegion(region) ? Object.keys(snap.onDemand.regions[region] ?? {}).length : 0;
    const message: Message = {
      key: 'reason.noOnDemand',
      params: {
        type,
        region,
        types: { en: counted(count, 'type'), ko: `${count}개 유형` },
        snapshot: snapshotMessage(snap),
      },
    };
    return { status: 'unavailable', reason: formatMessage(message, 'en'), message };
  }
  const linux = new Decimal(rate.hourly);
  const linuxSource = sourceInfo(snap, rate.source);
  const note = rate.note ? ` (${rate.note})` : '';
  if (os === 'linux') {
    return {
      status: 'priced',
      hourly: linux,
      ...linuxSource,
      confidence: rate.confidence,
      basis: 'exact',
      explanation: `On-demand Linux ${rate.hourly}/h for ${type} in ${region} from ${linuxSource.sourceTitle}${note}`,
      message: {
        key: 'quote.onDemand',
        params: {
          rate: rate.hourly,
          type,
          region,
          source: linuxSource.sourceTitle,
          note: noteParam(rate.note),
        },
      },
    };
  }
  const adder = windowsAdder(snap, target.instance, region);
  if ('status' in adder) return adder;
  return {
    status: 'priced',
    hourly: linux.plus(adder.perHour),
    ...sourceInfo(snap, snap.licenseRules.windows.source),
    asOf: linuxSource.asOf,
    confidence: rate.confidence,
    basis: 'derived-rule',
    explanation: `Linux ${rate.hourly}/h (${linuxSource.sourceTitle}${note}) + ${adder.explanation}`,
    message: {
      key: 'quote.windows',
      params: {
        rate: rate.hourly,
        source: linuxSource.sourceTitle,
        note: noteParam(rate.note),
        adder: adder.message,
      },
    },
  };
}
