/**
 * What the compare page shows, from the engine only: estimates of the chosen scenarios (baseline first),
 * the engine's comparison, its display rows (the CSV's rows) and chart data. No money is computed here.
 */
import {
  compareEstimates,
  comparisonChartData,
  comparisonDisplayRows,
  estimate,
  type Comparison,
  type ComparisonChartData,
  type ComparisonColumn,
  type ComparisonDisplay,
  type ComparisonDisplayRow,
  type ComparisonSection,
  type CompareMoney,
  type EstimateResult,
  type Metric,
  type Prices,
  type Scenario,
} from '../../../engine';
import type { WorkspaceEntry } from '../../../engine/workspace';
import type { Language } from '../i18n';

export const DELTA_COLUMNS: Readonly<
  Record<Metric, { amount: ComparisonColumn; percent: ComparisonColumn }>
> = {
  monthly: { amount: 'deltaMonthly', percent: 'deltaMonthlyPercent' },
  upfront: { amount: 'deltaUpfront', percent: 'deltaUpfrontPercent' },
  first12Months: { amount: 'deltaFirst12Months', percent: 'deltaFirst12MonthsPercent' },
  months36: { amount: 'deltaMonths36', percent: 'deltaMonths36Percent' },
};

/** The chosen scenarios in workspace order, the baseline moved first (the engine compares against the first). */
export function comparedEntries(
  entries: readonly WorkspaceEntry[],
  excluded: ReadonlySet<string>,
  baselineId: string | null,
): WorkspaceEntry[] {
  const chosen = entries.filter((e) => !excluded.has(e.id));
  const baseline = chosen.find((e) => e.id === baselineId) ?? chosen[0];
  return baseline ? [baseline, ...chosen.filter((e) => e !== baseline)] : [];
}

/** Estimates by scenario object: the workspace keeps untouched scenarios as the same objects. */
export function createEstimateCache(prices: Prices): (scenario: Scenario) => EstimateResult {
  const cache = new WeakMap<Scenario, EstimateResult>();
  return (scenario) => {
    let result = cache.get(scenario);
    if (!result) {
      result = estimate(scenario, prices);
      cache.set(scenario, result);
    }
    return result;
  };
}

export type CompareView = {
  readonly comparison: Comparison;
  /** the screen's rows, headers in the UI language */
  readonly display: ComparisonDisplay;
  readonly chart: ComparisonChartData;
};

export function compareView(
  scenarios: readonly Scenario[],
  estimateOf: (scenario: Scenario) => EstimateResult,
  lang: Language,
  metric: Metric,
  money: CompareMoney,
): CompareView {
  const comparison = compareEstimates(scenarios.map(estimateOf));
  return {
    comparison,
    display: comparisonDisplayRows(comparison, { lang, money }),
    chart: comparisonChartData(comparison, metric, money),
  };
}

/**
 * The rows of one section, one group per service or line with one row per scenario in comparison order
 * (the display lists them so; a group that does not is an error, not something to draw).
 */
export function sectionGroups(
  display: ComparisonDisplay,
  section: Exclude<ComparisonSection, 'total'>,
  scenarioCount: number,
): ComparisonDisplayRow[][] {
  const rows = display.rows.filter((row) => row.section === section);
  const groups: ComparisonDisplayRow[][] = [];
  for (let i = 0; i < rows.length; i += scenarioCount) {
    const group = rows.slice(i, i + scenarioCount);
    if (group.length !== scenarioCount || group.some((row, s) => row.scenario !== s))
      throw new Error(`comparison rows of "${section}" are not one per scenario at row ${i}`);
    groups.push(group);
  }
  return groups;
}

export function totalRows(display: ComparisonDisplay): ComparisonDisplayRow[] {
  return display.rows.filter((row) => row.section === 'total');
}
