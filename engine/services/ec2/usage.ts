/** Instance-hours per month from a usage pattern. */
import Decimal from 'decimal.js';
import { dec, ZERO } from '../../money/decimal';
import type { Usage } from '../../scenario/schema';
import { operand as o, traceStep, type Traced } from '../../trace/steps';
import { commaList, DAY_TERMS } from '../../trace/terms';
import type { Param, TraceStep } from '../../trace/types';
import { decimalOf, timesCount } from '../amounts';

export interface InstanceUsage {
  /** hours each instance runs (null for the peak and monthly-spike patterns, where instances differ) */
  readonly perInstanceHours: Decimal | null;
  /** all instance-hours of the month */
  readonly instanceHours: Decimal;
  /** instance-hours beyond `count` always-on instances (peak and monthly-spike patterns only) */
  readonly peakExtraHours: Decimal;
}

/** patterns where every instance runs the same hours */
type PerInstanceUsage = Exclude<Usage, { pattern: 'peak' | 'monthly-spike' }>;
/** patterns with `count` instances all month and `peakCount` for part of it */
type BaselinePlusPeak = Extract<Usage, { pattern: 'peak' | 'monthly-spike' }>;

const WEEK_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const dayRanges = new Map<string, Param>();

/** ['mon','tue','wed','thu','fri'] → "Mon–Fri" / "월–금"; otherwise a comma list. */
export function dayRange(days: readonly string[]): Param {
  const key = days.join();
  let text = dayRanges.get(key);
  if (text === undefined) {
    text = formatDayRange(days);
    // at most 7! orders of 7 days; typed input rarely makes more than a few
    if (dayRanges.size < 5_000) dayRanges.set(key, text);
  }
  return text;
}

function formatDayRange(days: readonly string[]): Param {
  const sorted = [...days].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b));
  const indices = sorted.map((d) => WEEK_ORDER.indexOf(d));
  const contiguous = indices.every((v, i) => i === 0 || v === (indices[i - 1] ?? -2) + 1);
  const names: Param[] = sorted.map((d) => DAY_TERMS[d] ?? d);
  const first = names[0];
  const last = names[names.length - 1];
  return contiguous && names.length > 2 && first !== undefined && last !== undefined
    ? { key: 'usage.days', params: { first, last } }
    : commaList(names);
}

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const WEEK_HOURS = dec(168);
const DAY_HOURS = dec(24);
/** the month is one of few values (672–744 h): one Decimal each */
const monthHours = new Map<number, Decimal>();
export function monthOf(hoursPerMonth: number): Decimal {
  let month = monthHours.get(hoursPerMonth);
  if (!month) {
    month = dec(hoursPerMonth);
    if (monthHours.size < 100) monthHours.set(hoursPerMonth, month);
  }
  return month;
}

type PerInstance = { readonly hours: Decimal; readonly step: TraceStep };

/**
 * Hours each instance runs under a per-instance pattern, with its trace step. Remembered: a scenario
 * repeats a few patterns over many lines, and the Decimals and the step are immutable, so lines share them.
 */
const perInstanceByPattern = new Map<string, PerInstance>();

function perInstanceHours(usage: PerInstanceUsage, hoursPerMonth: number): PerInstance {
  const key = patternKey(usage, hoursPerMonth);
  let known = perInstanceByPattern.get(key);
  if (!known) {
    known = perInstanceUncached(usage, monthOf(hoursPerMonth));
    if (perInstanceByPattern.size >= 2_000) perInstanceByPattern.clear();
    perInstanceByPattern.set(key, known);
  }
  return known;
}

/** String(n), but -0 stays "-0" (a Decimal of -0 keeps its sign) */
const exactText = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

function patternKey(usage: PerInstanceUsage, hoursPerMonth: number): string {
  switch (usage.pattern) {
    case 'always-on':
      return `a|${hoursPerMonth}`;
    case 'hours':
      return `h|${exactText(usage.hoursPerMonth)}`;
    case 'utilization':
      return `u|${exactText(usage.percent)}|${hoursPerMonth}`;
    case 'weekly':
      return `w|${usage.days.join()}|${usage.startHour}|${usage.endHour}|${hoursPerMonth}`;
  }
}

