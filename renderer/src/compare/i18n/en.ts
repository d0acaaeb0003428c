import type { SameKeys } from '../../i18n/resource-shape';
import type { compareKo } from './ko';

export const compareEn: SameKeys<typeof compareKo> = {
  page: {
    title: 'Compare scenarios',
    intro:
      "The workspace's scenarios side by side. Differences are against the baseline scenario, in amount and %.",
    needTwo:
      'Choose at least two scenarios to compare. Make a variant with "Duplicate" on the estimate screen.',
  },
  pick: {
    legend: 'Scenarios to compare',
    baseline: 'Baseline scenario',
    metric: 'Amount for the differences by service and by line',
    currency: 'Currency',
    vat: 'Include 10% VAT',
    taxExcluded: 'Amounts exclude VAT.',
    taxIncluded: 'Amounts include 10% VAT.',
    krw: 'KRW (₩) · {{rate}} KRW/USD',
    rateNote: "Every scenario is converted at the baseline scenario's rate, {{rate}} KRW/USD as of {{date}}.",
    otherRates: 'Scenarios with a rate of their own are converted at the same rate: {{names}}',
  },
  metrics: {
    monthly: 'Monthly',
    upfront: 'Upfront',
    first12Months: 'First 12 months',
    months36: '36 months',
  },
  totals: {
    metricRow: '{{metric}} ({{currency}})',
    status: 'Status',
    cheaperFrom: 'Cheaper than the baseline from',
    snapshot: 'Price snapshot',
    title: 'Totals side by side',
    baseline: 'baseline',
    cheapest: 'cheapest',
    cheapestLabel: 'the scenario with the lowest amount',
    vsBaseline: 'vs baseline',
    never: 'never',
    incomplete: 'some lines are unpriced, so the total is incomplete',
  },
  deltas: {
    services: 'Differences by service: {{metric}}',
    lines: 'Differences by line: {{metric}}',
    service: 'Service',
    lineId: 'Line id',
    description: 'Description',
    amount: 'Amount ({{currency}})',
    delta: 'Difference ({{currency}})',
    percent: 'Difference (%)',
  },
  charts: {
    bars: '{{metric}} by service (stacked)',
    barsNote: "Each scenario's amounts per service, stacked. The exact figures are in the tables below.",
    cumulative: 'Cumulative cost over 36 months',
    cumulativeNote:
      'Money paid so far, upfront included. A dot marks the month a scenario becomes cheaper than the baseline.',
    month: 'Month',
    breakEven: 'month {{month}}',
    breakEvenItem: '{{name}}: cheaper than the baseline from month {{month}}',
    noBreakEven:
      'No scenario starts being cheaper than the baseline within 36 months (each is cheaper from the start or never).',
  },
  export: {
    button: 'Export comparison CSV',
    fileName: 'scenario comparison',
  },
};
