export { parseUtilizationCsv, UtilizationOptionError } from './parse-utilization-csv';
export { mergeImport, EMPTY_DATASET, type ImportDecision, type MergeResult } from './merge-import';
export { buildSeries, INTERVAL_MS, type InstanceSeries, type SeriesOptions } from './series';
export type { ImportProblem, ProblemCode, ProblemSeverity } from './problems';
export type { MetricKey } from './metrics';
export type {
  MetricSample,
  SummaryRow,
  UtilizationDataset,
  UtilizationImport,
  UtilizationImportOptions,
  UtilizationShape,
} from './types';
