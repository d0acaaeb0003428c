import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMessage, formatOperand, formatTrace, groupDigits } from './format';
import { particleNamed } from '../text/josa';
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
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|([^{}|]+))?\}/g)];
    for (const [key, text] of Object.entries(MESSAGES)) {
      const names = (s: string) =>
        placeholders(s)
          .map((m) => m[1])
          .sort();
      expect(names(text.ko), key).toEqual(names(text.en));
      expect(text.ko.length, key).toBeGreaterThan(0);
      // particles only in Korean, and each one a particle josa knows
      expect(text.en, key).not.toContain('|');
      for (const m of placeholders(text.ko))
        if (m[2] !== undefined) expect(particleNamed(m[2]), key).toBeDefined();
      expect(text.ko, key).not.toMatch(/은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로/);
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
  it('puts the Korean particle that fits a parameter, and leaves English as it was', () => {
    const unknown = (type: string) => ({ key: 'reason.unknownType' as const, params: { type } });
    expect(formatMessage(unknown('m5.large'), 'ko')).toBe('인스턴스 유형 m5.large가 카탈로그에 없습니다');
    expect(formatMessage(unknown('m6g.medium'), 'ko')).toBe('인스턴스 유형 m6g.medium이 카탈로그에 없습니다');
    expect(formatMessage(unknown('m5.large'), 'en')).toBe('Instance type m5.large is not in the catalogue');
    const notBurstable = { key: 'warn.notBurstable' as const, params: { line: 'web', type: 'c5.metal' } };
    expect(formatMessage(notBurstable, 'ko')).toBe(
      'web: c5.metal은 버스터블(T) 유형이 아니므로 버스터블 설정을 무시합니다',
    );
    const unused = {
      key: 'warn.commitmentUnused' as const,
      params: {
        line: 'web',
        option: purchaseLabelTerm({
          option: 'reserved',
          offeringClass: 'standard',
          term: '1yr',
          payment: 'no-upfront',
        }),
        hours: '730',
        used: '200',
      },
    };
    expect(formatMessage(unused, 'ko')).toBe(
      'web: 예약 인스턴스(RI) 표준 1년 선결제 없음은 월 730시간 전체가 과금되지만 사용 패턴은 인스턴스당 200시간입니다',
    );
    const region = (name: string) => ({
      key: 'describe.interRegion' as const,
      params: { gb: '10', region: name },
    });
    expect(formatMessage(region('us-east-1'), 'ko')).toBe('us-east-1로 10 GB');
    expect(formatMessage(region('서울'), 'ko')).toBe('서울로 10 GB');
    expect(formatMessage(region('도쿄'), 'ko')).toBe('도쿄로 10 GB');
    expect(formatMessage(region('us-east-1'), 'en')).toBe('10 GB to us-east-1');
    const split = (share: string) => ({ key: 'quote.splitEstimated' as const, params: { share } });
    expect(formatMessage(split('0.6'), 'ko')).toBe(
      '선결제/시간당 요금 분할은 선결제 비율 0.6으로 추정(출처에는 실효 요금만 있음)',
    );
    expect(formatMessage(split('0.5'), 'ko')).toContain('선결제 비율 0.5로 추정');
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
