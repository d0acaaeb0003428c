/** Instance-hours per month from a usage pattern. */
import Decimal from 'decimal.js';
import { dec } from '../../money/decimal';
import type { Usage } from '../../scenario/schema';
import { operand as o, traceStep, type Traced } from '../../trace/steps';

export interface InstanceUsage {
  /** hours each instance runs (null for the peak pattern, where instances differ) */
  readonly perInstanceHours: Decimal | null;
  /** all instance-hours of the month */
  readonly instanceHours: Decimal;
  /** instance-hours beyond `count` always-on instances (peak pattern only) */
  readonly peakExtraHours: Decimal;
}

const DAY_NAMES: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const WEEK_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** ['mon','tue','wed','thu','fri'] → "Mon–Fri"; otherwise a comma list. */
export function dayRange(days: readonly string[]): string {
  const sorted = [...days].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b));
  const indices = sorted.map((d) => WEEK_ORDER.indexOf(d));
  const contiguous = indices.every((v, i) => i === 0 || v === (indices[i - 1] ?? -2) + 1);
  const names = sorted.map((d) => DAY_NAMES[d] ?? d);
  return contiguous && names.length > 2 ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
}

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function instanceUsage(usage: Usage, hoursPerMonth: number, count: number): Traced<InstanceUsage> {
  const month = dec(hoursPerMonth);
  const n = dec(count);
  const perInstance = (hours: Decimal) => ({
    perInstanceHours: hours,
    instanceHours: hours.times(n),
    peakExtraHours: dec(0),
  });
  switch (usage.pattern) {
    case 'always-on':
      return {
        value: perInstance(month),
        steps: [traceStep('calc', 'usage.alwaysOn', undefined, undefined, o(month, 'h'))],
      };
    case 'hours': {
      const hours = dec(usage.hoursPerMonth);
      return {
        value: perInstance(hours),
        steps: [traceStep('calc', 'usage.hours', undefined, undefined, o(hours, 'h'))],
      };
    }
    case 'utilization': {
      const hours = month.times(usage.percent).dividedBy(100);
      return {
        value: perInstance(hours),
        steps: [
          traceStep(
            'calc',
            'usage.utilization',
            { percent: String(usage.percent) },
            [o(month, 'h'), o(dec(usage.percent), '%')],
            o(hours, 'h'),
          ),
        ],
      };
    }
    case 'weekly': {
      const weekly = dec(usage.days.length).times(usage.endHour - usage.startHour);
      const hours = weekly.times(month).dividedBy(168);
      return {
        value: perInstance(hours),
        steps: [
          traceStep(
            'calc',
            'usage.weekly',
            { days: dayRange(usage.days), start: hh(usage.startHour), end: hh(usage.endHour) },
            [o(weekly, 'h/week'), o(month, 'h'), o(dec(168), 'h', '÷')],
            o(hours, 'h'),
          ),
        ],
      };
    }
    case 'peak': {
      const baseline = month.times(n);
      const days = month.dividedBy(24);
      const extraInstances = dec(usage.peakCount - count);
      const extra = extraInstances.times(usage.peakHoursPerDay).times(days);
      return {
        value: { perInstanceHours: null, instanceHours: baseline.plus(extra), peakExtraHours: extra },
        steps: [
          traceStep(
            'calc',
            'usage.baseline',
            undefined,
            [o(month, 'h'), o(n, 'instances')],
            o(baseline, 'h'),
          ),
          traceStep(
            'calc',
            'usage.peak',
            undefined,
            [
              o(extraInstances, 'instances'),
              o(dec(usage.peakHoursPerDay), 'h/day'),
              o(month, 'h'),
              o(dec(24), 'h', '÷'),
            ],
            o(extra, 'h'),
          ),
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
  }
}
