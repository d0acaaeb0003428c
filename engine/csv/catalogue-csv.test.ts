import { describe, expect, it } from 'vitest';
import { catalogueRows } from '../catalogue/catalogue-prices';
import { bundledSnapshot } from '../prices/testing/bundled-files';
import { catalogueCsv, CATALOGUE_COLUMNS, type CatalogueCsvOptions } from './catalogue-csv';
import { readCsv } from './read-csv';

const snapshot = bundledSnapshot();
const seoul = { region: 'ap-northeast-2', os: 'linux' } as const;
const pick = (basis: 'on-demand' | 'spot', ...types: string[]) =>
  catalogueRows(snapshot, { ...seoul, basis }).filter((row) => types.includes(row.spec.type));
const options = (lang: 'ko' | 'en', basis: 'on-demand' | 'spot'): CatalogueCsvOptions => ({
  ...seoul,
  lang,
  basis,
  snapshot: '2026-11-snapshot-1 (2026-11-21)',
});

/** The CSV back into records keyed by column id (the header row is the language's words). */
function records(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const parsed = readCsv(text.slice(1));
  const [, ...body] = parsed;
  return body.map((cells) =>
    Object.fromEntries(CATALOGUE_COLUMNS.map((column, i) => [column, cells[i] ?? ''])),
  );
}

describe('catalogueCsv', () => {
  it('writes m5.large in Seoul on-demand: $0.118/h, $86.14 a 730-h month, $0.059/vCPU-h, $0.01475/GiB-h', () => {
    const [row] = records(catalogueCsv(pick('on-demand', 'm5.large'), options('en', 'on-demand')));
    expect(row).toMatchObject({
      type: 'm5.large',
      category: 'General purpose',
      vcpu: '2',
      memoryGiB: '8',
      region: 'ap-northeast-2',
      os: 'Linux',
      priceBasis: 'On-Demand',
      hourly: '0.118',
      monthly: '86.14',
      perVcpuHour: '0.059',
      perGiBHour: '0.01475',
      spotSavingsPct: '',
      interruption: '',
      snapshot: '2026-11-snapshot-1 (2026-11-21)',
    });
    expect(row?.priceNote).toMatch(/ap-northeast-2/);
  });

  it('writes the Spot basis with its savings and interruption band on every row, in Korean', () => {
    const text = catalogueCsv(pick('spot', 'm5.large'), options('ko', 'spot'));
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFF인스턴스 유형,용도,vCPU,메모리 (GiB),아키텍처,GPU,네트워크 (Gbps),리전,운영 체제,가격 기준,USD/시간,USD/월 (730시간),USD/vCPU-시간,USD/GiB-시간,스팟 절감률 (%),중단 빈도,가격 설명,가격 스냅샷',
    );
    const [row] = records(text);
    expect(row).toMatchObject({
      category: '범용',
      priceBasis: '스팟 (과거 평균)',
      hourly: '0.03776',
      monthly: '27.56',
      spotSavingsPct: '68',
    });
    expect(row?.interruption).toMatch(/%$/);
  });

  it('leaves the price cells empty and says why for a type without a price (Windows t3.micro)', () => {
    const rows = catalogueRows(snapshot, { region: 'us-east-1', os: 'windows', basis: 'on-demand' }).filter(
      (row) => row.spec.type === 't3.micro',
    );
    const [row] = records(
      catalogueCsv(rows, { ...options('ko', 'on-demand'), region: 'us-east-1', os: 'windows' }),
    );
    expect(row).toMatchObject({ hourly: '', monthly: '', perVcpuHour: '', perGiBHour: '' });
    expect(row?.priceNote).toMatch(/^버스터블 t3\.micro의 Windows 가격이 없습니다/);
  });

  it('keeps the order it is given (the table sort) and one row per type', () => {
    const rows = pick('on-demand', 'm5.large', 'c5.large', 'r5.large').reverse();
    const types = records(catalogueCsv(rows, options('en', 'on-demand'))).map((r) => r.type);
    expect(types).toEqual(rows.map((r) => r.spec.type));
  });
});
