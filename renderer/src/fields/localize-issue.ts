/**
 * Turns a zod issue from the engine's scenario schema into a message in the UI language.
 * The schema's own rules (custom messages in English) are recognised by pattern and given the editor's short
 * wording; any other rule shows the schema's own text (its Korean twin in the Korean UI, engine/text/zod-korean.ts),
 * so no problem is ever hidden.
 */
import type { TFunction } from 'i18next';
import { schemaKorean } from '../../../engine/text/zod-korean';

export type LineIssue = {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly expected?: unknown;
  /** a custom rule's extras: `ko`, its Korean text */
  readonly params?: unknown;
};

const CUSTOM_RULES: readonly {
  pattern: RegExp;
  key: string;
  params?: (m: RegExpExecArray) => Record<string, string>;
}[] = [
  { pattern: /^gp3 iops start at/, key: 'validation.gp3IopsMin' },
  { pattern: /^gp3 throughput starts at/, key: 'validation.gp3ThroughputMin' },
  {
    pattern: /^(\w+) needs provisioned iops/,
    key: 'validation.provisionedIops',
    params: (m) => ({ volume: m[1] ?? '' }),
  },
  {
    pattern: /^iops cannot be set for (\w+)/,
    key: 'validation.iopsNotAllowed',
    params: (m) => ({ volume: m[1] ?? '' }),
  },
  { pattern: /^throughputMBps is for gp3 only/, key: 'validation.throughputGp3Only' },
  {
    pattern: /^peakCount \(\d+\) is below the baseline count \((\d+)\)/,
    key: 'validation.peakBelowBaseline',
    params: (m) => ({ count: m[1] ?? '' }),
  },
  {
    pattern: /^spikeHoursPerMonth \([^)]*\) is more than the month's (\d+) hours/,
    key: 'validation.spikeOverMonth',
    params: (m) => ({ hours: m[1] ?? '' }),
  },
  { pattern: /^endHour must be after startHour/, key: 'validation.endAfterStart' },
  { pattern: /^destinationRegion is required/, key: 'validation.destinationRequired' },
  { pattern: /^instanceType looks like/, key: 'validation.instanceType' },
  { pattern: /^rateDate must be/, key: 'validation.date' },
  { pattern: /^must be a decimal string/, key: 'validation.decimal' },
];

export function localizeIssue(issue: LineIssue, t: TFunction): string {
  if (issue.code === 'too_small') {
    if (Array.isArray(issue.path) && issue.path.at(-1) === 'days') return t('validation.daysRequired');
    if (issue.inclusive === false) return t('validation.greaterThan', { min: String(issue.minimum) });
    return t('validation.min', { min: String(issue.minimum) });
  }
  if (issue.code === 'too_big') return t('validation.max', { max: String(issue.maximum) });
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'int') return t('validation.integer');
    if (issue.expected === 'number') return t('validation.number');
    return t('validation.required');
  }
  for (const rule of CUSTOM_RULES) {
    const match = rule.pattern.exec(issue.message);
    if (match) return t(rule.key, rule.params?.(match) ?? {});
  }
  return t('validation.other', { message: issue.message, ko: schemaKorean(issue) ?? issue.message });
}
