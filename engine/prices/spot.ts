import Decimal from 'decimal.js';
import type { OperatingSystem } from '../../pricing-data/schema';
import { OS_TERMS, sourceDate } from '../trace/terms';
import type { PriceSnapshot } from './load-snapshot';
import { onDemandHourly, resolveTarget } from './on-demand';
import { snapshotMessage } from './quote-messages';
import type { SpotBand, SpotQuote } from './quotes';
import { isRegion, snapshotLabel, sourceInfo } from './snapshot-helpers';

/**
 * Spot price as the Spot Instance Advisor's historical average: on-demand × (1 − savings %), with the
 * interruption-frequency band. Not a live price.
 */
export function spotEstimate(
  snap: PriceSnapshot,
  region: string,
  type: string,
  os: OperatingSystem,
): SpotQuote {
  const target = resolveTarget(snap, region, type);
  if ('status' in target) return target;
  const entry = isRegion(region) ? snap.spot.regions[region]?.[os][type] : undefined;
  if (!entry) {
    return {
      status: 'unavailable',
      reason: `the Spot Instance Advisor data in ${snapshotLabel(snap)} has no ${OS_TERMS[os].en} entry for ${type} in ${region}`,
      message: {
        key: 'reason.noSpotEntry',
        params: { os: OS_TERMS[os], type, region, snapshot: snapshotMessage(snap) },
      },
    };
  }
  const bandRow = snap.spot.bands.find((b) => b.index === entry.band);
  const band: SpotBand = { index: entry.band, label: bandRow?.label ?? `band ${entry.band}` };
  const onDemand = onDemandHourly(snap, region, type, os);
  if (onDemand.status !== 'priced') {
    return {
      status: 'unavailable',
      reason: `spot savings are known (${entry.savingsPct}% off on-demand, interruption ${band.label}) but the on-demand price is not: ${onDemand.reason}`,
      message: {
        key: 'reason.spotNoOnDemand',
        params: {
          savings: String(entry.savingsPct),
          band: band.label,
          reason: onDemand.message,
        },
      },
      savingsPct: entry.savingsPct,
      band,
    };
  }
  const factor = new Decimal(100).minus(entry.savingsPct).dividedBy(100);
  const hourly = onDemand.hourly.times(factor);
  const source = sourceInfo(snap, snap.spot.source);
  return {
    status: 'priced',
    hourly,
    onDemandHourly: onDemand.hourly,
    savingsPct: entry.savingsPct,
    band,
    label: 'historical average',
    ...source,
    confidence: 'low',
    basis: 'estimate',
    explanation: `historical average: on-demand ${onDemand.hourly.toString()}/h × (1 − ${entry.savingsPct}%) = ${hourly.toString()}/h; interruption frequency ${band.label} (${source.sourceTitle}, ${source.asOf})`,
    message: {
      key: 'quote.spot',
      params: {
        onDemand: onDemand.hourly.toString(),
        savings: String(entry.savingsPct),
        hourly: hourly.toString(),
        band: band.label,
        source: source.sourceTitle,
        asOf: sourceDate(source.asOf),
      },
    },
  };
}
