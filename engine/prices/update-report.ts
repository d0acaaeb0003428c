/**
 * The lines of a price update's report, as templates: the updater writes them in English (the CLI prints them,
 * the desktop app receives them as text), and the app reads them back into their parts to say them in Korean
 * (renderer/src/price-tables/report-line.ts).
 */
export const REPORT_TEMPLATES = {
  base: 'base snapshot: {id} ({dir})',
  onDemand: '{region} on-demand: {linux} Linux and {windows} Windows (licence included) types from {offer}',
  reserved: '{region} Reserved Instances: {count} rates (upfront + hourly)',
  savingsPlans: '{region} Savings Plans: {count} rates',
  savingsPlansSkipped:
    '{region} Savings Plans: {count} EC2 rate(s) name neither an operation nor an EC2 SKU of this run (add --services ec2) and were skipped',
  serviceItems: '{region} {table}: {count} item(s) from {offer}',
  notInCatalogue:
    '{count} priced instance type(s) are not in the catalogue (no specs) and were left out: {types}',
  transferRatesDiffer:
    '{region} {key}: rates differ by destination ({rates}); the table keeps one rate per region, so the previous value was kept',
  installed: 'installed {id} in {dir} and made it current',
} as const;

export type ReportKey = keyof typeof REPORT_TEMPLATES;
export type ReportParams = Readonly<Record<string, string | number>>;

export function reportLine(key: ReportKey, params: ReportParams): string {
  return REPORT_TEMPLATES[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`report line "${key}" needs {${name}}`);
    return String(value);
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS = (Object.keys(REPORT_TEMPLATES) as ReportKey[]).map((key) => {
  const names: string[] = [];
  const source = REPORT_TEMPLATES[key]
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escape(part);
      names.push(name);
      return '(.+?)';
    })
    .join('');
  return { key, names, pattern: new RegExp(`^${source}$`) };
});

/** A report line back into its template and parts; null for a line no template made. */
export function parseReportLine(line: string): { key: ReportKey; params: Record<string, string> } | null {
  for (const { key, names, pattern } of PATTERNS) {
    const match = pattern.exec(line);
    if (match) return { key, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) };
  }
  return null;
}
