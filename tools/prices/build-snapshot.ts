import Decimal from 'decimal.js';
import type { z } from 'zod';
import {
  REGIONS,
  SCHEMA_VERSION,
  TABLE_NAMES,
  tableSchemas,
  type Ec2OnDemand,
  type Ec2OnDemandWindows,
  type Manifest,
  type OnDemandRate,
  type Region,
  type Source,
  type TableName,
} from '../../pricing-data/schema';
import { sha256Hex } from '../../engine/prices/sha256-hex';
import { counted } from '../../engine/text/plural';
import { parseCatalogue, AUTOSCALER_FILE, BANDWIDTH_FILE, SPECS_FILE } from './parse-catalogue';
import { CURATED_FILE, parseCurated, type CuratedTable } from './parse-curated';
import { parseSeoulRows, parseUsEast1OnDemand, SEOUL_ROWS_FILE, US_EAST_1_FILE } from './parse-ondemand';
import { M5_CARD_FILE, parseM5Card, parseX2iednCard, sortRates, X2IEDN_CARD_FILE } from './parse-rate-cards';
import { parseS3Classes, S3_CLASSES_FILE } from './parse-s3-classes';
import { parseSpot, SPOT_FILE } from './parse-spot';
import { parseTCredits, T_CREDITS_FILE } from './parse-t-credits';
import { regionByEnglishName, regionsTable, REGION_NAMES } from './region-names';
import { fixedSources, SOURCE_ID } from './sources';
import { byCodePoint, sortedRecord, toJsonText } from './stable-json';
import { deriveTypicalDiscounts } from './typical-discounts';

export const SNAPSHOT_ID = '2026-11-snapshot-1';
/** The day the snapshot was assembled (sources are older; each row's source carries its own date). */
export const SNAPSHOT_DATE = '2026-11-21';

export type BuildResult = { files: Record<string, string>; report: string[] };

type Tables = { [N in TableName]: z.infer<(typeof tableSchemas)[N]> };

