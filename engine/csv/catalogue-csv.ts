/**
 * The instance catalogue table as CSV (the picker's "CSV" button and `cli instances --format csv`): the rows
 * as shown, and on every row the region, OS, price basis and snapshot the prices belong to, so a sheet never
 * loses what its prices mean. Hourly rates keep the source's digits, $/month is rounded to the cent,
 * per-vCPU and per-GiB rates under the `derivedRate` policy.
 */
import Decimal from 'decimal.js';
import type { OperatingSystem, Region } from '../../pricing-data/schema';
import { CATEGORY_TERMS } from '../catalogue/category-terms';
import type { CataloguePriceBasis, CatalogueRow } from '../catalogue/catalogue-prices';
import { compactString, ROUNDING, roundedString } from '../money/rounding';
import { formatMessage } from '../trace/format';
import { OS_TERMS } from '../trace/terms';
import type { Lang, LocalizedText } from '../trace/types';
import { toCsv, type CsvCell } from './csv';

export const CATALOGUE_COLUMNS = [
  'type',
  'category',
  'vcpu',
  'memoryGiB',
  'arch',
  'gpu',
  'networkGbps',
  'region',
  'os',
  'priceBasis',
  'hourly',
  'monthly',
  'perVcpuHour',
  'perGiBHour',
  'spotSavingsPct',
  'interruption',
  'priceNote',
  'snapshot',
] as const;

export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];

export const CATALOGUE_HEADERS: Readonly<Record<CatalogueColumn, LocalizedText>> = {
  type: { en: 'instance type', ko: '인스턴스 유형' },
  category: { en: 'category', ko: '용도' },
  vcpu: { en: 'vCPU', ko: 'vCPU' },
  memoryGiB: { en: 'memory (GiB)', ko: '메모리 (GiB)' },
  arch: { en: 'architecture', ko: '아키텍처' },
  gpu: { en: 'GPU', ko: 'GPU' },
  networkGbps: { en: 'network (Gbps)', ko: '네트워크 (Gbps)' },
  region: { en: 'region', ko: '리전' },
  os: { en: 'OS', ko: '운영 체제' },
  priceBasis: { en: 'price basis', ko: '가격 기준' },
  hourly: { en: 'USD per hour', ko: 'USD/시간' },
  monthly: { en: 'USD per month (730 h)', ko: 'USD/월 (730시간)' },
  perVcpuHour: { en: 'USD per vCPU-hour', ko: 'USD/vCPU-시간' },
  perGiBHour: { en: 'USD per GiB-hour', ko: 'USD/GiB-시간' },
  spotSavingsPct: { en: 'Spot savings (%)', ko: '스팟 절감률 (%)' },
  interruption: { en: 'interruption frequency', ko: '중단 빈도' },
  priceNote: { en: 'price note', ko: '가격 설명' },
  snapshot: { en: 'price snapshot', ko: '가격 스냅샷' },
};

export const PRICE_BASIS_TERMS: Readonly<Record<CataloguePriceBasis, LocalizedText>> = {
  'on-demand': { en: 'On-Demand', ko: '온디맨드' },
  spot: { en: 'Spot (historical average)', ko: '스팟 (과거 평균)' },
};

export type CatalogueCsvOptions = {
  lang: Lang;
  region: Region;
  os: OperatingSystem;
  basis: CataloguePriceBasis;
  /** the snapshot's id and date, e.g. "2026-11-snapshot-1 (2026-11-21)" */
  snapshot: string;
};

const num = (value: Decimal | number | string): CsvCell => ({ number: new Decimal(value).toFixed() });

function rowCells(row: CatalogueRow, options: CatalogueCsvOptions): Record<CatalogueColumn, CsvCell> {
  const { spec, price } = row;
  const { lang } = options;
  const isPriced = price.status === 'priced';
  return {
    type: spec.type,
    category: CATEGORY_TERMS[spec.category][lang],
    vcpu: num(spec.vcpu),
    memoryGiB: num(spec.memoryGiB),
    arch: spec.arch,
    gpu: spec.gpu ? `${spec.gpu.count}× ${spec.gpu.manufacturer} ${spec.gpu.model}` : null,
    networkGbps: spec.networkMbps === null ? null : num(new Decimal(spec.networkMbps).dividedBy(1000)),
    region: options.region,
    os: OS_TERMS[options.os][lang],
    priceBasis: PRICE_BASIS_TERMS[options.basis][lang],
    hourly: isPriced ? num(compactString(price.hourly, ROUNDING.unitPrice)) : null,
    monthly: isPriced ? num(roundedString(price.monthly, ROUNDING.usdDisplay)) : null,
    perVcpuHour: isPriced ? num(compactString(price.perVcpuHour, ROUNDING.derivedRate)) : null,
    perGiBHour: isPriced ? num(compactString(price.perGiBHour, ROUNDING.derivedRate)) : null,
    spotSavingsPct: price.spot ? num(price.spot.savingsPct) : null,
    interruption: price.spot ? price.spot.band.label : null,
    priceNote: formatMessage(price.message, lang),
    snapshot: options.snapshot,
  };
}

/** The rows in the order given (the table's sort), headers in `options.lang`. UTF-8 with BOM, CRLF. */
export function catalogueCsv(rows: readonly CatalogueRow[], options: CatalogueCsvOptions): string {
  const header = CATALOGUE_COLUMNS.map((column) => CATALOGUE_HEADERS[column][options.lang]);
  const body = rows.map((row) => {
    const cells = rowCells(row, options);
    return CATALOGUE_COLUMNS.map((column) => cells[column]);
  });
  return toCsv([header, ...body]);
}
