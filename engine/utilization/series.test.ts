import { describe, expect, it } from 'vitest';
import { parseUtilizationCsv } from './parse-utilization-csv';
import { buildSeries } from './series';

const header = 'timestamp,instance,metric,value,unit,instance_type';

describe('buildSeries', () => {
  it('keeps the maximum of each 5-minute interval (1-minute data) per metric', () => {
    const rows = [header];
    for (let m = 0; m < 10; m++) {
      rows.push(`2026-07-01T00:0${m}:00Z,web-1,CPUUtilization,${m * 10},Percent,m5.large`);
    }
    const parsed = parseUtilizationCsv(rows.join('\n'));
    expect(parsed.problems).toEqual([]);
    const [series] = buildSeries(parsed.shape === 'cloudwatch' ? parsed.rows : []);
    expect(series?.length).toBe(2);
    expect(Array.from(series?.cpu ?? [])).toEqual([40, 90]);
    expect(series?.instanceType).toBe('m5.large');
    expect(series?.startMs).toBe(Date.UTC(2026, 6, 1));
  });

  it('converts NetworkIn/Out bytes per 5 minutes to Mbps and keeps the larger direction', () => {
    // 375,000,000 bytes in 300 s = 10 Mbps; 750,000,000 bytes = 20 Mbps
    const csv = [
      header,
      '2026-07-01T00:00:00Z,web-1,CPUUtilization,5,Percent,m5.large',
      '2026-07-01T00:00:00Z,web-1,NetworkIn,375000000,Bytes,m5.large',
      '2026-07-01T00:00:00Z,web-1,NetworkOut,750000000,Bytes,m5.large',
      '2026-07-01T00:05:00Z,web-1,NetworkIn,1250000,Bytes/Second,m5.large',
    ].join('\n');
    const parsed = parseUtilizationCsv(csv);
    const [series] = buildSeries(parsed.shape === 'cloudwatch' ? parsed.rows : []);
    expect(Array.from(series?.networkMbps ?? [])).toEqual([20, 10]);
  });

  it('keeps only the lookback window that ends at the latest data point', () => {
    const csv = [
      header,
      '2026-06-01T00:00:00Z,web-1,CPUUtilization,99,Percent,m5.large',
      '2026-07-01T00:00:00Z,web-1,CPUUtilization,5,Percent,m5.large',
      '2026-07-14T23:55:00Z,web-1,CPUUtilization,6,Percent,m5.large',
    ].join('\n');
    const parsed = parseUtilizationCsv(csv);
    const [series] = buildSeries(parsed.shape === 'cloudwatch' ? parsed.rows : [], { lookbackDays: 14 });
    expect(series?.length).toBe(4032);
    expect(Math.max(...Array.from(series?.cpu ?? []).filter((v) => !Number.isNaN(v)))).toBe(6);
  });

  it('reads Seoul local time as UTC+9 so the same instant from two files lands in one interval', () => {
    const a = parseUtilizationCsv(`${header}\n2026-07-01 09:00,web-1,CPUUtilization,30,Percent,m5.large`, {
      timeZone: 'Asia/Seoul',
    });
    expect(a.shape === 'cloudwatch' && a.rows[0]?.timestampMs).toBe(Date.UTC(2026, 6, 1, 0, 0));
  });
});
