import Decimal from 'decimal.js';
import type { InstanceType, OperatingSystem } from '../../pricing-data/schema';
import type { Message } from '../trace/types';
import { dataNote } from './curated-names';
import type { PriceSnapshot } from './load-snapshot';
import { snapshotMessage } from './quote-messages';
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

/** Windows licence adder for a type, or the reason there is none (burstable T types have no rule). */
export function windowsAdder(
  snap: PriceSnapshot,
  instance: InstanceType,
): { perHour: Decimal; explanation: string; message: Message } | Unavailable {
  if (instance.burstable) {
    return {
      status: 'unavailable',
      reason: `Windows price for burstable ${instance.type} is unavailable: T types need a real Windows rate and ${snapshotLabel(snap)} has none (the per-vCPU adder rule applies to non-burstable types only)`,
      message: {
        key: 'reason.windowsBurstable',
        params: { type: instance.type, snapshot: snapshotMessage(snap) },
      },
    };
  }
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

export function onDemandHourly(
  snap: PriceSnapshot,
  region: string,
  type: string,
  os: OperatingSystem,
): PriceQuote {
  const target = resolveTarget(snap, region, type);
  if ('status' in target) return target;
  const rate = isRegion(region) ? snap.onDemand.regions[region]?.[type] : undefined;
  if (!rate) {
    const count = String(isRegion(region) ? Object.keys(snap.onDemand.regions[region] ?? {}).length : 0);
    return {
      status: 'unavailable',
      reason: `no on-demand Linux price for ${type} in ${region} in ${snapshotLabel(snap)} (it has on-demand prices for ${count} type(s) in ${region}); run the price update to fetch it`,
      message: {
        key: 'reason.noOnDemand',
        params: { type, region, count, snapshot: snapshotMessage(snap) },
      },
    };
  }
  const linux = new Decimal(rate.hourly);
  const linuxSource = sourceInfo(snap, rate.source);
  const note = rate.note ? ` (${rate.note})` : '';
  const noteParam: Message | string = rate.note
    ? { key: 'quote.dataNote', params: { text: dataNote(rate.note) } }
    : '';
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
        params: { rate: rate.hourly, type, region, source: linuxSource.sourceTitle, note: noteParam },
      },
    };
  }
  const adder = windowsAdder(snap, target.instance);
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
      params: { rate: rate.hourly, source: linuxSource.sourceTitle, note: noteParam, adder: adder.message },
    },
  };
}
