/**
 * CloudWatch metric names we read, their accepted units, and the conversion to the unit the right-sizing
 * engine works in. Byte and count metrics of EC2 basic monitoring are totals per period (5 minutes unless the
 * import says otherwise); `/Second` units are already rates.
 */

export type MetricKey =
  | 'cpu'
  | 'memory'
  | 'networkIn'
  | 'networkOut'
  | 'ebsReadOps'
  | 'ebsWriteOps'
  | 'ebsReadBytes'
  | 'ebsWriteBytes';

export const METRIC_KEYS: readonly MetricKey[] = [
  'cpu',
  'memory',
  'networkIn',
  'networkOut',
  'ebsReadOps',
  'ebsWriteOps',
  'ebsReadBytes',
  'ebsWriteBytes',
];

type Kind = 'percent' | 'bytes' | 'count';

interface MetricDefinition {
  key: MetricKey;
  kind: Kind;
  /** the unit the engine stores: percent, Mbps (megabits per second) or operations per second */
  storedUnit: '%' | 'Mbps' | 'ops/s';
}

/** CloudWatch metric name (lower-cased) → definition. CWAgent memory names for Linux and Windows. */
const BY_NAME: ReadonlyMap<string, MetricDefinition> = new Map([
  ['cpuutilization', { key: 'cpu', kind: 'percent', storedUnit: '%' }],
  ['mem_used_percent', { key: 'memory', kind: 'percent', storedUnit: '%' }],
  ['memoryutilization', { key: 'memory', kind: 'percent', storedUnit: '%' }],
  ['memory % committed bytes in use', { key: 'memory', kind: 'percent', storedUnit: '%' }],
  ['networkin', { key: 'networkIn', kind: 'bytes', storedUnit: 'Mbps' }],
  ['networkout', { key: 'networkOut', kind: 'bytes', storedUnit: 'Mbps' }],
  ['ebsreadops', { key: 'ebsReadOps', kind: 'count', storedUnit: 'ops/s' }],
  ['ebswriteops', { key: 'ebsWriteOps', kind: 'count', storedUnit: 'ops/s' }],
  ['ebsreadbytes', { key: 'ebsReadBytes', kind: 'bytes', storedUnit: 'Mbps' }],
  ['ebswritebytes', { key: 'ebsWriteBytes', kind: 'bytes', storedUnit: 'Mbps' }],
] as const satisfies readonly (readonly [string, MetricDefinition])[]);

export const KNOWN_METRIC_NAMES =
  'CPUUtilization, mem_used_percent, NetworkIn, NetworkOut, EBSReadOps, EBSWriteOps, EBSReadBytes, EBSWriteBytes';

const byRawName = new Map<string, MetricDefinition | undefined>();

export function lookupMetric(name: string): MetricDefinition | undefined {
  if (byRawName.has(name)) return byRawName.get(name);
  const definition = BY_NAME.get(name.trim().toLowerCase());
  if (byRawName.size < 1000) byRawName.set(name, definition);
  return definition;
}

export type ConversionResult =
  { ok: true; value: number } | { ok: false; code: 'bad-unit' | 'out-of-range'; reason: string };

/**
 * Converts a raw value in `unit` (empty = the metric's CloudWatch default) to the stored unit.
 * `periodSeconds` turns per-period totals into rates.
 */
export function convertMetricValue(
  metric: MetricDefinition,
  metricName: string,
  value: number,
  unit: string,
  periodSeconds: number,
): ConversionResult {
  const u = unit.trim().toLowerCase();
  if (value < 0)
    return { ok: false, code: 'out-of-range', reason: `${metricName} cannot be negative (${value})` };
  switch (metric.kind) {
    case 'percent':
      if (u !== '' && u !== 'percent' && u !== '%') return badUnit(metricName, unit, 'Percent');
      if (value > 100)
        return { ok: false, code: 'out-of-range', reason: `${metricName} is a percentage: ${value} > 100` };
      return { ok: true, value };
    case 'bytes':
      if (u === '' || u === 'bytes') return { ok: true, value: (value * 8) / periodSeconds / 1e6 };
      if (u === 'bytes/second') return { ok: true, value: (value * 8) / 1e6 };
      return badUnit(metricName, unit, 'Bytes or Bytes/Second');
    case 'count':
      if (u === '' || u === 'count') return { ok: true, value: value / periodSeconds };
      if (u === 'count/second') return { ok: true, value };
      return badUnit(metricName, unit, 'Count or Count/Second');
  }
}

function badUnit(metricName: string, unit: string, expected: string): ConversionResult {
  return { ok: false, code: 'bad-unit', reason: `${metricName} in unit "${unit}": expected ${expected}` };
}
