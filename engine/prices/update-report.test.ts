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

  it('count in English: "1 rate", "2 rates", never "rate(s)", and read both back', () => {
    const counted = (Object.keys(REPORT_TEMPLATES) as ReportKey[]).filter((key) =>
      REPORT_TEMPLATES[key].includes('{count}'),
    );
    expect(counted).toEqual([
      'reserved',
      'savingsPlans',
      'savingsPlansSkipped',
      'serviceItems',
      'notInCatalogue',
    ]);
    for (const key of counted)
      for (const count of [0, 1, 2, 612]) {
        const params = { ...SAMPLE_REPORT[key], count };
        const line = reportLine(key, params);
        expect(line, line).not.toContain('(s)');
        expect(parseReportLine(line), line).toEqual({
          key,
          params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])),
        });
      }
    const text = (key: ReportKey, count: number) => reportLine(key, { ...SAMPLE_REPORT[key], count });
    expect(text('reserved', 1)).toBe('ap-northeast-2 Reserved Instances: 1 rate (upfront + hourly)');
    expect(text('savingsPlans', 1)).toBe('us-east-1 Savings Plans: 1 rate');
    expect(text('savingsPlans', 2)).toBe('us-east-1 Savings Plans: 2 rates');
    expect(text('savingsPlansSkipped', 1)).toBe(
      'us-east-1 Savings Plans: skipped 1 EC2 rate naming neither an operation nor an EC2 SKU of this run (add --services ec2)',
    );
    expect(text('savingsPlansSkipped', 2)).toBe(
      'us-east-1 Savings Plans: skipped 2 EC2 rates naming neither an operation nor an EC2 SKU of this run (add --services ec2)',
    );
    expect(text('serviceItems', 1)).toBe('eu-west-1 ebs: 1 item from AmazonEC2');
    expect(text('serviceItems', 2)).toBe('eu-west-1 ebs: 2 items from AmazonEC2');
    expect(reportLine('notInCatalogue', { count: 1, types: 'x9z.large' })).toBe(
      'left out 1 priced instance type not in the catalogue (no specs): x9z.large',
    );
    expect(reportLine('notInCatalogue', { count: 2, types: 'u7i-12tb.224xlarge, x9z.large' })).toBe(
      'left out 2 priced instance types not in the catalogue (no specs): u7i-12tb.224xlarge, x9z.large',
    );
  });

  it('keep a "(s)" that is part of a value', () => {
    const line = reportLine('base', { id: 'x', dir: '/data/snapshot(s)' });
    expect(line).toBe('base snapshot: x (/data/snapshot(s))');
    expect(parseReportLine(line)).toEqual({ key: 'base', params: { id: 'x', dir: '/data/snapshot(s)' } });
  });

  it('refuse a missing part, and read no line they did not make', () => {
    expect(() => reportLine('reserved', { region: 'us-east-1' })).toThrow(
      'report line "reserved" needs {count}',
    );
    expect(parseReportLine('something else entirely')).toBeNull();
  });
});
