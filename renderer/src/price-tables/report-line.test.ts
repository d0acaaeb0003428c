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

  it('leaves a line no template made as main wrote it', () => {
    expect(reportLineText('a line from a newer updater', tFor('ko'))).toBe('a line from a newer updater');
  });
});
