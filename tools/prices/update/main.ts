/**
 * `npm run prices:update -- --regions ap-northeast-2,us-east-1 [--services ec2,ebs,s3,transfer,lambda,savingsplans]
 *  [--from-dir DIR] [--out DIR]`: fills the snapshot from AWS's public Price List bulk files (or from a
 * folder of downloaded ones) and installs it as a new current snapshot. Progress goes to stderr.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGIONS, type Region } from '../../../pricing-data/schema';
import { RejectedRecordsError } from './issues';
import { SERVICES, type Service } from './offer-index';
import { directorySource, DownloadError, httpSource, UnsafeOfferPathError } from './offer-source';
import { stderrSink } from './progress';
import { runUpdate } from './run-update';
import { defaultStoreDir, InstallError } from './snapshot-store';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const USAGE =
  'usage: npm run prices:update -- --regions R1,R2 [--services ec2,ebs,s3,transfer,lambda,savingsplans] [--from-dir DIR] [--out DIR]';

export type UpdateArgs = { regions: Region[]; services: Service[]; fromDir?: string; out: string };

export function parseUpdateArgs(argv: readonly string[]): UpdateArgs {
  let regions: Region[] | undefined;
  let services: Service[] = [...SERVICES];
  let fromDir: string | undefined;
  let out = defaultStoreDir();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    i++;
    const list = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (flag === '--regions') {
      const unknown = list.filter((r) => !(REGIONS as readonly string[]).includes(r));
      if (unknown.length)
        throw new Error(
          `unknown ${unknown.length === 1 ? 'region' : 'regions'}: ${unknown.join(', ')} (known: ${REGIONS.join(', ')})`,
        );
      regions = list as Region[];
    } else if (flag === '--services') {
      const unknown = list.filter((s) => !(SERVICES as readonly string[]).includes(s));
      if (unknown.length)
        throw new Error(
          `unknown ${unknown.length === 1 ? 'service' : 'services'}: ${unknown.join(', ')} (known: ${SERVICES.join(', ')})`,
        );
      services = list as Service[];
    } else if (flag === '--from-dir') fromDir = resolve(value);
    else if (flag === '--out') out = resolve(value);
    else throw new Error(`unknown option "${flag}"\n${USAGE}`);
  }
  if (!regions?.length) throw new Error(`--regions is required\n${USAGE}`);
  return { regions, services, out, ...(fromDir ? { fromDir } : {}) };
}

async function main(argv: readonly string[]): Promise<number> {
  let args: UpdateArgs;
  try {
    args = parseUpdateArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const abort = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('cancelled: stopping before anything is switched\n');
    abort.abort();
  });
  try {
    const result = await runUpdate({
      regions: args.regions,
      services: args.services,
      source: args.fromDir ? directorySource(args.fromDir) : httpSource(undefined, fetch, abort.signal),
      store: args.out,
      bundledDir: resolve(repoRoot, 'pricing-data'),
      now: new Date(),
      progress: stderrSink,
    });
    for (const line of result.report) process.stdout.write(`- ${line}\n`);
    return 0;
  } catch (error) {
    // these two say themselves that nothing was switched
    const saysItself = error instanceof RejectedRecordsError || error instanceof InstallError;
    const known = saysItself || error instanceof DownloadError || error instanceof UnsafeOfferPathError;
    process.stderr.write(
      `prices:update failed: ${error instanceof Error ? error.message : String(error)}\n` +
        (saysItself ? '' : 'The current snapshot was not changed.\n'),
    );
    return known || !(error instanceof Error) ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
