import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMessage, formatOperand, formatTrace, groupDigits } from './format';
import { MESSAGES } from './messages';
import { commaList, DAY_TERMS, purchaseCodeTerm, purchaseLabelTerm } from './terms';

describe('trace formatting', () => {
  it('groups digits and keeps decimals', () => {
    expect(groupDigits('1961.881')).toBe('1,961.881');
    expect(groupDigits('1000000')).toBe('1,000,000');
  });
  it('formats prices unrounded and amounts to the cent', () => {
    expect(formatOperand({ value: new Decimal('0.0000166667'), unit: 'usd/GB-s' }, 'en')).toBe(
      '$0.0000166667/GB-s',
    );
    expect(formatOperand({ value: new Decimal('247.197006'), unit: 'usd' }, 'en')).toBe('$247.20');
    expect(formatOperand({ value: new Decimal('730'), unit: 'h' }, 'ko')).toBe('730 시간');
  });
  it('renders a step in both languages', () => {
    const step = {
      kind: 'calc' as const,
      label: 'transfer.outTier' as const,
      params: { tier: 'first 10 TB' },
      operands: [
        { value: new Decimal('1961.881'), unit: 'GB' as const },
        { value: new Decimal('0.126'), unit: 'usd/GB' as const },
      ],
      amount: { value: new Decimal('247.197006'), unit: 'usd' as const },
    };
    expect(formatTrace(step, 'en')).toBe(
      'Internet out, tier first 10 TB: 1,961.881 GB × $0.126/GB = $247.20',
    );
    expect(formatTrace(step, 'ko')).toBe('인터넷 송신, first 10 TB 구간: 1,961.881 GB × $0.126/GB = $247.20');
  });
  it('every message has both languages with the same parameters', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.ko), key).toEqual(names(text.en));
      expect(text.ko.length, key).toBeGreaterThan(0);
    }
    expect(formatMessage({ key: 'warn.incomplete', params: { count: '2' } }, 'ko')).toBe(
      '가격 없는 항목 2개: 합계가 불완전합니다',
    );
  });
  it("renders words and nested messages in the reader's language", () => {
    const message = {
      key: 'reason.noPrice' as const,
      params: {
        what: {
          key: 'what.ec2' as const,
          params: { option: purchaseLabelTerm(null), type: 't3.micro', os: { en: 'windows', ko: 'Windows' } },
        },
        region: 'ap-northeast-2',
        detail: { key: 'snapshot.label' as const, params: { id: 's1' } },
      },
    };
    expect(formatMessage(message, 'en')).toBe(
      'No price for On-demand t3.micro windows in ap-northeast-2: snapshot s1',
    );
    expect(formatMessage(message, 'ko')).toBe(
      'ap-northeast-2의 t3.micro Windows 온디맨드 가격 없음: 스냅샷 s1',
    );
  });
  it('words purchase options once, as labels or as codes', () => {
    const ri = {
      option: 'reserved',
      offeringClass: 'standard',
      term: '3yr',
      payment: 'all-upfront',
    } as const;
    expect(purchaseLabelTerm(ri)).toEqual({
      en: 'Reserved Instance Standard 3 years All upfront',
      ko: '예약 인스턴스(RI) 표준 3년 전체 선결제',
    });
    expect(purchaseCodeTerm(ri)).toEqual({
      en: 'reserved standard 3yr all-upfront',
      ko: '예약 인스턴스(RI) 표준 3년 전체 선결제',
    });
    expect(purchaseLabelTerm({ ...ri })).toBe(purchaseLabelTerm(ri));
  });
  it('joins a list in either language', () => {
    const days = commaList([DAY_TERMS.sat!, DAY_TERMS.sun!, 'x']);
    expect(formatMessage({ key: 'note', params: { text: days } }, 'ko')).toBe('토, 일, x');
    expect(formatMessage({ key: 'note', params: { text: days } }, 'en')).toBe('Sat, Sun, x');
    expect(commaList([])).toBe('');
  });
});
