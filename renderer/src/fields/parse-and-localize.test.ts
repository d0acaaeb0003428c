import { describe, expect, it } from 'vitest';
import { lineItemSchema } from '../../../engine/scenario';
import { createI18n } from '../i18n';
import { localizeIssue } from './localize-issue';
import { parseNumberText } from './NumberField';
import { validateLine } from './use-line-draft';

describe('number text', () => {
  it('reads grouped and spaced numbers, and refuses anything else', () => {
    expect(parseNumberText(' 1,000 ')).toBe(1000);
    expect(parseNumberText('2.5')).toBe(2.5);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('')).toBe('empty');
    expect(parseNumberText('12abc')).toBe('not-a-number');
    expect(parseNumberText('0x10')).toBe('not-a-number');
    expect(parseNumberText('Infinity')).toBe('not-a-number');
  });
});

describe('line validation messages', () => {
  const ko = createI18n('ko').t;
  const en = createI18n('en').t;

  it('says what is wrong in the UI language, for the engine schema rules', () => {
    const result = validateLine({
      service: 'ebs',
      id: 'e',
      tags: [],
      volumeType: 'gp3',
      sizeGB: 0,
      count: 1,
      iops: 100,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => localizeIssue(i, ko))).toEqual([
      '1 이상이어야 합니다',
      'gp3 IOPS는 3,000(포함분)부터입니다',
    ]);
    expect(result.issues.map((i) => localizeIssue(i, en))).toEqual([
      'Must be at least 1',
      'gp3 IOPS start at 3,000 (included)',
    ]);
  });

  it('checks the peak count against the baseline, a rule the scenario schema holds', () => {
    const result = validateLine({
      service: 'ec2',
      id: 'w',
      tags: [],
      instanceType: 'm5.large',
      count: 4,
      os: 'linux',
      tenancy: 'shared',
      usage: { pattern: 'peak', peakCount: 2, peakHoursPerDay: 6 },
      purchase: { option: 'on-demand' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['usage', 'peakCount']);
  });

  it('falls back to the engine message for rules it does not know', () => {
    const parsed = lineItemSchema.safeParse({ service: 'ec2', id: '!', instanceType: 'm5.large', count: 1 });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(localizeIssue(issue, en)).toBe(issue.message);
  });
});
