/**
 * Reads a utilization CSV (CloudWatch export or summary shape; comma, semicolon or tab; optional BOM) into
 * rows and a list of row-level problems with line numbers. It never throws on bad data: rows with an `error`
 * problem are left out, the caller shows the problems and lets the user import the good rows or cancel
 * (see merge-import.ts).
 */
import Papa from 'papaparse';
import { REGIONS } from '../../pricing-data/schema';
import {
  CLOUDWATCH_REQUIRED,
  COLUMN_LABEL,
  SUMMARY_REQUIRED,
  detectShape,
  mapHeader,
  type CloudWatchColumn,
  type HeaderMap,
  type SummaryColumn,
} from './columns';
import { KNOWN_METRIC_NAMES, convertMetricValue, lookupMetric } from './metrics';
import { problem, type ImportProblem } from './problems';
import { parseTimestamp, resolveTimeZone, type TimeZone, type TimestampResult } from './timestamps';
import type { MetricSample, SummaryRow, UtilizationImport, UtilizationImportOptions } from './types';
import { withJosa } from '../text/josa';
import { counted } from '../text/plural';
import { similarTypesSuffix } from '../catalogue/similar-types';

const KNOWN_REGIONS: ReadonlySet<string> = new Set(REGIONS);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export class UtilizationOptionError extends Error {}

interface RawRow {
  line: number;
  cells: string[];
  quoteError: boolean;
}

export function parseUtilizationCsv(text: string, options: UtilizationImportOptions = {}): UtilizationImport {
  const zone = resolveTimeZone(options.timeZone ?? 'UTC');
  if ('error' in zone) throw new UtilizationOptionError(zone.error);
  const periodSeconds = options.periodSeconds ?? 300;
  if (!(periodSeconds > 0))
    throw new UtilizationOptionError(`period must be a positive number of seconds (got ${periodSeconds})`);

  const raw = splitRows(text.replace(/^\uFEFF/, ''));
  const header = raw[0];
  const base = {
    problems: [] as ImportProblem[],
    dataRows: Math.max(0, raw.length - 1),
    timeZone: zone.name,
  };
  if (!header) {
    base.problems.push(
      problem(1, 'empty-file', { en: 'the file has no header row', ko: '머리글 행이 없습니다' }),
    );
    return { ...base, shape: null, rows: [] };
  }
  const columns = mapHeader(header.cells);
  const shape = detectShape(columns);
  if (shape === null) {
    base.problems.push(
      problem(header.line, 'unknown-shape', {
        en: `cannot tell the file's shape from its header (${header.cells.join(', ')}). Expected a CloudWatch export (timestamp, instance, metric, value[, unit]) or a summary (instance, instance_type, cpu_p99, cpu_max, cpu_avg[, memory_max, network_peak_mbps, hours_running, region])`,
        ko: `머리글(${header.cells.join(', ')})로 파일 형식을 알 수 없습니다. CloudWatch 내보내기(timestamp, instance, metric, value[, unit]) 또는 요약(instance, instance_type, cpu_p99, cpu_max, cpu_avg[, memory_max, network_peak_mbps, hours_running, region]) 형식이어야 합니다`,
      }),
    );
    return { ...base, shape: null, rows: [] };
  }
  const required: readonly (CloudWatchColumn | SummaryColumn)[] =
    shape === 'cloudwatch' ? CLOUDWATCH_REQUIRED : SUMMARY_REQUIRED;
  const missing = required.filter((c) => columns.index[c] === undefined).map((c) => COLUMN_LABEL[c]);
  if (missing.length > 0) {
    base.problems.push(
      problem(header.line, 'missing-column', {
        en: `the ${shape} shape needs ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}`,
        ko: `${shape === 'cloudwatch' ? 'CloudWatch' : '요약'} 형식에 필요한 열이 없습니다: ${missing.join(', ')}`,
      }),
    );
    return { ...base, shape: null, rows: [] };
  }
  const reader = new RowReader(columns, header.cells.length, base.problems, options);
  if (shape === 'cloudwatch') {
    return { ...base, shape, rows: readCloudWatch(raw, reader, zone, periodSeconds) };
  }
  return { ...base, shape, rows: readSummary(raw, reader) };
}

function splitRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  if (!text.includes('"')) {
    // no quoting: one row per line, and papaparse's fast mode applies
    const data = Papa.parse<string[]>(text, { fastMode: true, skipEmptyLines: false }).data;
    data.forEach((cells, i) => {
      if (!(cells.length === 1 && (cells[0] ?? '').trim() === ''))
        rows.push({ line: i + 1, cells, quoteError: false });
    });
    return rows;
  }
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step(result) {
      const cursor = result.meta.cursor;
      const cells = result.data;
      if (!(cells.length === 1 && (cells[0] ?? '').trim() === '')) {
        rows.push({ line, cells, quoteError: result.errors.some((e) => e.type === 'Quotes') });
      }
      // the cursor points past the row's line break; quoted fields may hold more line breaks
      for (let i = text.indexOf('\n', start); i !== -1 && i < cursor; i = text.indexOf('\n', i + 1)) line++;
      start = cursor;
    },
  });
  return rows;
}

class RowReader {
  constructor(
    private readonly columns: HeaderMap,
    private readonly width: number,
    readonly problems: ImportProblem[],
    readonly options: UtilizationImportOptions,
  ) {}

  shapeOk(row: RawRow): boolean {
    if (row.quoteError) {
      this.problems.push(
        problem(row.line, 'bad-row', {
          en: 'a quoted field is not closed',
          ko: '따옴표로 시작한 값이 닫히지 않았습니다',
        }),
      );
      return false;
    }
    if (row.cells.length !== this.width) {
      this.problems.push(
        problem(row.line, 'bad-row', {
          en: `${counted(row.cells.length, 'field')} where the header has ${this.width}`,
          ko: `값이 ${row.cells.length}개입니다 (머리글은 ${this.width}개)`,
        }),
      );
      return false;
    }
    return true;
  }

  label(column: CloudWatchColumn | SummaryColumn): string {
    return this.columns.written[column] ?? COLUMN_LABEL[column];
  }

  text(row: RawRow, column: CloudWatchColumn | SummaryColumn): string | undefined {
    const i = this.columns.index[column];
    return i === undefined ? undefined : (row.cells[i] ?? '').trim();
  }

  required(row: RawRow, column: CloudWatchColumn | SummaryColumn): string | null {
    const value = this.text(row, column);
    if (value === undefined || value === '') {
      this.problems.push(
        problem(
          row.line,
          'missing-value',
          { en: 'the value is empty', ko: '값이 비어 있습니다' },
          this.label(column),
        ),
      );
      return null;
    }
    return value;
  }

  /** A number; `optional` columns may be empty (→ undefined). null = a problem was recorded. */
  number(row: RawRow, column: CloudWatchColumn | SummaryColumn, optional = false): number | null | undefined {
    const value = this.text(row, column);
    if ((value === undefined || value === '') && optional) return undefined;
    if (value === undefined || value === '') {
      this.required(row, column);
      return null;
    }
    const cleaned = value.replace(/%$/, '');
    if (!NUMBER.test(cleaned)) {
      const hint = /^\d+,\d+$/.test(cleaned)
        ? { en: ' (use a dot as the decimal separator)', ko: ' (소수점은 마침표로 쓰세요)' }
        : { en: '', ko: '' };
      this.problems.push(
        problem(
          row.line,
          'bad-number',
          {
            en: `"${value}" is not a number${hint.en}`,
            ko: `${withJosa(`"${value}"`, '은')} 숫자가 아닙니다${hint.ko}`,
          },
          this.label(column),
        ),
      );
      return null;
    }
    return Number(cleaned);
  }

  percent(row: RawRow, column: SummaryColumn, optional = false): number | null | undefined {
    const n = this.number(row, column, optional);
    if (n === null || n === undefined) return n;
    if (n < 0 || n > 100) {
      this.problems.push(
        problem(
          row.line,
          'out-of-range',
          {
            en: `${n} is not a percentage between 0 and 100`,
            ko: `${withJosa(String(n), '은')} 0~100 사이의 백분율이 아닙니다`,
          },
          this.label(column),
        ),
      );
      return null;
    }
    return n;
  }

  instanceType(row: RawRow, optional: boolean): string | null | undefined {
    const value = optional ? this.text(row, 'instanceType') : this.required(row, 'instanceType');
    if (value === null) return null;
    if (value === undefined || value === '') return undefined;
    const type = value.toLowerCase();
    if (this.options.isKnownType && !this.options.isKnownType(type)) {
      const similar = similarTypesSuffix(value, this.options.typeNames?.() ?? []);
      this.problems.push(
        problem(
          row.line,
          'unknown-type',
          {
            en: `"${value}" is not an instance type in the catalogue${similar.en}`,
            ko: `${withJosa(`"${value}"`, '은')} 카탈로그에 없는 인스턴스 유형입니다${similar.ko}`,
          },
          this.label('instanceType'),
        ),
      );
      return null;
    }
    return type;
  }

