import type { SameKeys } from '../../i18n/resource-shape';
import type { rightsizingKo } from './ko';

/** Keys whose English words follow {{count}}: written as `key_one` / `key_other` (i18next plurals). */
type PluralKeys =
  | 'import.instances'
  | 'import.metricRows'
  | 'import.summaryRows'
  | 'import.imported'
  | 'problems.intro'
  | 'problems.goodRows'
  | 'problems.importGood'
  | 'fleet.totals'
  | 'fleet.platform';

/** English strings for the right-sizing page; same keys as Korean (checked by the type). */
export const rightsizingEn: SameKeys<typeof rightsizingKo, PluralKeys> = {
  page: {
    title: 'Right-sizing',
    intro:
      'Load utilization data (a CloudWatch export or a summary CSV) to get a recommended type and the savings for every instance, by the method AWS Compute Optimizer uses.',
    empty: 'No utilization data loaded yet. Open a CSV file or load a sample.',
  },
  import: {
    title: 'Utilization data',
    choose: 'Open CSV file…',
    fileInput: 'Utilization CSV file',
    dropHint: 'You can also drop a CSV file here.',
    sampleSummary: 'Load sample: Seoul summary (6 instances)',
    sampleCloudwatch: 'Load sample: CloudWatch, 3 days (web and API)',
    timeZone: 'Time zone of timestamps without an offset',
    timeZones: { UTC: 'UTC', 'Asia/Seoul': 'Korea Standard Time (Asia/Seoul, +09:00)' },
    loaded: 'Loaded: {{instances}} · {{samples}} · {{summaries}}',
    instances_one: '{{count}} instance',
    instances_other: '{{count}} instances',
    metricRows_one: '{{count}} metric row',
    metricRows_other: '{{count}} metric rows',
    summaryRows_one: '{{count}} summary row',
    summaryRows_other: '{{count}} summary rows',
    clear: 'Clear data',
    imported_one: '{{file}}: imported {{count}} row ({{replaced}} replaced).',
    imported_other: '{{file}}: imported {{count}} rows ({{replaced}} replaced).',
    canceled: 'Import of {{file}} canceled. The data loaded before is unchanged.',
  },
  problems: {
    title: 'Import problems: {{file}}',
    intro_one:
      'Found {{count}} problem. You can import the {{good}} or cancel. Cancel keeps the data loaded before unchanged.',
    intro_other:
      'Found {{count}} problems. You can import the {{good}} or cancel. Cancel keeps the data loaded before unchanged.',
    goodRows_one: '{{count}} good row',
    goodRows_other: '{{count}} good rows',
    nothingGood: 'No row can be imported. The data loaded before is unchanged.',
    tableLabel: 'Problems by row',
    line: 'Line',
    column: 'Column',
    kind: 'Kind',
    message: 'Message',
    error: 'error (left out)',
    warning: 'warning (imported)',
    importGood_one: 'Import the {{count}} good row',
    importGood_other: 'Import the {{count}} good rows',
    cancel: 'Cancel',
  },
  settings: {
    title: 'Settings',
    cpuThreshold: 'CPU threshold (percentile)',
    cpuHeadroom: 'CPU headroom',
    memoryHeadroom: 'Memory headroom',
    purchase: 'Purchase option for ranking',
    currentPurchase: 'Current purchase option',
    region: 'Region (rows without a region)',
    allowEstimates: 'Allow estimated prices (typical RI / Savings Plans discounts)',
    percent: '{{value}}%',
  },
  fleet: {
    title: 'Fleet view',
    caption: 'Result per instance · {{hours}} h per month · ranked by {{purchase}}',
    instance: 'Instance',
    currentType: 'Current type',
    finding: 'Finding',
    reasons: 'Reasons',
    risk: 'Performance risk',
    recommended: 'Recommended type',
    graviton: 'Graviton option',
    savingsOnDemand: 'Savings / month (on-demand)',
    savingsCurrent: 'Savings / month (current option)',
    negativeNote: 'A negative figure is a cost increase (growing an under-provisioned instance).',
    totalsNote:
      'The totals row adds every figure in its column: the net saving. The savings opportunity adds only the instances that get cheaper (as Compute Optimizer does); less the cost of growing under-provisioned instances, it is the net saving.',
    select: 'Show details of {{instance}}',
    stop: 'consider stopping',
    noRecommendation: 'no recommendation',
    noFinding: 'cannot tell',
    unlimited: 'includes Unlimited surplus credits {{amount}}/month',
    migration: 'Arm migration effort',
    platform_one: '1 platform difference: see details',
    platform_other: '{{count}} platform differences: see details',
    perMonth: '{{amount}}/month',
    none: '—',
    totals_one: 'Totals ({{count}} instance)',
    totals_other: 'Totals ({{count}} instances)',
    findingCounts: 'Instances by finding',
    currentMonthly: 'Current monthly cost',
    recommendedMonthly: 'Monthly cost after the recommendations',
    savings: 'Savings opportunity / month (on-demand)',
    savingsCurrentOption: 'Savings opportunity / month (current option)',
    increase: 'Cost to grow under-provisioned instances / month (on-demand)',
    unpriced: 'Instances left out of the totals for lack of a price: {{count}}',
  },
  detail: {
    title: 'Details: {{instance}}',
    figures: 'Utilization and required capacity',
    cpuThreshold: 'CPU {{label}}',
    cpuMax: 'CPU maximum',
    cpuAvg: 'CPU average',
    memoryMax: 'Memory maximum',
    notMeasured: 'not measured',
    requiredVcpu: 'Required vCPU',
    requiredMemory: 'Required memory',
    current: 'Current {{type}}',
    recommended: 'Recommended {{type}}',
    capacity: '{{vcpu}} vCPU · {{memory}} GiB',
    notes: 'Notes',
    alternatives: 'Other candidates',
    alternative: '{{type}}: {{amount}}/month, performance risk {{risk}}',
  },
  chart: {
    title: 'CPU utilization distribution and capacity',
    description:
      'Distribution of the 5-minute CPU maxima (% of the current vCPUs). Vertical lines: the threshold, the required capacity, the current capacity (100%) and the recommended capacity.',
    summaryOnly: 'Summary data has no distribution: only the average, P99 and maximum are shown.',
    xAxis: 'CPU utilization, % of the current vCPUs',
    yAxis: '5-minute intervals',
    intervals: '5-minute intervals',
    threshold: '{{label}} {{value}}%',
    required: 'required {{value}}%',
    current: 'current 100%',
    recommendedLine: 'recommended {{value}}%',
    average: 'average {{value}}%',
    max: 'maximum {{value}}%',
  },
};
