import { osSchema, type OperatingSystem } from '../../pricing-data/schema';
import { onDemandHourly } from '../../engine/prices';
import { bundledSnapshotFor } from '../load-bundled-snapshot';

export const summary =
  'price ec2 <type> --region <region> [--os linux|windows] [--json]: on-demand hourly price';

const USAGE = 'usage: price ec2 <type> --region <region> [--os linux|windows] [--json]';

type PriceArgs = { type: string; region: string; os: OperatingSystem; json: boolean };

function parseArgs(args: readonly string[]): PriceArgs | string {
  const [service, type, ...rest] = args;
  if (service !== 'ec2')
    return `unknown or missing service "${service ?? ''}": only "ec2" is supported. ${USAGE}`;
  if (!type || type.startsWith('--')) return `missing instance type. ${USAGE}`;
  let region: string | undefined;
  let os: OperatingSystem = 'linux';
  let json = false;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const value = rest[i + 1];
    if (arg === '--json') json = true;
    else if (arg === '--region' && value) {
      region = value;
      i += 1;
    } else if (arg === '--os' && value) {
      const parsed = osSchema.safeParse(value);
      if (!parsed.success) return `unknown --os "${value}": use linux or windows`;
      os = parsed.data;
      i += 1;
    } else return `unknown or incomplete option "${arg}". ${USAGE}`;
  }
  if (!region) return `missing --region. ${USAGE}`;
  return { type, region, os, json };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`price: ${parsed}\n`);
    return 2;
  }
  const snap = bundledSnapshotFor('price');
  if (!snap) return 1;
  const quote = onDemandHourly(snap, parsed.region, parsed.type, parsed.os);
  if (quote.status === 'unavailable') {
    process.stderr.write(`price: ${quote.reason}\n`);
    return 2;
  }
  const result = {
    type: parsed.type,
    region: parsed.region,
    os: parsed.os,
    hourly: quote.hourly.toFixed(),
    source: quote.sourceId,
    asOf: quote.asOf,
    confidence: quote.confidence,
  };
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(
      `${result.type} ${result.region} ${result.os}: ${result.hourly} USD/hour (${quote.basis}, confidence ${result.confidence})\n${quote.explanation}\nsource: ${quote.sourceTitle} [${result.source}], as of ${result.asOf}\n`,
    );
  }
  return 0;
}
