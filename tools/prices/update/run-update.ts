/**
 * The price update, start to end: read the current snapshot, walk offer index → region index → offer
 * files for each requested region and service, map them, merge into a new snapshot and install it.
 * Any rejected record, network failure or write failure stops the run before the switch.
 */
import { reportLine } from '../../../engine/prices/update-report';
import type { Region } from '../../../pricing-data/schema';
import { loadSnapshot } from '../../../engine/prices/load-snapshot';
import { readCsvOffer } from './csv-offer-reader';
import type { Ec2Import, SavingsPlansImport, ServiceImport } from './imported';
import { IssueLog, RejectedRecordsError } from './issues';
import { readJsonOffer } from './json-offer-reader';
import { Ec2OfferMapper } from './map-ec2';
import { lambdaMapper } from './map-lambda';
import { s3Mapper } from './map-s3';
import { SavingsPlansMapper } from './map-savings-plans';
import type { ServiceItemsMapper } from './map-service-items';
import { TransferMapper } from './map-transfer';
import { mergeSnapshot, sourceIdFor, type ImportedFile, type Imports } from './merge-snapshot';
import {
  parseOfferIndex,
  parseRegionIndex,
  regionIndexUrl,
  type OfferKind,
  type RegionIndex,
  type Service,
} from './offer-index';
import type { OfferSource, OpenedOffer } from './offer-source';
import type { OfferVisitor, ReadStats } from './offer-visitor';
import { withProgress, type ProgressSink } from './progress';
import { readSavingsPlanOffer } from './savings-plan-reader';
import {
  activeSnapshotDir,
  installSnapshot,
  readSnapshotFiles,
  realFs,
  type StoreFs,
} from './snapshot-store';

export const OFFER_INDEX_PATH = '/offers/v1.0/aws/index.json';

export type UpdateOptions = {
  regions: readonly Region[];
  services: readonly Service[];
  source: OfferSource;
  /** where installed snapshots and the `current` pointer live */
  store: string;
  /** the bundled snapshot, used when the store has no current snapshot yet */
  bundledDir: string;
  now: Date;
  progress: ProgressSink;
  fs?: StoreFs;
};

export type UpdateResult = { snapshotId: string; dir: string; report: string[] };

async function readAll(opened: OpenedOffer): Promise<string> {
  let text = '';
  for await (const chunk of opened.chunks) text += chunk;
  return text;
}

function snapshotIdFor(now: Date): { snapshotId: string; snapshotDate: string } {
  const iso = now.toISOString();
  const stamp = iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return { snapshotId: `aws-update-${stamp}`, snapshotDate: iso.slice(0, 10) };
}

