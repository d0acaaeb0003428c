/** The x axis of the 36-month cumulative cost charts (scenario comparison, purchase options): months 1–36. */
export function monthAxis(label: string) {
  return {
    dataKey: 'month',
    type: 'number',
    domain: [1, 36],
    ticks: [1, 6, 12, 18, 24, 30, 36],
    label: { value: label, position: 'insideBottom', offset: -12 },
  } as const;
}
