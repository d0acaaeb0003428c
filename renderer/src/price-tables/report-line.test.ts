import { describe, expect, it } from 'vitest';
import { REPORT_TEMPLATES, reportLine, type ReportKey } from '../../../engine/prices/update-report';
import { SAMPLE_REPORT } from '../../../engine/testing/update-report-samples';
import { createI18n, type Language } from '../i18n';
import { registerPriceTablesI18n } from './register-price-tables-i18n';
import { reportLineText } from './report-line';
import { englishRuns } from './test-english-runs';

const tFor = (language: Language) =>
  createI18n(language, [registerPriceTablesI18n]).getFixedT(language, 'priceTables');

describe('reportLineText', () => {
  const keys = Object.keys(REPORT_TEMPLATES) as ReportKey[];

  it('gives English lines back exactly as the updater wrote them', () => {
    const t = tFor('en');
    for (const key of keys) {
      const line = reportLine(key, SAMPLE_REPORT[key]);
      expect(reportLineText(line, t)).toBe(line);
    }
  });

  it('says every kind of line in Korean, with all its numbers, codes and paths', () => {
    const t = tFor('ko');
    for (const key of keys) {
      const korean = reportLineText(reportLine(key, SAMPLE_REPORT[key]), t);
      expect(korean, key).toMatch(/[가-힣]/);
      for (const value of Object.values(SAMPLE_REPORT[key])) expect(korean, key).toContain(String(value));
      expect(englishRuns(korean), key).toEqual([]);
    }
    expect(reportLineText(reportLine('reserved', { region: 'ap-northeast-2', count: 612 }), t)).toBe(
      'ap-northeast-2 예약 인스턴스: 요금 612개 (선결제 + 시간당)',
    );
  });

  const countedKeys = keys.filter((key) => REPORT_TEMPLATES[key].includes('{count}'));
  const withCount = (key: ReportKey, count: number) => reportLine(key, { ...SAMPLE_REPORT[key], count });

  it('says "1 rate" and "2 rates" in English as the updater does, and every count the same way in Korean', () => {
    const en = tFor('en');
    const ko = tFor('ko');
    expect(countedKeys).toHaveLength(5);
    for (const key of countedKeys)
      for (const count of [1, 2]) {
        const line = withCount(key, count);
        expect(line).not.toContain('(s)');
        expect(reportLineText(line, en), line).toBe(line);
        const korean = reportLineText(line, ko);
        expect(korean, key).toContain(`${count}개`);
        expect(englishRuns(korean), key).toEqual([]);
      }
    expect(reportLineText(withCount('serviceItems', 1), en)).toBe('eu-west-1 ebs: 1 item from AmazonEC2');
    expect(reportLineText(withCount('serviceItems', 2), en)).toBe('eu-west-1 ebs: 2 items from AmazonEC2');
    expect(reportLineText(withCount('notInCatalogue', 1), en)).toBe(
      'left out 1 priced instance type not in the catalogue (no specs): u7i-12tb.224xlarge, x9z.large',
    );
    expect(reportLineText(withCount('savingsPlansSkipped', 1), ko)).toBe(
      'us-east-1 Savings Plans: 이번 업데이트의 작업(operation)이나 EC2 SKU와 연결되지 않는 EC2 요금 1개를 건너뛰었습니다 (--services ec2를 함께 지정하세요)',
    );
  });

  it('leaves a line no template made as main wrote it', () => {
    expect(reportLineText('a line from a newer updater', tFor('ko'))).toBe('a line from a newer updater');
  });
});
