/**
 * The lines of a price update's report, as templates: the updater writes them in English (the CLI prints them,
 * the desktop app receives them as text), and the app reads them back into their parts to say them in Korean
 * (renderer/src/price-tables/report-line.ts). A "(s)" after a noun is the plural ending: reportLine writes it
 * as "s" unless {count} is 1 ("1 rate", "2 rates"), and no verb depends on the count.
 */
export const REPORT_TEMPLATES = {
  base: 'base snapshot: {id} ({dir})',
  onDemand: '{region} on-demand: {linux} Linux and {windows} Windows (licence included) types from {offer}',
  reserved: '{region} Reserved Instances: {count} rate(s) (upfront + hourly)',
  savingsPlans: '{region} Savings Plans: {count} rate(s)',
  savingsPlansSkipped:
    '{region} Savings Plans: skipped {count} EC2 rate(s) naming neither an operation nor an EC2 SKU of this run (add --services ec2)',
  serviceItems: '{region} {table}: {count} item(s) from {offer}',
  notInCatalogue: 'left out {count} priced instance type(s) not in the catalogue (no specs): {types}',
  transferRatesDiffer:
    '{region} {key}: rates differ by destination ({rates}); the table keeps one rate per region, so the previous value was kept',
  installed: 'installed {id} in {dir} and made it current',
} as const;

/** The plural ending of a template, spelled out as "s" or nothing by reportLine and matched by both. */
const PLURAL = '(s)';

export type ReportKey = keyof typeof REPORT_TEMPLATES;
export type ReportParams = Readonly<Record<string, string | number>>;

export function reportLine(key: ReportKey, params: ReportParams): string {
  const template = REPORT_TEMPLATES[key].split(PLURAL).join(Number(params.count) === 1 ? '' : 's');
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
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
      if (name === undefined) return part.split(PLURAL).map(escape).join('s?');
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
