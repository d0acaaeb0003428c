export { loadSnapshot, SnapshotError, type LoadOptions, type PriceSnapshot } from './load-snapshot';
export { sha256Hex } from './sha256-hex';
export type {
  CuratedQuote,
  PriceQuote,
  QuoteBasis,
  RiQuote,
  SpotBand,
  SpotQuote,
  Unavailable,
} from './quotes';
export { unavailableMessage } from './quotes';
export { curatedItemName, dataNote } from './curated-names';
export { findInstanceType, onDemandHourly, windowsAdder } from './on-demand';
export { spotEstimate } from './spot';
export {
  reservedRate,
  savingsPlanRate,
  TERM_HOURS,
  type ReservedQuery,
  type SavingsPlanQuery,
} from './commitments';
export { curatedPrice, type CuratedService } from './curated';
export { snapshotCoverage, type RegionCoverage, type SnapshotCoverage } from './coverage';
export { isRegion } from './snapshot-helpers';
export { loadSnapshotLazy, type LazyLoadOptions, type LazySnapshot } from './lazy-snapshot';
