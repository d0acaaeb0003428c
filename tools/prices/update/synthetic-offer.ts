/**
 * Writes a synthetic AmazonEC2 regional offer file in the real JSON layout (products, then OnDemand and
 * Reserved terms with all 12 RI variants) until it reaches a target size. For the streaming test and
 * the import bench: never committed, generated in a temp folder. Prices are derived from integers,
 * so a product repeated with the same type, OS and tenancy always has the same price.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const OS_VARIANTS = [
  { os: 'Linux', license: 'No License required', operation: 'RunInstances' },
  { os: 'Windows', license: 'License Included', operation: 'RunInstances:0002' },
  { os: 'RHEL', license: 'No License required', operation: 'RunInstances:0010' },
  { os: 'SUSE', license: 'No License required', operation: 'RunInstances:000g' },
] as const;
const TENANCIES = [
  { tenancy: 'Shared', usage: 'BoxUsage' },
  { tenancy: 'Dedicated', usage: 'DedicatedUsage' },
] as const;
const CAPACITY = ['Used', 'UnusedCapacityReservation', 'AllocatedCapacityReservation'] as const;
const RI_VARIANTS = (['1yr', '3yr'] as const).flatMap((lease, l) =>
  (['standard', 'convertible'] as const).flatMap((cls, c) =>
    (['No Upfront', 'Partial Upfront', 'All Upfront'] as const).map((payment, p) => ({
      lease,
      cls,
      payment,
      code: `RI${l}${c}${p}XXXXXX`.slice(0, 10),
    })),
  ),
);

/** n ten-thousandths as a decimal string: 1234 → "0.1234". */
function tenThousandths(n: number): string {
  const s = String(n).padStart(5, '0');
  return `${s.slice(0, -4).replace(/^0+(?=\d)/, '')}.${s.slice(-4)}`;
}

export type SyntheticSpec = {
  types: readonly string[];
  location: string;
  usagePrefix: string;
  targetBytes: number;
};

type Variant = {
  type: string;
  typeIndex: number;
  os: number;
  tenancy: number;
  capacity: number;
  sku: string;
};

function variant(i: number, types: readonly string[]): Variant {
  const typeIndex = i % types.length;
  const combo = Math.floor(i / types.length);
  return {
    type: types[typeIndex] ?? 'm5.large',
    typeIndex,
    os: combo % OS_VARIANTS.length,
    tenancy: Math.floor(combo / OS_VARIANTS.length) % TENANCIES.length,
    capacity: Math.floor(combo / (OS_VARIANTS.length * TENANCIES.length)) % CAPACITY.length,
    sku: `SYN${String(i).padStart(13, '0')}`,
  };
}

function hourly(v: Variant): number {
  return 50 + v.typeIndex * 37 + v.os * 460 + v.tenancy * 110;
}

function productJson(v: Variant, spec: SyntheticSpec): string {
  const os = OS_VARIANTS[v.os] ?? OS_VARIANTS[0];
  const ten = TENANCIES[v.tenancy] ?? TENANCIES[0];
  const attributes = {
    servicecode: 'AmazonEC2',
    location: spec.location,
    locationType: 'AWS Region',
    instanceType: v.type,
    currentGeneration: 'Yes',
    instanceFamily: 'General purpose',
    vcpu: '2',
    physicalProcessor: 'Intel Xeon Platinum 8175 (Skylake)',
    clockSpeed: '3.1 GHz',
    memory: '8 GiB',
    storage: 'EBS only',
    networkPerformance: 'Up to 10 Gigabit',
    processorArchitecture: '64-bit',
    tenancy: ten.tenancy,
    operatingSystem: os.os,
    licenseModel: os.license,
    usagetype: `${spec.usagePrefix}${ten.usage}:${v.type}`,
    operation: os.operation,
    capacitystatus: CAPACITY[v.capacity] ?? 'Used',
    dedicatedEbsThroughput: 'Up to 2120 Mbps',
    ecu: '10',
    enhancedNetworkingSupported: 'Yes',
    intelAvxAvailable: 'Yes',
    intelAvx2Available: 'Yes',
    intelTurboAvailable: 'Yes',
    normalizationSizeFactor: '4',
    preInstalledSw: 'NA',
    processorFeatures: 'Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo',
    servicename: 'Amazon Elastic Compute Cloud',
  };
  return JSON.stringify({ sku: v.sku, productFamily: 'Compute Instance', attributes }, null, 2);
}

