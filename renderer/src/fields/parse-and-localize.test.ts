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

  it("shows the schema's own text for rules it has no short wording for, in Korean where the schema wrote one", () => {
    const parsed = lineItemSchema.safeParse({ service: 'ec2', id: '!', instanceType: 'm5.large', count: 1 });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(localizeIssue(issue, en)).toBe('id: letters, digits, ".", "_" or "-" (max 64)');
    expect(localizeIssue(issue, ko)).toBe(
      'ID에는 영문자, 숫자, ".", "_", "-"만 쓸 수 있고 영문자나 숫자로 시작해야 합니다 (최대 64자)',
    );
    const io2 = validateLine({ service: 'ebs', id: 'e', tags: [], volumeType: 'io2', sizeGB: 10, count: 1 });
    if (io2.ok) throw new Error('io2 without iops was accepted');
    expect(io2.issues.map((i) => localizeIssue(i, ko))).toEqual(['io2에는 프로비저닝된 IOPS가 필요합니다']);
  });

  it('keeps the English text in the Korean UI only where the schema wrote no Korean', () => {
    const issue = { path: ['x'], code: 'custom', message: 'some rule without a twin' };
    expect(localizeIssue(issue, ko)).toBe('some rule without a twin');
  });
});
