export { toCsv, csvField, type CsvCell } from './csv';
export {
  estimateDisplayRows,
  rowCells,
  type DisplayCell,
  type DisplayOptions,
  type EstimateDisplay,
  type EstimateDisplayRow,
  type EstimateInput,
  type EstimateRowKind,
  type ScenarioGroup,
} from './estimate-display';
export { ESTIMATE_COLUMNS, ESTIMATE_HEADERS, type EstimateColumn } from './estimate-columns';
export { estimateCsv } from './estimate-csv';
export { linesCsv } from './lines-csv';
export { purchaseLabel, SERVICE_NAMES } from './labels';
export { lineDescription } from './line-description';
export {
  catalogueCsv,
  CATALOGUE_COLUMNS,
  CATALOGUE_HEADERS,
  PRICE_BASIS_TERMS,
  type CatalogueCsvOptions,
} from './catalogue-csv';