function dimension(
  sku: string,
  term: string,
  rate: string,
  unit: string,
  usd: string,
  description: string,
): string {
  const code = `${sku}.${term}.${rate}`;
  const range = unit === 'Hrs' ? { endRange: 'Inf', beginRange: '0' } : {};
  return `"${code}": ${JSON.stringify({ unit, ...range, description, appliesTo: [], rateCode: code, pricePerUnit: { USD: usd } }, null, 2)}`;
}

function onDemandJson(v: Variant): string {
  const price = tenThousandths(hourly(v));
  const os = OS_VARIANTS[v.os]?.os ?? 'Linux';
  const dims = dimension(
    v.sku,
    'JRTCKXETXF',
    '6YS6EN2CT7',
    'Hrs',
    `${price}000000`,
    `$${price} per On Demand ${os} ${v.type} Instance Hour`,
  );
  return `"${v.sku}": { "${v.sku}.JRTCKXETXF": { "priceDimensions": { ${dims} }, "sku": "${v.sku}", "effectiveDate": "2026-07-01T00:00:00Z", "offerTermCode": "JRTCKXETXF", "termAttributes": {} } }`;
}

function reservedJson(v: Variant): string {
  const base = hourly(v);
  const terms = RI_VARIANTS.map((ri, i) => {
    const years = ri.lease === '1yr' ? 1 : 3;
    const discounted = Math.floor((base * (60 - i)) / 100) + 1;
    const dims: string[] = [];
    if (ri.payment !== 'All Upfront') {
      const h = ri.payment === 'No Upfront' ? discounted : Math.floor(discounted / 2);
      dims.push(
        dimension(
          v.sku,
          ri.code,
          '6YS6EN2CT7',
          'Hrs',
          tenThousandths(h),
          'Linux/UNIX (Amazon VPC), reserved instance applied',
        ),
      );
    } else {
      dims.push(
        dimension(v.sku, ri.code, '6YS6EN2CT7', 'Hrs', '0.0000000000', 'USD 0.0 per Linux/UNIX (Amazon VPC)'),
      );
    }
    if (ri.payment !== 'No Upfront') {
      const upfront = Math.floor(
        (discounted * 8760 * years) / (ri.payment === 'All Upfront' ? 10000 : 20000),
      );
      dims.push(dimension(v.sku, ri.code, '2TG2D8R56U', 'Quantity', String(upfront), 'Upfront Fee'));
    }
    const attrs = { LeaseContractLength: ri.lease, OfferingClass: ri.cls, PurchaseOption: ri.payment };
    return `"${v.sku}.${ri.code}": { "priceDimensions": { ${dims.join(', ')} }, "sku": "${v.sku}", "effectiveDate": "2026-07-01T00:00:00Z", "offerTermCode": "${ri.code}", "termAttributes": ${JSON.stringify(attrs)} }`;
  });
  return `"${v.sku}": { ${terms.join(', ')} }`;
}

/**
 * Writes the file and returns how many products it holds.
 * Size is controlled by the product count, estimated from the first product's full size.
 */
export async function writeSyntheticEc2Offer(
  path: string,
  spec: SyntheticSpec,
): Promise<{ products: number; bytes: number }> {
  const sample = variant(0, spec.types);
  const perProduct =
    productJson(sample, spec).length + onDemandJson(sample).length + reservedJson(sample).length + 12;
  const products = Math.max(1, Math.ceil(spec.targetBytes / perProduct));
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    `{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "synthetic test file",\n  "offerCode" : "AmazonEC2",\n  "version" : "20260701000000",\n  "publicationDate" : "2026-07-01T00:00:00Z",\n  "products" : {\n`,
  );
  for (let i = 0; i < products; i++) {
    const v = variant(i, spec.types);
    await write(`${i ? ',\n' : ''}"${v.sku}": ${productJson(v, spec)}`);
  }
  await write('\n  },\n  "terms" : {\n    "OnDemand" : {\n');
  for (let i = 0; i < products; i++) await write(`${i ? ',\n' : ''}${onDemandJson(variant(i, spec.types))}`);
  await write('\n    },\n    "Reserved" : {\n');
  for (let i = 0; i < products; i++) await write(`${i ? ',\n' : ''}${reservedJson(variant(i, spec.types))}`);
  await write('\n    }\n  }\n}\n');
  out.end();
  await once(out, 'finish');
  return { products, bytes };
}
