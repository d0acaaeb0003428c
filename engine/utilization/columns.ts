/**
 * Column names of the two utilization file shapes and shape detection from the header row. Header cells
 * are matched case-insensitively, ignoring spaces, `_`, `-`, `.`, `%` and bracketed units:
 * `InstanceId`, `instance id` and `Instance_ID` are the same column.
 */

export type UtilizationShape = 'cloudwatch' | 'summary';

export type CloudWatchColumn =
  'timestamp' | 'instance' | 'metric' | 'value' | 'unit' | 'instanceType' | 'region';
export type SummaryColumn =
  | 'instance'
  | 'instanceType'
  | 'region'
  | 'cpuP99'
  | 'cpuMax'
  | 'cpuAvg'
  | 'memoryMax'
  | 'networkPeak'
  | 'hoursRunning';

const ALIASES: Record<string, CloudWatchColumn | SummaryColumn> = {
  timestamp: 'timestamp',
  time: 'timestamp',
  datetime: 'timestamp',
  date: 'timestamp',
  시간: 'timestamp',
  시각: 'timestamp',
  instance: 'instance',
  instanceid: 'instance',
  instancename: 'instance',
  name: 'instance',
  인스턴스: 'instance',
  인스턴스id: 'instance',
  metric: 'metric',
  metricname: 'metric',
  지표: 'metric',
  value: 'value',
  maximum: 'value',
  average: 'value',
  값: 'value',
  unit: 'unit',
  단위: 'unit',
  instancetype: 'instanceType',
  type: 'instanceType',
  currenttype: 'instanceType',
  currentinstancetype: 'instanceType',
  인스턴스유형: 'instanceType',
  region: 'region',
  리전: 'region',
  cpup99: 'cpuP99',
  p99cpu: 'cpuP99',
  cpumax: 'cpuMax',
  cpumaximum: 'cpuMax',
  cpuavg: 'cpuAvg',
  cpuaverage: 'cpuAvg',
  cpumean: 'cpuAvg',
  memorymax: 'memoryMax',
  memmax: 'memoryMax',
  memorymaximum: 'memoryMax',
  networkpeak: 'networkPeak',
  networkpeakmbps: 'networkPeak',
  hoursrunning: 'hoursRunning',
  hours: 'hoursRunning',
  hourspermonth: 'hoursRunning',
  hoursrunningpermonth: 'hoursRunning',
};

export const CLOUDWATCH_REQUIRED: readonly CloudWatchColumn[] = ['timestamp', 'instance', 'metric', 'value'];
export const SUMMARY_REQUIRED: readonly SummaryColumn[] = [
  'instance',
  'instanceType',
  'cpuP99',
  'cpuMax',
  'cpuAvg',
];

/** How each logical column is spelled in the documentation and in messages. */
export const COLUMN_LABEL: Record<CloudWatchColumn | SummaryColumn, string> = {
  timestamp: 'timestamp',
  instance: 'instance',
  metric: 'metric',
  value: 'value',
  unit: 'unit',
  instanceType: 'instance_type',
  region: 'region',
  cpuP99: 'cpu_p99',
  cpuMax: 'cpu_max',
  cpuAvg: 'cpu_avg',
  memoryMax: 'memory_max',
  networkPeak: 'network_peak_mbps',
  hoursRunning: 'hours_running',
};

export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/\((%|mbps|percent|h|hours)\)|\[(%|mbps|percent|h|hours)\]/gi, '')
    .toLowerCase()
    .replace(/[\s_\-.%()[\]]/g, '');
}

export interface HeaderMap {
  /** logical column → index in the row */
  index: Partial<Record<CloudWatchColumn | SummaryColumn, number>>;
  /** logical column → header text as written in the file */
  written: Partial<Record<CloudWatchColumn | SummaryColumn, string>>;
}

export function mapHeader(cells: readonly string[]): HeaderMap {
  const map: HeaderMap = { index: {}, written: {} };
  cells.forEach((cell, i) => {
    const column = ALIASES[normalizeHeader(cell)];
    if (column !== undefined && map.index[column] === undefined) {
      map.index[column] = i;
      map.written[column] = cell.replace(/^\uFEFF/, '').trim();
    }
  });
  return map;
}

export function detectShape(header: HeaderMap): UtilizationShape | null {
  if (header.index.metric !== undefined || header.index.timestamp !== undefined) return 'cloudwatch';
  if (
    header.index.cpuP99 !== undefined ||
    header.index.cpuMax !== undefined ||
    header.index.cpuAvg !== undefined
  ) {
    return 'summary';
  }
  return null;
}
