import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { TypicalDiscount } from '../../../pricing-data/schema';
import { createI18n, type Language } from '../i18n';
import { discountMethodText, parseDiscountMethod, type DiscountMethod } from './discount-method';
import { registerPriceTablesI18n } from './register-price-tables-i18n';
import { englishRuns } from './test-english-runs';
import { bundledSnapshot } from './test-helpers';

const tOf = (language: Language): TFunction =>
  createI18n(language, [registerPriceTablesI18n]).getFixedT(language, 'priceTables');
const ko = tOf('ko');
const en = tOf('en');
const rows = bundledSnapshot().typicalDiscounts.discounts;
const fallback = {
  sources: 'ec2instances.info rate card for x2iedn.32xlarge (25 regions)',
  discount: '38.47%',
};

function row(kind: TypicalDiscount['kind'], plan: string, term: string, payment: string): TypicalDiscount {
  const found = rows.find(
    (r) =>
      r.kind === kind && (r.offeringClass ?? r.planType) === plan && r.term === term && r.payment === payment,
  );
  if (!found) throw new Error(`no typical discount ${kind} ${plan} ${term} ${payment}`);
  return found;
}

/** The English note again, from its parts and the English templates. */
function englishFrom(method: DiscountMethod): string {
  const cards = method.cards
    .map((card) => en(card.region ? 'gaps.method.cardRegion' : 'gaps.method.cardRegions', { ...card }))
    .join('; ');
  const derived = en('gaps.method.derived', { ...method, cards });
  const copied = method.copied;
  return copied ? en('gaps.method.copied', { ...copied, class: copied.offeringClass, derived }) : derived;
}

describe('parseDiscountMethod on the bundled typical discounts', () => {
  it('reads every note completely: its parts and the templates give the note back word for word', () => {
    expect(rows).toHaveLength(24);
    for (const r of rows) {
      const method = parseDiscountMethod(r.method);
      expect(method, r.method).not.toBeNull();
      if (method) expect(englishFrom(method)).toBe(r.method);
    }
  });

  it('finds the samples, both cards, the term hours and the range', () => {
    const method = parseDiscountMethod(row('reserved', 'standard', '3yr', 'no-upfront').method);
    expect(method).toEqual({
      copied: null,
      samples: '26',
      cards: [
        {
          type: 'x2iedn.32xlarge',
          os: 'Linux',
          regions: '25',
          source: 'ec2instances.info',
          date: '2026-07-20',
        },
        { type: 'm5.large', region: 'us-east-1', source: 'AWS Pricing API', date: '2021' },
      ],
      hours: '26280',
      shareCard: 'm5.large',
      decimals: '4',
      min: '0.5729',
      max: '0.6792',
    });
  });

  it('finds the RI estimate a Savings Plan row copies', () => {
    const method = parseDiscountMethod(row('savings-plan', 'compute', '1yr', 'partial-upfront').method);
    expect(method?.copied).toEqual({
      plan: 'Compute',
      upTo: '66',
      offeringClass: 'Convertible',
      term: '1yr',
      payment: 'partial-upfront',
      estimate: '0.296',
    });
  });

  it('refuses a note of another shape', () => {
    expect(
      parseDiscountMethod('Median of 30 cards from the AWS Price List, rounded to 4 decimals.'),
    ).toBeNull();
  });
});

describe('discountMethodText', () => {
  it('shows the note as written in English', () => {
    const r = row('reserved', 'standard', '1yr', 'no-upfront');
    expect(discountMethodText(r, en, 'en', fallback)).toBe(r.method);
  });

  it('says a reserved row in Korean with its numbers', () => {
    const r = row('reserved', 'convertible', '1yr', 'all-upfront');
    expect(discountMethodText(r, ko, 'ko', fallback)).toBe(
      '추정값이며 가격이 아닙니다. 정확한 요금표 26개(x2iedn.32xlarge Linux 25개 리전, ec2instances.info 2026-07-20; m5.large us-east-1, AWS Pricing API 2021)에서 "1 − 유효 시간당 요금 ÷ 온디맨드 시간당 요금"의 중앙값을 구했습니다. 유효 시간당 요금 = 선결제 금액 ÷ 8760시간 + 시간당 요금이고, 선결제 비중 = 선결제 금액 ÷ (선결제 금액 + 시간당 요금 × 8760시간)은 m5.large 요금표에서 구했습니다. 소수점 4자리로 반올림했습니다(표본 범위 0.3101–0.3139).',
    );
  });

  it('says a Savings Plan row in Korean: which RI estimate it copies, then how that was derived', () => {
    const text = discountMethodText(
      row('savings-plan', 'ec2-instance', '3yr', 'all-upfront'),
      ko,
      'ko',
      fallback,
    );
    expect(text).toMatch(
      /^추정값일 뿐입니다\. 번들에 절감형 플랜\(Savings Plans\) 요금표가 없습니다\. AWS는 EC2 Instance 절감형 플랜을 표준 예약 인스턴스처럼 최대 72% 할인으로 안내하므로, 표준 예약 인스턴스 3년 전체 선결제 추정값\(0\.7208\)을 그대로 씁니다\. 추정값이며 가격이 아닙니다\./,
    );
    expect(text).toContain('(표본 범위 0.6238–0.7208)');
  });

  it('has no English prose in Korean for any bundled row', () => {
    const runs = rows.flatMap((r) => englishRuns(discountMethodText(r, ko, 'ko', fallback)));
    expect(runs).toEqual([]);
  });

  it('says a note of another shape in Korean from the row fields, never the English', () => {
    const changed = { ...row('reserved', 'standard', '1yr', 'no-upfront'), method: 'Median of 30 cards.' };
    const text = discountMethodText(changed, ko, 'ko', fallback);
    expect(text).toBe(
      '추정값이며 가격이 아닙니다. 출처(ec2instances.info rate card for x2iedn.32xlarge (25 regions))의 정확한 요금표 26개에서 구한 온디맨드 대비 일반 할인율 38.47%입니다.',
    );
  });

  it('does not trust a note that disagrees with its row', () => {
    const r = row('savings-plan', 'compute', '3yr', 'no-upfront');
    const other = discountMethodText({ ...r, samples: 27 }, ko, 'ko', fallback);
    expect(other).toMatch(/^추정값이며 가격이 아닙니다\. 출처\(.+\)의 정확한 요금표 27개에서/);
    const wrongTerm = discountMethodText({ ...r, term: '1yr' }, ko, 'ko', fallback);
    expect(wrongTerm).toMatch(/의 정확한 요금표 26개에서 구한/);
  });
});