export async function runUpdate(opts: UpdateOptions): Promise<UpdateResult> {
  const fs = opts.fs ?? realFs;
  const baseDir = await activeSnapshotDir(opts.store, opts.bundledDir, fs);
  const baseFiles = await readSnapshotFiles(baseDir, fs);
  const base = loadSnapshot(baseFiles);
  const report: string[] = [reportLine('base', { id: base.manifest.snapshotId, dir: baseDir })];
  const services = new Set(opts.services);

  const indexFile = await opts.source.open(OFFER_INDEX_PATH);
  const index = parseOfferIndex(await readAll(indexFile), OFFER_INDEX_PATH);
  const regionIndexes = new Map<OfferKind, ReadRegionIndex>();
  const regionIndex = async (offer: OfferKind): Promise<ReadRegionIndex> => {
    const known = regionIndexes.get(offer);
    if (known) return known;
    const path = regionIndexUrl(index, offer, OFFER_INDEX_PATH);
    const opened = await opts.source.open(path, indexFile.location);
    const parsed = { ...parseRegionIndex(await readAll(opened), path), location: opened.location };
    regionIndexes.set(offer, parsed);
    return parsed;
  };

  const imports: Imports = { ec2: [], savingsPlans: [], services: [] };
  for (const region of opts.regions) {
    let ec2: Ec2Import | undefined;
    if (services.has('ec2') || services.has('ebs')) {
      const issues = new IssueLog();
      const mapper = new Ec2OfferMapper(region, issues);
      const file = await readOffer(opts, await regionIndex('AmazonEC2'), 'AmazonEC2', region, mapper, issues);
      ec2 = mapper.finish();
      throwIfRejected(file, issues);
      imports.ec2.push({
        data: ec2,
        file: fileRecord(file, ec2),
        withOnDemand: services.has('ec2'),
        withEbs: services.has('ebs'),
      });
    }
    if (services.has('savingsplans')) {
      const issues = new IssueLog();
      const mapper = new SavingsPlansMapper(region, issues, ec2?.skus);
      const opened = await openRegional(
        opts,
        await regionIndex('AWSComputeSavingsPlan'),
        'AWSComputeSavingsPlan',
        region,
      );
      const stats: ReadStats = { products: 0, prices: 0 };
      await readSavingsPlanOffer(
        withProgress(`AWSComputeSavingsPlan ${region}`, opened.opened, stats, opts.progress),
        opened.opened.location,
        mapper,
        issues,
        stats,
      );
      const data: SavingsPlansImport = mapper.finish();
      throwIfRejected({ ...opened, offer: 'AWSComputeSavingsPlan', region }, issues);
      if (mapper.unresolved > 0) {
        report.push(reportLine('savingsPlansSkipped', { region, count: mapper.unresolved }));
      }
      imports.savingsPlans.push({
        data,
        file: fileRecord({ ...opened, offer: 'AWSComputeSavingsPlan', region }, data),
      });
    }
    for (const [service, offer, table, make] of SERVICE_MAPPERS) {
      if (!services.has(service)) continue;
      const issues = new IssueLog();
      const mapper = make(region, issues);
      const file = await readOffer(opts, await regionIndex(offer), offer, region, mapper, issues);
      const data: ServiceImport = mapper.finish();
      throwIfRejected(file, issues);
      if (mapper instanceof TransferMapper) report.push(...mapper.notes);
      imports.services.push({ table, data, file: fileRecord(file, data) });
    }
  }

  const meta = snapshotIdFor(opts.now);
  const merged = mergeSnapshot(base, baseFiles, imports, meta);
  report.push(...merged.report);
  const installed = await installSnapshot(opts.store, meta.snapshotId, merged.files, fs);
  report.push(reportLine('installed', { id: meta.snapshotId, dir: installed.dir }));
  return { snapshotId: meta.snapshotId, dir: installed.dir, report };
}

type ServiceTableName = Imports['services'][number]['table'];

const SERVICE_MAPPERS: readonly [
  Service,
  OfferKind,
  ServiceTableName,
  (r: Region, i: IssueLog) => ServiceItemsMapper,
][] = [
  ['s3', 'AmazonS3', 's3', s3Mapper],
  ['transfer', 'AWSDataTransfer', 'data-transfer', (r, i) => new TransferMapper(r, i)],
  ['lambda', 'AWSLambda', 'lambda', lambdaMapper],
];

type ReadFile = { opened: OpenedOffer; url: string; offer: OfferKind; region: Region };
/** A region index and where it was read from (named when one of its paths is refused). */
type ReadRegionIndex = RegionIndex & { location: string };

async function openRegional(
  opts: UpdateOptions,
  regionIndex: ReadRegionIndex,
  offer: OfferKind,
  region: Region,
): Promise<{ opened: OpenedOffer; url: string }> {
  const path = regionIndex.urls.get(region);
  if (!path) throw new Error(`the ${offer} region index has no file for ${region}`);
  return { opened: await opts.source.open(path, regionIndex.location), url: opts.source.urlFor(path) };
}

async function readOffer(
  opts: UpdateOptions,
  regionIndex: ReadRegionIndex,
  offer: OfferKind,
  region: Region,
  visitor: OfferVisitor,
  issues: IssueLog,
): Promise<ReadFile> {
  const { opened, url } = await openRegional(opts, regionIndex, offer, region);
  const stats: ReadStats = { products: 0, prices: 0 };
  const chunks = withProgress(`${offer} ${region}`, opened, stats, opts.progress);
  const read = opened.format === 'csv' ? readCsvOffer : readJsonOffer;
  await read(chunks, opened.location, visitor, issues, stats);
  return { opened, url, offer, region };
}

function throwIfRejected(file: ReadFile, issues: IssueLog): void {
  if (!issues.empty) throw new RejectedRecordsError(file.opened.location, issues);
}

function fileRecord(file: ReadFile, data: { publicationDate: string | undefined }): ImportedFile {
  return {
    sourceId: sourceIdFor(file.offer, file.region, data.publicationDate),
    offerCode: file.offer,
    region: file.region,
    url: file.url,
    publicationDate: data.publicationDate,
    readFrom: file.opened.location,
  };
}
