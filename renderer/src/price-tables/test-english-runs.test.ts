// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { englishRuns, englishRunsIn } from './test-english-runs';

describe('englishRuns', () => {
  it('finds an English sentence, codes and numbers inside it included', () => {
    expect(
      englishRuns('Derived estimate, not a price: median over 26 exact cards (x2iedn.32xlarge)'),
    ).toEqual(['Derived estimate not a price median over exact cards']);
    expect(englishRuns('checked on x2iedn.32xlarge in all 25 regions')).toEqual([
      'checked on in all regions',
    ]);
  });

  it('lets Korean text with product names, codes and single English words pass', () => {
    expect(
      englishRuns('us-east-1 m5.large Linux, 3년 Compute 절감형 플랜(Savings Plans), 전체 선결제'),
    ).toEqual([]);
    expect(englishRuns('AWS Pricing API 발췌 (2025-10-28)')).toEqual([]);
    expect(englishRuns('npm run prices:update -- --regions ap-northeast-2,us-east-1')).toEqual([]);
    expect(englishRuns('버스터블 29 · 패밀리 177')).toEqual([]);
  });

  it('counts three English words as fine and four as prose', () => {
    expect(englishRuns('Windows 라이선스 포함: copied row by')).toEqual([]);
    expect(englishRuns('Windows 라이선스 포함: copied row by row')).toEqual(['copied row by row']);
  });

  it('lets allowed names pass and breaks a run at them', () => {
    const name = 'Karpenter baseline network bandwidth table';
    expect(englishRuns(`${name} (2026-08-18)`)).toEqual([name]);
    expect(englishRuns(`${name} (2026-08-18)`, [name])).toEqual([]);
    expect(englishRuns('see the AWS Pricing API docs')).toEqual([]);
  });
});

describe('englishRunsIn', () => {
  it('reads text and the title, aria-label and placeholder attributes', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>가격표</p><table aria-label="all the price tables here"><tr><td title="정확">$0.096</td></tr></table>';
    expect(englishRunsIn(root)).toEqual(['all the price tables here']);
  });
});
