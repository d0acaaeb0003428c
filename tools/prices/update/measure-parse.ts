/**
 * Parses one EC2 JSON offer file and prints {products, prices, seconds, peakRssBytes, ...} as JSON.
 * Run in a child process (`node --import tsx --max-old-space-size=N measure-parse.ts FILE REGION`) so
 * the peak RSS is the importer's alone and a heap cap proves the memory bound.
 */
import { createReadStream } from 'node:fs';
import type { Region } from '../../../pricing-data/schema';
import { IssueLog } from './issues';
import { readJsonOffer } from './json-offer-reader';
import { Ec2OfferMapper } from './map-ec2';

export type ParseMeasure = {
  products: number;
  prices: number;
  rejected: number;
  onDemandTypes: number;
  reservedRates: number;
  seconds: number;
  peakRssBytes: number;
  baselineRssBytes: number;
};

async function main(file: string, region: Region): Promise<ParseMeasure> {
  const baselineRssBytes = process.memoryUsage().rss;
  let peakRssBytes = baselineRssBytes;
  const sample = () => {
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 20);
  const issues = new IssueLog();
  const mapper = new Ec2OfferMapper(region, issues);
  const start = performance.now();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const stats = await readJsonOffer(stream as AsyncIterable<string>, file, mapper, issues);
  const result = mapper.finish();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  sample();
  return {
    products: stats.products,
    prices: stats.prices,
    rejected: issues.count,
    onDemandTypes: result.onDemandLinux.size,
    reservedRates: result.reserved.length,
    seconds,
    peakRssBytes,
    baselineRssBytes,
  };
}

const [file, region] = process.argv.slice(2);
if (file && region) {
  main(file, region as Region).then(
    (m) => process.stdout.write(`${JSON.stringify(m)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