  region(row: RawRow): string | null | undefined {
    const value = this.text(row, 'region');
    if (value === undefined || value === '') return undefined;
    if (!KNOWN_REGIONS.has(value)) {
      this.problems.push(
        problem(
          row.line,
          'unknown-region',
          {
            en: `"${value}" is not an AWS region code (e.g. ap-northeast-2)`,
            ko: `${withJosa(`"${value}"`, '은')} AWS 리전 코드가 아닙니다 (예: ap-northeast-2)`,
          },
          this.label('region'),
        ),
      );
      return null;
    }
    return value;
  }
}

/** Sorted timestamps of one instance+metric series, for duplicate and ordering checks. */
interface SeriesSeen {
  times: number[];
  lines: number[];
  backwards: { firstLine: number; count: number } | null;
}

function readCloudWatch(
  raw: RawRow[],
  reader: RowReader,
  zone: TimeZone,
  periodSeconds: number,
): MetricSample[] {
  const rows: MetricSample[] = [];
  const seen = new Map<string, SeriesSeen>();
  // exports repeat each timestamp for every instance and metric
  const stampCache = new Map<string, TimestampResult>();
  for (let r = 1; r < raw.length; r++) {
    const row = raw[r] as RawRow;
    if (!reader.shapeOk(row)) continue;
    const before = reader.problems.length;
    const instance = reader.required(row, 'instance');
    const stamp = reader.required(row, 'timestamp');
    const metricName = reader.required(row, 'metric');
    const value = reader.number(row, 'value');
    const instanceType = reader.instanceType(row, true);
    const region = reader.region(row);
    if (reader.problems.length > before) continue;
    if (instance === null || stamp === null || metricName === null || value === null || value === undefined)
      continue;

    const metric = lookupMetric(metricName);
    if (!metric) {
      reader.problems.push(
        problem(
          row.line,
          'unknown-metric',
          {
            en: `unknown metric "${metricName}" (known: ${KNOWN_METRIC_NAMES})`,
            ko: `알 수 없는 지표 "${metricName}" (사용 가능: ${KNOWN_METRIC_NAMES})`,
          },
          reader.label('metric'),
        ),
      );
      continue;
    }
    const converted = convertMetricValue(
      metric,
      metricName,
      value,
      reader.text(row, 'unit') ?? '',
      periodSeconds,
    );
    if (!converted.ok) {
      const column = converted.code === 'bad-unit' ? reader.label('unit') : reader.label('value');
      reader.problems.push(
        problem(
          row.line,
          converted.code,
          { en: converted.reason, ko: koConversion(converted.code, converted.reason) },
          column,
        ),
      );
      continue;
    }
    let time = stampCache.get(stamp);
    if (!time) {
      time = parseTimestamp(stamp, zone);
      if (stampCache.size > 100_000) stampCache.clear();
      stampCache.set(stamp, time);
    }
    if (!time.ok) {
      reader.problems.push(
        problem(
          row.line,
          'bad-timestamp',
          { en: time.reason, ko: `시각을 읽을 수 없습니다: ${time.reason}` },
          reader.label('timestamp'),
        ),
      );
      continue;
    }
    const key = `${instance}\u0000${metric.key}`;
    let series = seen.get(key);
    if (!series) {
      series = { times: [], lines: [], backwards: null };
      seen.set(key, series);
    }
    if (!recordTime(series, time.ms, row.line, reader, stamp)) continue;
    rows.push({
      line: row.line,
      instance,
      metric: metric.key,
      timestampMs: time.ms,
      value: converted.value,
      ...(instanceType ? { instanceType } : {}),
      ...(region ? { region } : {}),
    });
  }
  for (const [key, series] of seen) {
    if (!series.backwards) continue;
    const [instance = '', metric = ''] = key.split('\u0000');
    const { firstLine, count } = series.backwards;
    const more =
      count > 1
        ? {
            en: ` (and ${counted(count - 1, 'more row')} of this series)`,
            ko: ` (이 계열에서 ${count - 1}개 행 더)`,
          }
        : { en: '', ko: '' };
    reader.problems.push(
      problem(firstLine, 'non-monotonic-time', {
        en: `time goes backwards for ${instance} ${metric}${more.en}; rows are kept and ordered by time`,
        ko: `${instance} ${metric}의 시각이 거꾸로 갑니다${more.ko}. 행은 가져오며 시각 순으로 정렬합니다`,
      }),
    );
  }
  reader.problems.sort((a, b) => a.line - b.line);
  return rows;
}

