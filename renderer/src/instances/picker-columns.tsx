import { createColumnHelper, type ColumnDef, type Row } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type Decimal from 'decimal.js';
import { formatMessage } from '../../../engine/trace/format';
import type { Language } from '../i18n';
import { formatUsdAmount } from '../format/money';
import { formatCount, formatGbps } from './format';
import { formatDerivedRate, formatSourceRate } from './format-rate';
import {
  compareInstanceTypes,
  type CataloguePrice,
  type CataloguePriceBasis,
  type CatalogueRow,
} from '../../../engine/catalogue';

const column = createColumnHelper<CatalogueRow>();

type PricedField = 'hourly' | 'monthly' | 'perVcpuHour' | 'perGiBHour';

const compareTypes = (a: Row<CatalogueRow>, b: Row<CatalogueRow>): number =>
  compareInstanceTypes(a.original.spec, b.original.spec);

/** For the sort comparator only (Decimal → number); unpriced rows sort last in both directions. */
const sortKey = (price: CataloguePrice, field: PricedField): number | undefined =>
  price.status === 'priced' ? price[field].toNumber() : undefined;

export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'vcpu',
  'memory',
  'network',
  'hourly',
  'monthly',
  'perVcpuHour',
  'perGiBHour',
  'spotSavings',
]);

function PriceCell({
  price,
  field,
  show,
  t,
  language,
}: {
  price: CataloguePrice;
  field: PricedField;
  show: (value: Decimal) => string;
  t: TFunction<'instances'>;
  language: Language;
}) {
  if (price.status === 'unavailable') {
    const title = t('cells.priceUnavailableTitle', { reason: formatMessage(price.message, language) });
    return (
      <span className="cs-price-unavailable" title={title}>
        <span aria-hidden="true">{t('cells.priceUnavailable')}</span>
        <span className="cs-visually-hidden">{title}</span>
      </span>
    );
  }
  return (
    <span
      title={formatMessage(price.message, language)}
      className={price.lowConfidence ? 'cs-price-low' : undefined}
    >
      {show(price[field])}
      {price.lowConfidence && <span aria-hidden="true">*</span>}
    </span>
  );
}

/** The Spot basis adds the advisor's savings and interruption band (shown for unpriced rows too). */
function spotColumns(t: TFunction<'instances'>, language: Language) {
  return [
    column.accessor((row) => row.price.spot?.savingsPct, {
      id: 'spotSavings',
      header: t('columns.spotSavings'),
      sortUndefined: 'last',
      cell: (ctx) => {
        const pct = ctx.getValue();
        return pct === undefined ? t('cells.spotUnknown') : `${formatCount(pct, language)}%`;
      },
    }),
    column.accessor((row) => row.price.spot?.band.index, {
      id: 'interruption',
      header: t('columns.interruption'),
      sortUndefined: 'last',
      cell: (ctx) => ctx.row.original.price.spot?.band.label ?? t('cells.spotUnknown'),
    }),
  ];
}

/** The picker's columns for the UI language and price basis. Every price is the engine's (catalogueRows). */
export function pickerColumns(
  t: TFunction<'instances'>,
  language: Language,
  basis: CataloguePriceBasis = 'on-demand',
): ColumnDef<CatalogueRow, unknown>[] {
  const priceColumn = (field: PricedField, show: (value: Decimal) => string) =>
    column.accessor((row) => sortKey(row.price, field), {
      id: field,
      header: t(`columns.${field}`),
      sortUndefined: 'last',
      cell: (ctx) => (
        <PriceCell price={ctx.row.original.price} field={field} show={show} t={t} language={language} />
      ),
    });

  const columns = [
    column.accessor((row) => row.spec.type, {
      id: 'type',
      header: t('columns.type'),
      sortingFn: compareTypes,
      cell: (ctx) => <code>{ctx.getValue()}</code>,
    }),
    column.accessor((row) => t(`category.${row.spec.category}`), {
      id: 'category',
      header: t('columns.category'),
    }),
    column.accessor((row) => row.spec.vcpu, {
      id: 'vcpu',
      header: t('columns.vcpu'),
      cell: (ctx) => formatCount(ctx.getValue(), language),
    }),
    column.accessor((row) => row.spec.memoryGiB, {
      id: 'memory',
      header: t('columns.memory'),
      cell: (ctx) => formatCount(ctx.getValue(), language),
    }),
    column.accessor((row) => row.spec.arch, { id: 'arch', header: t('columns.arch') }),
    column.accessor((row) => row.spec.gpu?.count ?? 0, {
      id: 'gpu',
      header: t('columns.gpu'),
      cell: (ctx) => {
        const gpu = ctx.row.original.spec.gpu;
        return gpu ? `${gpu.count}× ${gpu.manufacturer} ${gpu.model}` : t('cells.noGpu');
      },
    }),
    column.accessor((row) => row.spec.networkMbps ?? undefined, {
      id: 'network',
      header: t('columns.network'),
      sortUndefined: 'last',
      cell: (ctx) => {
        const mbps = ctx.getValue();
        return mbps === undefined
          ? t('cells.networkUnknown')
          : t('cells.networkGbps', { value: formatGbps(mbps, language) });
      },
    }),
    priceColumn('hourly', (v) => formatSourceRate(v, language)),
    // beside the rate they explain, so they are in view without scrolling the table sideways
    ...(basis === 'spot' ? spotColumns(t, language) : []),
    priceColumn('monthly', (v) => formatUsdAmount(v, language)),
    priceColumn('perVcpuHour', (v) => formatDerivedRate(v, language)),
    priceColumn('perGiBHour', (v) => formatDerivedRate(v, language)),
  ];
  return columns as ColumnDef<CatalogueRow, unknown>[];
}
