/**
 * Reads an AWS Price List offer file in CSV: a few metadata lines ("FormatVersion", "Publication Date",
 * …), a header row starting with "SKU", then one row per price dimension with the product's
 * attributes repeated on every row. Rows are checked for shape here; values are checked by the mapper.
 */
import { counted } from '../../../engine/text/plural';
import { CsvRecordSplitter, type CsvRecord } from './csv-records';
import type { IssueLog } from './issues';
import type { OfferHeader, PriceRow, Where } from './offer-model';
import type { OfferVisitor, ReadStats } from './offer-visitor';
import { detach } from './detach';

/** Columns that describe the term and price rather than the product. */
const TERM_COLUMNS = new Set([
  'SKU',
  'OfferTermCode',
  'RateCode',
  'TermType',
  'PriceDescription',
  'EffectiveDate',
  'StartingRange',
  'EndingRange',
  'Unit',
  'PricePerUnit',
  'Currency',
  'RelatedTo',
  'LeaseContractLength',
  'PurchaseOption',
  'OfferingClass',
  'Product Family',
]);
const REQUIRED_COLUMNS = [
  'SKU',
  'OfferTermCode',
  'RateCode',
  'TermType',
  'Unit',
  'PricePerUnit',
  'Product Family',
];

/** CSV headers whose JSON attribute name is not simply the header in camelCase. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  'Pre Installed S/W': 'preInstalledSw',
  CapacityStatus: 'capacitystatus',
  usageType: 'usagetype',
  serviceCode: 'servicecode',
  serviceName: 'servicename',
  vCPU: 'vcpu',
  'Volume API Name': 'volumeApiName',
  MarketOption: 'marketoption',
};

export function csvHeaderToAttribute(header: string): string {
  const known = ATTRIBUTE_NAMES[header];
  if (known) return known;
  const words = header.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('');
}

const METADATA_KEYS: Readonly<Record<string, keyof OfferHeader>> = {
  'Publication Date': 'publicationDate',
  OfferCode: 'offerCode',
  Version: 'version',
};

type Layout = {
  columns: string[];
  index: Readonly<Record<string, number>>;
  /** product attribute columns: [column index, attribute name] */
  attributeColumns: [number, string][];
  labels: Readonly<Record<string, string>>;
  minFields: number;
};

function makeLayout(columns: string[]): Layout {
  const index: Record<string, number> = {};
  columns.forEach((c, i) => {
    if (index[c] === undefined) index[c] = i;
  });
  const attributeColumns: [number, string][] = [];
  const labels: Record<string, string> = {
    pricePerUnit: 'PricePerUnit',
    unit: 'Unit',
    rateCode: 'RateCode',
    description: 'PriceDescription',
    beginRange: 'StartingRange',
    endRange: 'EndingRange',
    productFamily: 'Product Family',
  };
  columns.forEach((c, i) => {
    if (TERM_COLUMNS.has(c) || c === '') return;
    const attribute = csvHeaderToAttribute(c);
    attributeColumns.push([i, attribute]);
    labels[attribute] = c;
  });
  const minFields = Math.max(...REQUIRED_COLUMNS.map((c) => (index[c] ?? -1) + 1));
  return { columns, index, attributeColumns, labels, minFields };
}

export async function readCsvOffer(
  chunks: AsyncIterable<string>,
  file: string,
  visitor: OfferVisitor,
  issues: IssueLog,
  stats: ReadStats = { products: 0, prices: 0 },
): Promise<ReadStats> {
  const splitter = new CsvRecordSplitter();
  const header: OfferHeader = {};
  let layout: Layout | null = null;

  const onRecord = (record: CsvRecord) => {
    const { fields, line } = record;
    if (!layout) {
      if (fields[0]?.trim() === 'SKU') {
        const missing = REQUIRED_COLUMNS.filter((c) => !fields.includes(c));
        if (missing.length > 0) {
          throw new Error(
            `${file} line ${line}: header row lacks ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}`,
          );
        }
        layout = makeLayout(fields.map((f) => f.trim()));
        visitor.header(header);
        return;
      }
      const key = METADATA_KEYS[fields[0]?.trim() ?? ''];
      if (key && fields[1] !== undefined) header[key] = fields[1].trim();
      return;
    }
    onRow(layout, fields, { file, line, labels: layout.labels });
  };

  const onRow = (l: Layout, fields: string[], where: Where) => {
    if (fields.length < l.minFields) {
      issues.add({
        where,
        value: fields.join(',').slice(0, 60),
        message: `row has ${counted(fields.length, 'field')} but the header has ${l.columns.length}; at least ${l.minFields} are needed`,
      });
      return;
    }
    if (fields.length > l.columns.length) {
      issues.add({
        where,
        message: `row has ${fields.length} fields but the header has only ${l.columns.length}`,
      });
      return;
    }
    const get = (column: string) => {
      const i = l.index[column];
      return i === undefined ? '' : detach((fields[i] ?? '').trim());
    };
    const attributes: Record<string, string> = {};
    for (const [i, attribute] of l.attributeColumns) {
      const value = fields[i]?.trim();
      if (value) attributes[attribute] = detach(value);
    }
    stats.products++;
    const sku = get('SKU');
    const wanted = visitor.product({ sku, productFamily: get('Product Family'), attributes, where });
    if (!wanted) return;

    const termType = get('TermType');
    if (termType !== 'OnDemand' && termType !== 'Reserved') {
      issues.add({ where, field: 'TermType', value: termType, message: 'unknown term type' });
      return;
    }
    const currency = get('Currency');
    if (currency !== 'USD') {
      issues.add({ where, field: 'Currency', value: currency, message: 'only USD prices are supported' });
      return;
    }
    const termAttributes: Record<string, string> = {};
    for (const column of ['LeaseContractLength', 'PurchaseOption', 'OfferingClass']) {
      const value = get(column);
      if (value) termAttributes[column] = value;
    }
    const row: PriceRow = {
      sku,
      termType,
      offerTermCode: get('OfferTermCode'),
      termAttributes,
      dimension: {
        rateCode: get('RateCode'),
        description: get('PriceDescription'),
        unit: get('Unit'),
        usd: get('PricePerUnit'),
        beginRange: get('StartingRange') || undefined,
        endRange: get('EndingRange') || undefined,
        where,
      },
    };
    stats.prices++;
    visitor.price(row);
  };

  let first = true;
  for await (const raw of chunks) {
    let chunk = raw;
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    for (const record of splitter.push(chunk)) onRecord(record);
  }
  for (const record of splitter.end()) onRecord(record);
  if (!layout)
    throw new Error(`${file}: no header row starting with "SKU" was found; is this an AWS offer CSV?`);
  return stats;
}