function validated<N extends TableName>(name: N, value: unknown): Tables[N] {
  const parsed = tableSchemas[name].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `generated table ${name} does not match its schema at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return parsed.data as Tables[N];
}

function countItems(table: CuratedTable): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [region, items] of Object.entries(table.regions)) {
    out[`${region}.priced`] = (items ?? []).filter((i) => i.price !== null).length;
    out[`${region}.unavailable`] = (items ?? []).filter((i) => i.price === null).length;
  }
  return out;
}

/**
 * Reads every raw source through `readRaw` (path relative to pricing-raw/) and returns the table files
 * and manifest.json as text, plus a report of everything left out or mismatched. Pure apart from `readRaw`.
 */
export function buildSnapshot(readRaw: (path: string) => string): BuildResult {
  const report: string[] = [];
  const tCredits = parseTCredits(readRaw(T_CREDITS_FILE));
  const catalogue = parseCatalogue(
    readRaw(SPECS_FILE),
    readRaw(BANDWIDTH_FILE),
    readRaw(AUTOSCALER_FILE),
    tCredits,
  );
  report.push(...catalogue.report);
  const byType = new Map(catalogue.types.map((t) => [t.type, t]));

  // ---- on-demand Linux
  const usEast1 = parseUsEast1OnDemand(readRaw(US_EAST_1_FILE));
  const notCatalogued = [...usEast1.keys()].filter((t) => !byType.has(t)).sort(byCodePoint);
  if (notCatalogued.length) {
    report.push(
      `on-demand us-east-1: left out ${counted(notCatalogued.length, 'priced type')} not in the catalogue (no specs): ${notCatalogued.join(', ')}`,
    );
  }
  const onDemand: Partial<Record<Region, Record<string, OnDemandRate>>> = {};
  const usEast1Rates: Record<string, OnDemandRate> = {};
  for (const [type, hourly] of usEast1) {
    if (byType.has(type))
      usEast1Rates[type] = { hourly, source: SOURCE_ID.usEast1OnDemand, confidence: 'high' };
  }
  onDemand['us-east-1'] = usEast1Rates;

  const seoulRows = parseSeoulRows(readRaw(SEOUL_ROWS_FILE));
  const seoul: Record<string, OnDemandRate> = {};
  for (const [type, rate] of seoulRows.seoul) {
    if (!byType.has(type)) {
      report.push(`on-demand ap-northeast-2: ${type} is not in the catalogue and was left out`);
      continue;
    }
    seoul[type] = rate;
  }
  onDemand['ap-northeast-2'] = seoul;
  const differing = [...seoulRows.usEast1]
    .filter(([type, row]) => !new Decimal(row.price).equals(usEast1.get(type) ?? '-1'))
    .map(([type, row]) => `${type} ${row.price} vs ${usEast1.get(type) ?? 'none'} (${row.zone})`);
  report.push(
    `cross-check ${SEOUL_ROWS_FILE}: ${seoulRows.usEast1.size} us-east-1 rows, ${differing.length} differ from the AWS us-east-1 table: ${differing.join('; ')}`,
  );
  const seoulMetal = Object.values(seoul).filter((r) => r.confidence === 'low').length;
  report.push(
    `on-demand ap-northeast-2: ${Object.keys(seoul).length} types, ${seoulMetal} metal sizes marked low-confidence`,
  );

  const curated = parseCurated(readRaw(CURATED_FILE));
  report.push(...curated.report);

  // ---- rate cards
  const m5 = parseM5Card(readRaw(M5_CARD_FILE), regionByEnglishName());
  const m5Table = usEast1Rates[m5.type]?.hourly;
  if (!m5Table || !new Decimal(m5Table).equals(m5.onDemandHourly)) {
    report.push(
      `cross-check ${M5_CARD_FILE}: on-demand ${m5.onDemandHourly} differs from the us-east-1 table (${m5Table})`,
    );
  }
  const x2iedn = parseX2iednCard(readRaw(X2IEDN_CARD_FILE));
  const x2iednType = byType.get(x2iedn.type);
  if (!x2iednType) throw new Error(`${X2IEDN_CARD_FILE}: ${x2iedn.type} is not in the catalogue`);
  const adder = new Decimal(curated.windowsAdder.adderPerVcpuHour).times(x2iednType.vcpu);
  let adderMatches = 0;
  const windows: Partial<Record<Region, Record<string, OnDemandRate>>> = {};
  for (const [region, prices] of x2iedn.onDemand) {
    if (new Decimal(prices.windows).minus(prices.linux).equals(adder)) adderMatches += 1;
    windows[region] = {
      [x2iedn.type]: { hourly: prices.windows, source: SOURCE_ID.x2iedn, confidence: 'high' },
    };
    const existing = onDemand[region]?.[x2iedn.type];
    if (existing) {
      if (!new Decimal(existing.hourly).equals(prices.linux)) {
        report.push(
          `cross-check ${X2IEDN_CARD_FILE}: ${region} on-demand ${prices.linux} vs table ${existing.hourly} (table kept)`,
        );
      }
      continue;
    }
    onDemand[region] = {
      ...onDemand[region],
      [x2iedn.type]: { hourly: prices.linux, source: SOURCE_ID.x2iedn, confidence: 'high' },
    };
  }
  report.push(
    `Windows adder check: x2iedn.32xlarge mswin − linux = ${curated.windowsAdder.adderPerVcpuHour} × ${x2iednType.vcpu} vCPU in ${adderMatches} of ${x2iedn.onDemand.size} regions`,
  );

  const onDemandTable: Ec2OnDemand = {
    table: 'ec2-ondemand-linux',
    unit: 'USD per instance-hour',
    tenancy: 'shared',
    os: 'linux',
    regions: Object.fromEntries(
      REGIONS.filter((r) => onDemand[r]).map((r) => [r, sortedRecord(onDemand[r] ?? {})]),
    ) as Ec2OnDemand['regions'],
  };

  const windowsTable: Ec2OnDemandWindows = {
    table: 'ec2-ondemand-windows',
    unit: 'USD per instance-hour',
    tenancy: 'shared',
    os: 'windows',
    license: 'included',
    preInstalledSoftware: 'none',
    regions: Object.fromEntries(
      REGIONS.filter((r) => windows[r]).map((r) => [r, sortedRecord(windows[r] ?? {})]),
    ) as Ec2OnDemandWindows['regions'],
  };
  report.push(
    `on-demand Windows (exact): ${x2iedn.type} in ${x2iedn.onDemand.size} regions from ${X2IEDN_CARD_FILE}; every other type uses the adder rule`,
  );

  const spot = parseSpot(readRaw(SPOT_FILE), new Set(byType.keys()));
  report.push(...spot.report);
  const typical = deriveTypicalDiscounts(m5, x2iedn);
  report.push(...typical.report);
  for (const [region, name] of x2iedn.regionNames) {
    if (REGION_NAMES[region].en !== name) {
      throw new Error(
        `region name for ${region}: "${REGION_NAMES[region].en}" but ${X2IEDN_CARD_FILE} says "${name}"`,
      );
    }
  }

  const tables: Tables = {
    regions: validated('regions', regionsTable(REGIONS)),
    'ec2-catalogue': validated('ec2-catalogue', {
      table: 'ec2-catalogue',
      sources: [
        SOURCE_ID.specs,
        ...(catalogue.usedBandwidthFallback ? [SOURCE_ID.bandwidth] : []),
        SOURCE_ID.tCredits,
      ],
      types: catalogue.types,
    }),
    'ec2-ondemand-linux': validated('ec2-ondemand-linux', onDemandTable),
    'ec2-ondemand-windows': validated('ec2-ondemand-windows', windowsTable),
    'ec2-license-rules': validated('ec2-license-rules', {
      table: 'ec2-license-rules',
      windows: {
        adderPerVcpuHour: curated.windowsAdder.adderPerVcpuHour,
        appliesTo: 'non-burstable',
        burstable: 'unavailable',
        source: SOURCE_ID.windowsAdder,
        method: `Windows on-demand = Linux on-demand + ${curated.windowsAdder.adderPerVcpuHour} USD ${curated.windowsAdder.unit} × vCPUs, for non-burstable types only. ${curated.windowsAdder.method}.`,
      },
      tUnlimitedSurplus: { linuxPerVcpuHour: '0.05', windowsPerVcpuHour: null, source: SOURCE_ID.tUnlimited },
    }),
    'ec2-spot-advisor': validated('ec2-spot-advisor', spot.table),
    'ec2-reserved-exact': validated('ec2-reserved-exact', {
      table: 'ec2-reserved-exact',
      rates: sortRates([...m5.rates, ...x2iedn.rates]),
    }),
    'ec2-savings-plans-exact': validated('ec2-savings-plans-exact', {
      table: 'ec2-savings-plans-exact',
      rates: [],
    }),
    'typical-discounts-estimate': validated('typical-discounts-estimate', typical.table),
    ebs: validated('ebs', curated.tables.ebs),
    s3: validated('s3', curated.tables.s3),
    's3-class-rules': validated('s3-class-rules', parseS3Classes(readRaw(S3_CLASSES_FILE))),
    'data-transfer': validated('data-transfer', curated.tables['data-transfer']),
    lambda: validated('lambda', curated.tables.lambda),
  };

  const coverage: Record<TableName, Record<string, number>> = {
    regions: { regions: tables.regions.regions.length },
    'ec2-catalogue': {
      types: catalogue.types.length,
      families: new Set(catalogue.types.map((t) => t.family)).size,
      burstable: catalogue.types.filter((t) => t.burstable).length,
      withCredits: catalogue.types.filter((t) => t.credits).length,
      withGpu: catalogue.types.filter((t) => t.gpu).length,
    },
    'ec2-ondemand-linux': Object.fromEntries(
      Object.entries(onDemandTable.regions).map(([r, rates]) => [r, Object.keys(rates ?? {}).length]),
    ),
    'ec2-ondemand-windows': Object.fromEntries(
      Object.entries(windowsTable.regions).map(([r, rates]) => [r, Object.keys(rates ?? {}).length]),
    ),
    'ec2-license-rules': { rules: 2 },
    'ec2-spot-advisor': {
      regions: Object.keys(spot.table.regions).length,
      linuxEntries: Object.values(spot.table.regions).reduce(
        (n, r) => n + Object.keys(r?.linux ?? {}).length,
        0,
      ),
      windowsEntries: Object.values(spot.table.regions).reduce(
        (n, r) => n + Object.keys(r?.windows ?? {}).length,
        0,
      ),
    },
    'ec2-reserved-exact': {
      rates: tables['ec2-reserved-exact'].rates.length,
      types: new Set(tables['ec2-reserved-exact'].rates.map((r) => r.type)).size,
      regions: new Set(tables['ec2-reserved-exact'].rates.map((r) => r.region)).size,
    },
    'ec2-savings-plans-exact': { rates: 0 },
    'typical-discounts-estimate': { discounts: tables['typical-discounts-estimate'].discounts.length },
    ebs: countItems(curated.tables.ebs),
    s3: countItems(curated.tables.s3),
    's3-class-rules': { classes: tables['s3-class-rules'].classes.length },
    'data-transfer': countItems(curated.tables['data-transfer']),
    lambda: countItems(curated.tables.lambda),
  };

  const curatedSourceIds = (table: CuratedTable) =>
    [...new Set(Object.values(table.regions).flatMap((items) => (items ?? []).map((i) => i.source)))].sort(
      byCodePoint,
    );
  const tableSources: Record<TableName, string[]> = {
    regions: [SOURCE_ID.regionNames],
    'ec2-catalogue': [...tables['ec2-catalogue'].sources, SOURCE_ID.autoscaler],
    'ec2-ondemand-linux': [SOURCE_ID.usEast1OnDemand, SOURCE_ID.seoulRows, SOURCE_ID.x2iedn],
    'ec2-ondemand-windows': [SOURCE_ID.x2iedn],
    'ec2-license-rules': [SOURCE_ID.windowsAdder, SOURCE_ID.tUnlimited],
    'ec2-spot-advisor': [SOURCE_ID.spot],
    'ec2-reserved-exact': [SOURCE_ID.m5Large, SOURCE_ID.x2iedn],
    'ec2-savings-plans-exact': [],
    'typical-discounts-estimate': [SOURCE_ID.typicalDiscounts, SOURCE_ID.x2iedn, SOURCE_ID.m5Large],
    ebs: curatedSourceIds(curated.tables.ebs),
    s3: curatedSourceIds(curated.tables.s3),
    's3-class-rules': [SOURCE_ID.s3Classes],
    'data-transfer': curatedSourceIds(curated.tables['data-transfer']),
    lambda: curatedSourceIds(curated.tables.lambda),
  };

  const files: Record<string, string> = {};
  const entries: Manifest['tables'] = [];
  for (const name of TABLE_NAMES) {
    const file = `${name}.json`;
    const text = toJsonText(tables[name]);
    files[file] = text;
    entries.push({
      name,
      file,
      sha256: sha256Hex(text),
      sources: tableSources[name],
      coverage: sortedRecord(coverage[name]),
    });
  }
  const sources: Source[] = [...fixedSources(SNAPSHOT_DATE), ...curated.sources];
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    snapshotId: SNAPSHOT_ID,
    snapshotDate: SNAPSHOT_DATE,
    generatedBy: 'tools/prices/build.ts (npm run prices:build) from ../shared/pricing-raw',
    sources,
    tables: entries,
  };
  files['manifest.json'] = toJsonText(manifest);
  return { files, report };
}
