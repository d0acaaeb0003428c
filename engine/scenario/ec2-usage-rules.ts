/**
 * EC2 usage rules that span fields of an item or need the scenario's settings, so the item schema alone
 * cannot hold them. The scenario schema applies them; the line editor applies them to a line being edited.
 */
import type { Usage } from './schema';

/** a problem at a path inside the item (e.g. ['usage', 'peakCount']) */
export type ItemRuleIssue = {
  readonly path: readonly ['usage', string];
  readonly message: string;
  /** the message in Korean */
  readonly ko: string;
};

/** the longest month of `settings.hoursPerMonth` (31 days); the item schema bounds spike hours by it */
export const MAX_MONTH_HOURS = 744;

type Ec2UsageFields = { readonly count: number; readonly usage: Usage };

/**
 * peak / monthly-spike: `peakCount` is at least the baseline `count`; a monthly spike lasts at most the
 * month (`hoursPerMonth` of the scenario's settings, when known).
 */
export function ec2UsageIssues(item: Ec2UsageFields, hoursPerMonth?: number): ItemRuleIssue[] {
  const usage = item.usage;
  if (usage.pattern !== 'peak' && usage.pattern !== 'monthly-spike') return [];
  const issues: ItemRuleIssue[] = [];
  if (usage.peakCount < item.count)
    issues.push({
      path: ['usage', 'peakCount'],
      message: `peakCount (${usage.peakCount}) is below the baseline count (${item.count})`,
      ko: `피크 때 인스턴스 수(${usage.peakCount})가 기본 인스턴스 수(${item.count})보다 적습니다`,
    });
  const spike = usage.pattern === 'monthly-spike' ? usage.spikeHoursPerMonth : 0;
  // above MAX_MONTH_HOURS the item schema has said so already
  if (hoursPerMonth !== undefined && spike > hoursPerMonth && spike <= MAX_MONTH_HOURS)
    issues.push({
      path: ['usage', 'spikeHoursPerMonth'],
      message: `spikeHoursPerMonth (${spike}) is more than the month's ${hoursPerMonth} hours (settings.hoursPerMonth)`,
      ko: `월간 급증 시간(${spike}시간)이 한 달 시간(settings.hoursPerMonth, ${hoursPerMonth}시간)보다 깁니다`,
    });
  return issues;
}
