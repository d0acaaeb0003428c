/**
 * The stable key vocabulary the engine looks curated prices up by, and which curated CSV item text maps to
 * each key. Every key is emitted for both curated regions; a key with no CSV row is unavailable.
 */
export type CuratedKey = { key: string; label: string; unit: string; items: readonly string[] };

export const CURATED_SERVICES = ['ebs', 's3', 'data-transfer', 'lambda'] as const;
export type CuratedServiceName = (typeof CURATED_SERVICES)[number];

/** The CSV's `service` column value for each table. */
export const CSV_SERVICE: Record<CuratedServiceName, string> = {
  ebs: 'ebs',
  s3: 's3',
  'data-transfer': 'transfer',
  lambda: 'lambda',
};

export const CURATED_KEYS: Record<CuratedServiceName, readonly CuratedKey[]> = {
  ebs: [
    { key: 'gp3.storage', label: 'gp3 storage', unit: 'GB-month', items: ['gp3 storage'] },
    {
      key: 'gp3.iops',
      label: 'gp3 IOPS above the 3,000 included',
      unit: 'IOPS-month',
      items: ['gp3 IOPS above 3000 free'],
    },
    {
      key: 'gp3.throughput',
      label: 'gp3 throughput above the 125 MB/s included',
      unit: 'MB/s-month',
      items: ['gp3 throughput above 125 MB/s free'],
    },
    { key: 'gp2.storage', label: 'gp2 storage', unit: 'GB-month', items: ['gp2 storage'] },
    { key: 'io1.storage', label: 'io1 storage', unit: 'GB-month', items: ['io1 storage'] },
    { key: 'io1.iops', label: 'io1 provisioned IOPS', unit: 'IOPS-month', items: ['io1 IOPS'] },
    { key: 'io2.storage', label: 'io2 storage', unit: 'GB-month', items: ['io2 storage'] },
    {
      key: 'io2.iops.tier1',
      label: 'io2 IOPS up to 32,000 per volume',
      unit: 'IOPS-month',
      items: ['io2 IOPS up to 32000'],
    },
    {
      key: 'io2.iops.tier2',
      label: 'io2 IOPS 32,001 to 64,000 per volume',
      unit: 'IOPS-month',
      items: ['io2 IOPS 32001 to 64000'],
    },
    {
      key: 'io2.iops.tier3',
      label: 'io2 IOPS above 64,000 per volume',
      unit: 'IOPS-month',
      items: ['io2 IOPS above 64000'],
    },
    { key: 'st1.storage', label: 'st1 storage', unit: 'GB-month', items: ['st1 storage'] },
    { key: 'sc1.storage', label: 'sc1 storage', unit: 'GB-month', items: ['sc1 storage'] },
    {
      key: 'snapshot.standard',
      label: 'EBS snapshot (standard)',
      unit: 'GB-month',
      items: ['snapshot standard'],
    },
    {
      key: 'snapshot.archive',
      label: 'EBS snapshot (archive)',
      unit: 'GB-month',
      items: ['snapshot archive'],
    },
  ],
  s3: [
    {
      key: 'standard.storage.tier1',
      label: 'S3 Standard, first 50 TB',
      unit: 'GB-month',
      items: ['STANDARD first 50 TB'],
    },
    {
      key: 'standard.storage.tier2',
      label: 'S3 Standard, next 450 TB',
      unit: 'GB-month',
      items: ['STANDARD next 450 TB'],
    },
    {
      key: 'standard.storage.tier3',
      label: 'S3 Standard, over 500 TB',
      unit: 'GB-month',
      items: ['STANDARD over 500 TB'],
    },
    {
      key: 'intelligent-tiering.storage.frequent',
      label: 'S3 Intelligent-Tiering, Frequent Access tier',
      unit: 'GB-month',
      items: [],
    },
    {
      key: 'intelligent-tiering.monitoring',
      label: 'S3 Intelligent-Tiering monitoring (objects ≥ 128 KB)',
      unit: 'per 1000 objects',
      items: ['INTELLIGENT_TIERING monitoring'],
    },
    {
      key: 'standard-ia.storage',
      label: 'S3 Standard-IA storage',
      unit: 'GB-month',
      items: ['STANDARD_IA storage'],
    },
    {
      key: 'onezone-ia.storage',
      label: 'S3 One Zone-IA storage',
      unit: 'GB-month',
      items: ['ONEZONE_IA storage'],
    },
    {
      key: 'glacier-ir.storage',
      label: 'S3 Glacier Instant Retrieval storage',
      unit: 'GB-month',
      items: ['GLACIER_IR storage'],
    },
    {
      key: 'glacier.storage',
      label: 'S3 Glacier Flexible Retrieval storage',
      unit: 'GB-month',
      items: ['GLACIER storage'],
    },
    {
      key: 'deep-archive.storage',
      label: 'S3 Glacier Deep Archive storage',
      unit: 'GB-month',
      items: ['DEEP_ARCHIVE storage'],
    },
    {
      key: 'requests.put',
      label: 'S3 Standard PUT, COPY, POST, LIST requests',
      unit: 'per 1000 requests',
      items: ['STANDARD PUT/COPY/POST/LIST'],
    },
    {
      key: 'requests.get',
      label: 'S3 Standard GET, SELECT requests',
      unit: 'per 1000 requests',
      items: ['STANDARD GET/SELECT'],
    },
    {
      key: 'standard-ia.retrieval',
      label: 'S3 Standard-IA retrieval',
      unit: 'GB',
      items: ['STANDARD_IA retrieval'],
    },
  ],
  'data-transfer': [
    {
      key: 'internet-out.free-allowance-gb',
      label: 'Data transfer out to the internet: free allowance',
      unit: 'GB per month, aggregated',
      items: ['internet out free allowance'],
    },
    {
      key: 'internet-out.tier1',
      label: 'Data transfer out to the internet, first 10 TB',
      unit: 'GB',
      items: ['internet out first 10 TB'],
    },
    {
      key: 'internet-out.tier2',
      label: 'Data transfer out to the internet, next 40 TB',
      unit: 'GB',
      items: ['internet out next 40 TB'],
    },
    {
      key: 'internet-out.tier3',
      label: 'Data transfer out to the internet, next 100 TB',
      unit: 'GB',
      items: ['internet out next 100 TB'],
    },
    {
      key: 'internet-out.tier4',
      label: 'Data transfer out to the internet, over 150 TB',
      unit: 'GB',
      items: ['internet out over 150 TB'],
    },
    {
      key: 'inter-region.out',
      label: 'Data transfer to other regions',
      unit: 'GB',
      items: ['inter-region out (to other regions)', 'inter-region out'],
    },
    {
      key: 'inter-region.out-us',
      label: 'Data transfer from us-east-1 to another US region',
      unit: 'GB',
      items: ['inter-region out (to other US region us-east-2)'],
    },
    {
      key: 'inter-az',
      label: 'Data transfer between Availability Zones',
      unit: 'GB each direction',
      items: ['inter-AZ'],
    },
    { key: 'internet-in', label: 'Data transfer in from the internet', unit: 'GB', items: ['internet in'] },
  ],
  lambda: [
    { key: 'requests', label: 'Lambda requests', unit: 'per 1M requests', items: ['requests'] },
    { key: 'duration.x86_64', label: 'Lambda duration (x86_64)', unit: 'GB-second', items: ['duration x86'] },
    { key: 'duration.arm64', label: 'Lambda duration (arm64)', unit: 'GB-second', items: ['duration arm64'] },
    {
      key: 'free.requests',
      label: 'Lambda free tier: requests',
      unit: 'requests per month',
      items: ['free tier'],
    },
    {
      key: 'free.gb-seconds',
      label: 'Lambda free tier: compute',
      unit: 'GB-seconds per month',
      items: ['free tier'],
    },
  ],
};

/**
 * Items whose value is global (the same in every region): the CSV lists them under us-east-1 only,
 * so other regions reuse that row and say so in the note.
 */
export const GLOBAL_KEYS: Readonly<Record<string, string>> = {
  'data-transfer/internet-out.free-allowance-gb':
    'global allowance: 100 GB per month aggregated across all services and regions (listed under us-east-1 in the curated table)',
  'lambda/free.requests': 'the Lambda free tier is global (listed under us-east-1 in the curated table)',
  'lambda/free.gb-seconds': 'the Lambda free tier is global (listed under us-east-1 in the curated table)',
};
