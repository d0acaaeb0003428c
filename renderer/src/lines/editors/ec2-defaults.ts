import type { Ec2Item, Purchase, Usage } from '../../../../engine/scenario';

export const USAGE_PATTERNS = [
  'always-on',
  'hours',
  'weekly',
  'utilization',
  'peak',
  'monthly-spike',
] as const;
export const PURCHASE_OPTIONS = ['on-demand', 'reserved', 'savings-plan', 'spot'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The usage a pattern starts with when the user picks it (office hours for a weekly schedule, a 3-day monthly spike). */
export function usageFor(pattern: Usage['pattern'], item: Ec2Item, hoursPerMonth: number): Usage {
  switch (pattern) {
    case 'always-on':
      return { pattern };
    case 'hours':
      return { pattern, hoursPerMonth: Math.round(hoursPerMonth / 2) };
    case 'weekly':
      return { pattern, days: ['mon', 'tue', 'wed', 'thu', 'fri'], startHour: 9, endHour: 18 };
    case 'utilization':
      return { pattern, percent: 50 };
    case 'peak':
      return { pattern, peakCount: item.count + 1, peakHoursPerDay: 8 };
    case 'monthly-spike':
      return { pattern, peakCount: item.count + 1, spikeHoursPerMonth: Math.min(72, hoursPerMonth) };
  }
}

export function purchaseFor(option: Purchase['option']): Purchase {
  switch (option) {
    case 'on-demand':
    case 'spot':
      return { option };
    case 'reserved':
      return { option, offeringClass: 'standard', term: '1yr', payment: 'no-upfront' };
    case 'savings-plan':
      return { option, planType: 'compute', term: '1yr', payment: 'no-upfront' };
  }
}
