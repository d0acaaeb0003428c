import { describe, expect, it } from 'vitest';
import { SAMPLE_REPORT } from '../testing/update-report-samples';
import { parseReportLine, REPORT_TEMPLATES, reportLine, type ReportKey } from './update-report';

describe('price update report lines', () => {
  it('are written from their templates and read back into the same parts', () => {
    for (const key of Object.keys(REPORT_TEMPLATES) as ReportKey[]) {
      const params = SAMPLE_REPORT[key];
      const line = reportLine(key, params);
      expect(line).not.toMatch(/[{}]/);
      expect(parseReportLine(line)).toEqual({
        key,
        params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])),
      });
    }
  });

  it('say exactly what the updater said before they were templates', () => {
    expect(reportLine('reserved', { region: 'ap-northeast-2', count: 612 })).toBe(
      'ap-northeast-2 Reserved Instances: 612 rates (upfront + hourly)',
    );
    expect(reportLine('installed', { id: 'x', dir: '/s/x' })).toBe('installed x in /s/x and made it current');
  });

  it('refuse a missing part, and read no line they did not make', () => {
    expect(() => reportLine('reserved', { region: 'us-east-1' })).toThrow(
      'report line "reserved" needs {count}',
    );
    expect(parseReportLine('something else entirely')).toBeNull();
  });
});