function koConversion(code: 'bad-unit' | 'out-of-range', reason: string): string {
  return code === 'bad-unit' ? `지표와 맞지 않는 단위입니다: ${reason}` : `범위를 벗어난 값입니다: ${reason}`;
}

/** Records a timestamp; false (with a problem) when the series already has it. */
function recordTime(series: SeriesSeen, ms: number, line: number, reader: RowReader, stamp: string): boolean {
  const { times, lines } = series;
  const last = times[times.length - 1];
  if (last === undefined || ms > last) {
    times.push(ms);
    lines.push(line);
    return true;
  }
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  if (times[lo] === ms) {
    reader.problems.push(
      problem(
        line,
        'duplicate-timestamp',
        {
          en: `${stamp} repeats line ${lines[lo] as number} for the same instance and metric; this row is left out`,
          ko: `${withJosa(stamp, '은')} ${lines[lo] as number}행과 같은 인스턴스·지표의 중복 시각입니다. 이 행은 제외합니다`,
        },
        reader.label('timestamp'),
      ),
    );
    return false;
  }
  times.splice(lo, 0, ms);
  lines.splice(lo, 0, line);
  if (series.backwards) series.backwards.count++;
  else series.backwards = { firstLine: line, count: 1 };
  return true;
}

function readSummary(raw: RawRow[], reader: RowReader): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const firstLine = new Map<string, number>();
  for (let r = 1; r < raw.length; r++) {
    const row = raw[r] as RawRow;
    if (!reader.shapeOk(row)) continue;
    const before = reader.problems.length;
    const instance = reader.required(row, 'instance');
    const instanceType = reader.instanceType(row, false);
    const region = reader.region(row);
    const cpuP99 = reader.percent(row, 'cpuP99');
    const cpuMax = reader.percent(row, 'cpuMax');
    const cpuAvg = reader.percent(row, 'cpuAvg');
    const memoryMax = reader.percent(row, 'memoryMax', true);
    const networkPeak = reader.number(row, 'networkPeak', true);
    const hours = reader.number(row, 'hoursRunning', true);
    if (reader.problems.length > before) continue;
    if (instance === null || !instanceType || cpuP99 == null || cpuMax == null || cpuAvg == null) continue;

    if (networkPeak != null && networkPeak < 0) {
      reader.problems.push(
        problem(
          row.line,
          'out-of-range',
          { en: `${networkPeak} Mbps cannot be negative`, ko: `${networkPeak} Mbps는 음수일 수 없습니다` },
          reader.label('networkPeak'),
        ),
      );
      continue;
    }
    if (hours != null && (hours < 0 || hours > 744)) {
      reader.problems.push(
        problem(
          row.line,
          'out-of-range',
          {
            en: `${hours} hours per month is outside 0–744`,
            ko: `월 ${hours}시간은 0~744 범위를 벗어납니다`,
          },
          reader.label('hoursRunning'),
        ),
      );
      continue;
    }
    if (!(cpuAvg <= cpuP99 && cpuP99 <= cpuMax)) {
      reader.problems.push(
        problem(row.line, 'inconsistent-values', {
          en: `CPU figures must satisfy average ≤ p99 ≤ max (got ${cpuAvg} / ${cpuP99} / ${cpuMax})`,
          ko: `CPU 값은 평균 ≤ p99 ≤ 최대여야 합니다 (현재 ${cpuAvg} / ${cpuP99} / ${cpuMax})`,
        }),
      );
      continue;
    }
    const earlier = firstLine.get(instance);
    if (earlier !== undefined) {
      reader.problems.push(
        problem(
          row.line,
          'duplicate-instance',
          {
            en: `instance "${instance}" already appears on line ${earlier}`,
            ko: `인스턴스 ${withJosa(`"${instance}"`, '은')} ${earlier}행에 이미 있습니다`,
          },
          reader.label('instance'),
        ),
      );
      continue;
    }
    firstLine.set(instance, row.line);
    rows.push({
      line: row.line,
      instance,
      instanceType,
      ...(region ? { region } : {}),
      cpuP99,
      cpuMax,
      cpuAvg,
      memoryMaxPct: memoryMax ?? null,
      networkPeakMbps: networkPeak ?? null,
      hoursPerMonth: hours ?? null,
    });
  }
  return rows;
}
