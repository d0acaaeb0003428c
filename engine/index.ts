/** Public API of the pricing engine. See engine/README.md. */
export * from './scenario';
export { scenarioJsonSchema } from './scenario/json-schema';
export * from './trace';
export { josa, withJosa, particleNamed, wordEnding, type Particle, type WordEnding } from './text/josa';
export { issueText, issueUnder, issueWithPrefix, notValidJsonKo, type FileIssue } from './text/file-issue';
export { bilingual, koreanErrorMap, koreanTextsFor, zodFileIssues } from './text/zod-korean';
export {
  ROUNDING,
  round,
  roundedString,
  compactString,
  exactString,
  usd,
  krw,
  type RoundingPolicy,
} from './money/rounding';
export { dec, sum, ZERO, Decimal } from './money/decimal';
export { tieredCost, type Tier, type TierPart } from './money/tiers';
export { estimate, priceLine } from './estimate/estimate';
export { estimateIncremental, type EstimateMemo } from './estimate/incremental';
export { memoizedPrices } from './estimate/memo-prices';
export { pricesFromSnapshot } from './estimate/prices-from-snapshot';
export type { Prices, CuratedService, ReservedQuery, SavingsPlanQuery, S3ClassRule } from './estimate/prices';
export type * from './estimate/types';
export { VAT_RATE, cumulativeAt, addTotals, sumTotals } from './estimate/summaries';
export { estimateJson } from './estimate/json';
export * from './csv';
export * from './compare';
export {
  tBaselinePercent,
  tUnlimitedSurplus,
  tBreakEvenAveragePercent,
  breakEvenMonth,
} from './services/ec2/formulas';
export * from './utilization';
export * from './rightsizing';
export * from './exercise';
export * from './snapshot-diff';
export * from './workspace';