function perInstanceUncached(usage: PerInstanceUsage, month: Decimal): PerInstance {
  switch (usage.pattern) {
    case 'always-on':
      return { hours: month, step: traceStep('calc', 'usage.alwaysOn', undefined, undefined, o(month, 'h')) };
    case 'hours': {
      const hours = dec(usage.hoursPerMonth);
      return { hours, step: traceStep('calc', 'usage.hours', undefined, undefined, o(hours, 'h')) };
    }
    case 'utilization': {
      const hours = month.times(usage.percent).dividedBy(100);
      return {
        hours,
        step: traceStep(
          'calc',
          'usage.utilization',
          { percent: String(usage.percent) },
          [o(month, 'h'), o(dec(usage.percent), '%')],
          o(hours, 'h'),
        ),
      };
    }
    case 'weekly': {
      const weekly = dec(usage.days.length).times(usage.endHour - usage.startHour);
      const hours = weekly.times(month).dividedBy(WEEK_HOURS);
      return {
        hours,
        step: traceStep(
          'calc',
          'usage.weekly',
          { days: dayRange(usage.days), start: hh(usage.startHour), end: hh(usage.endHour) },
          [o(weekly, 'h/week'), o(month, 'h'), o(WEEK_HOURS, 'h', '÷')],
          o(hours, 'h'),
        ),
      };
    }
  }
}

/** A monthly spike counts at most the month's hours (the scenario schema refuses more; a later, shorter month warns). */
function spikeHoursCounted(spikeHoursPerMonth: number, hoursPerMonth: number): number {
  return Math.min(spikeHoursPerMonth, hoursPerMonth);
}

export function instanceUsage(usage: Usage, hoursPerMonth: number, count: number): Traced<InstanceUsage> {
  if (usage.pattern !== 'peak' && usage.pattern !== 'monthly-spike') {
    const { hours, step } = perInstanceHours(usage, hoursPerMonth);
    return {
      value: { perInstanceHours: hours, instanceHours: timesCount(hours, count), peakExtraHours: ZERO },
      steps: [step],
    };
  }
  return baselinePlusPeak(usage, hoursPerMonth, count);
}

/** `count` instances all month, plus (peakCount − count) instances for the peak hours of the month */
function baselinePlusPeak(
  usage: BaselinePlusPeak,
  hoursPerMonth: number,
  count: number,
): Traced<InstanceUsage> {
  const month = monthOf(hoursPerMonth);
  const n = decimalOf(count);
  const baseline = month.times(n);
  const extraInstances = dec(usage.peakCount - count);
  const { extra, step } =
    usage.pattern === 'peak'
      ? dailyPeak(usage, month, extraInstances)
      : monthlySpike(usage, hoursPerMonth, extraInstances);
  return {
    value: { perInstanceHours: null, instanceHours: baseline.plus(extra), peakExtraHours: extra },
    steps: [
      traceStep('calc', 'usage.baseline', undefined, [o(month, 'h'), o(n, 'instances')], o(baseline, 'h')),
      step,
      traceStep(
        'calc',
        'usage.instanceHours',
        undefined,
        [o(baseline, 'h'), o(extra, 'h', '+')],
        o(baseline.plus(extra), 'h'),
      ),
    ],
  };
}

type Extra = { readonly extra: Decimal; readonly step: TraceStep };

/** extra instances × peak hours a day × days in the month (month ÷ 24) */
function dailyPeak(
  usage: Extract<Usage, { pattern: 'peak' }>,
  month: Decimal,
  extraInstances: Decimal,
): Extra {
  const extra = extraInstances.times(usage.peakHoursPerDay).times(month.dividedBy(DAY_HOURS));
  const operands = [
    o(extraInstances, 'instances'),
    o(dec(usage.peakHoursPerDay), 'h/day'),
    o(month, 'h'),
    o(DAY_HOURS, 'h', '÷'),
  ];
  return { extra, step: traceStep('calc', 'usage.peak', undefined, operands, o(extra, 'h')) };
}

/** extra instances × spike hours of the month */
function monthlySpike(
  usage: Extract<Usage, { pattern: 'monthly-spike' }>,
  hoursPerMonth: number,
  extraInstances: Decimal,
): Extra {
  const spike = dec(spikeHoursCounted(usage.spikeHoursPerMonth, hoursPerMonth));
  const extra = extraInstances.times(spike);
  return {
    extra,
    step: traceStep(
      'calc',
      'usage.monthlySpike',
      undefined,
      [o(extraInstances, 'instances'), o(spike, 'h')],
      o(extra, 'h'),
    ),
  };
}
