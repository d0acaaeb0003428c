export {
  rightsizingSettings,
  rightsizingSettingsSchema,
  CPU_THRESHOLD_PERCENTILE,
  IDLE_MAX_CPU_PCT,
  type CpuThreshold,
  type RightsizingSettings,
  type RightsizingSettingsInput,
} from './settings';
export { platformNotes } from './platform-notes';
export { percentile, stats, blockMeans } from './percentile';
export { profileFromSeries, profileFromSummary, type UtilizationProfile } from './profile';
export { requirements, shortfalls, margin, type Requirements } from './requirements';
export { isReplacementFamily } from './eligibility';
export { PriceBook, purchaseKey, type Rate } from './price-book';
export {
  recommendInstance,
  rightsizingContext,
  riskFor,
  type BurstableFit,
  type InstanceRecommendation,
  type RightsizingContext,
  type SizedOption,
} from './recommend';
export {
  profilesFromDataset,
  recommendFleet,
  summarizeFleet,
  type CapacityPoint,
  type FleetResult,
  type FleetSummary,
} from './fleet';
export {
  FINDING_TEXT,
  PLATFORM_NOTES,
  REASON_TEXT,
  RISK_TEXT,
  riskLabel,
  type Finding,
  type Note,
  type NoteCode,
  type ReasonCode,
  type RiskLabel,
} from './notes';
