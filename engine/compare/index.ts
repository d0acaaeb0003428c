export {
  compareEstimates,
  cheaperFromMonth,
  type Comparison,
  type ComparedScenario,
  type ComparedService,
} from './compare';
export type { ComparedLine, ComparedLineEntry } from './match-lines';
export { METRICS, deltaPercent, percentString, type Metric, type PercentTotals } from './metrics';
export {
  comparisonChartData,
  type ComparisonChartData,
  type StackedServiceBar,
  type CumulativePoint,
  type BreakEvenMarker,
} from './chart-data';
export {
  comparisonDisplayRows,
  COMPARISON_COLUMNS,
  COMPARISON_HEADERS,
  type ComparisonColumn,
  type ComparisonDisplay,
  type ComparisonDisplayOptions,
  type ComparisonDisplayRow,
  type ComparisonSection,
} from './compare-display';
export { comparisonCsv, compareCsv } from './compare-csv';
export {
  compareMoneyOf,
  moneyLabel,
  otherRates,
  shownAmount,
  USD_MONEY,
  type CompareMoney,
} from './compare-money';
