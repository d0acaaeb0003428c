import { createColumnHelper, type ColumnDef, type Row } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type Decimal from 'decimal.js';
import { formatMessage } from '../../../engine/trace/format';
import type { Language } from '../i18n';
import { formatUsdAmount } from '../format/money';
import { formatCount, formatGbps } from './format';
import { formatDerivedRate, formatSourceRate } from './format-rate';
import type { PickerPrice, PickerRow } from './picker-rows';

const column = createColumnHelper<PickerRow>();

type PricedField = 'hourly' | 'monthly' | 'perVcpuHour' | 'perGiBHour';

/** Natural order of type names: family, then size by vCPU and memory (c5.2xlarge before c5.12xlarge). */
function compareTypes(a: Row<PickerRow>, b: Row<PickerRow>): number {
  const x = a.original.spec;
  const y = b.original.spec;
  return (
    x.family.localeCompare(y.family) ||
    x.vcpu - y.vcpu ||
    x.memoryGiB - y.memoryGiB ||
    x.type.localeCompare(y.type)
  );
}

/** For the sort comparator only (Decimal → number); unpriced rows sort last in both directions. */
const sortKey = (price: PickerPrice, field: PricedField): number | undefined =>
  price.status === 'priced' ? price[field].toNumber() : undefined;

export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'vcpu',
  'memory',
  'network',
  'hourly',
  'monthly',
  'perVcpuHour',
  'perGiBHour',
]);

function PriceCell({
  price,
  field,
  show,
  t,
  language,
}: {
  price: PickerPrice;
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

/** The picker's columns for the UI language. Every price comes from the engine's quote (see picker-rows). */
export function pickerColumns(
  t: TFunction<'instances'>,
  language: Language,
): ColumnDef<PickerRow, unknown>[] {
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
    priceColumn('monthly', (v) => formatUsdAmount(v, language)),
    priceColumn('perVcpuHour', (v) => formatDerivedRate(v, language)),
    priceColumn('perGiBHour', (v) => formatDerivedRate(v, language)),
  ];
  return columns as ColumnDef<PickerRow, unknown>[];
}
