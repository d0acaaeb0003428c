/**
 * `npm run -s prices:coverage [-- --json]`: what the bundled snapshot can price, per region.
 * Loads pricing-data/ through the same validating loader as the app (a corrupted table is refused).
 */
import { snapshotCoverage, type RegionCoverage, type SnapshotCoverage } from '../../engine/prices';
import { loadBundledSnapshot } from '../../cli/load-bundled-snapshot';

const COLUMNS: ReadonlyArray<[keyof RegionCoverage, string]> = [
  ['catalogueTypes', 'catalogue'],
  ['onDemandLinux', 'OD linux'],
  ['windows', 'windows'],
  ['windowsExact', 'win exact'],
  ['spot', 'spot'],
  ['reservedExactTypes', 'RI cards'],
  ['reservedExactRates', 'RI rates'],
  ['savingsPlansExactRates', 'SP rates'],
  ['ebsItems', 'EBS'],
  ['s3Items', 'S3'],
  ['transferItems', 'transfer'],
  ['lambdaItems', 'Lambda'],
];

export function coverageTable(coverage: SnapshotCoverage): string {
  const header = ['region'.padEnd(15), ...COLUMNS.map(([, title]) => title.padStart(9))].join(' ');
  const rows = Object.entries(coverage.regions).map(([region, counts]) =>
    [region.padEnd(15), ...COLUMNS.map(([key]) => String(counts[key]).padStart(9))].join(' '),
  );
  return [
    `snapshot ${coverage.snapshotId} (${coverage.snapshotDate}), ${coverage.catalogueTypes} instance types in the catalogue`,
    'windows = types with a Windows price: exact (win exact) or on-demand Linux + licence adder rule (non-burstable types); curated items count priced keys only',
    '',
    header,
    ...rows,
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(
      `prices:coverage: unknown ${unknown.length === 1 ? 'argument' : 'arguments'} ${unknown.join(' ')} (usage: prices:coverage [-- --json])\n`,
    );
    return 2;
  }
  const coverage = snapshotCoverage(loadBundledSnapshot());
  process.stdout.write(
    argv.includes('--json') ? `${JSON.stringify(coverage, null, 1)}\n` : `${coverageTable(coverage)}\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`prices:coverage: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
