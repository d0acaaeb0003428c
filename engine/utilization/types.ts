import type { MetricKey } from './metrics';
import type { UtilizationShape } from './columns';
import type { ImportProblem } from './problems';

/** One CloudWatch data point, value already in the stored unit (%, Mbps or ops/s). */
export interface MetricSample {
  line: number;
  instance: string;
  metric: MetricKey;
  timestampMs: number;
  value: number;
  instanceType?: string;
  region?: string;
}

/** One row of the summary shape. Percentages 0–100; network in Mbps; hours per month. */
export interface SummaryRow {
  line: number;
  instance: string;
  instanceType: string;
  region?: string;
  cpuP99: number;
  cpuMax: number;
  cpuAvg: number;
  memoryMaxPct: number | null;
  networkPeakMbps: number | null;
  hoursPerMonth: number | null;
}

interface ImportBase {
  problems: ImportProblem[];
  /** data lines read (blank lines excluded) */
  dataRows: number;
  /** time zone naive timestamps were read in */
  timeZone: string;
}

export type UtilizationImport =
  | (ImportBase & { shape: 'cloudwatch'; rows: MetricSample[] })
  | (ImportBase & { shape: 'summary'; rows: SummaryRow[] })
  | (ImportBase & { shape: null; rows: [] });

export interface UtilizationImportOptions {
  /** time zone for timestamps without an offset: UTC (default), +09:00, or an IANA name (Asia/Seoul) */
  timeZone?: string;
  /** seconds per data point for Bytes/Count metrics (CloudWatch basic monitoring: 300) */
  periodSeconds?: number;
  /** instance types the catalogue knows; rows naming another type are refused */
  isKnownType?: (type: string) => boolean;
  /** every catalogue type name: a refused type's message then names the ones it was probably meant to be */
  typeNames?: () => readonly string[];
}

/** What is loaded in the app: samples and summary rows from every accepted import. */
export interface UtilizationDataset {
  samples: MetricSample[];
  summaries: SummaryRow[];
}

export type { UtilizationShape };
