/**
 * A small `Prices` for unit tests, holding figures copied from ../shared/pricing-raw (curated CSV,
 * the us-east-1 on-demand table, the m5.large RI card, the T credit table). Not a snapshot: the
 * end-to-end tests use the bundled tables.
 */
import Decimal from 'decimal.js';
import type { InstanceType, Region } from '../../pricing-data/schema';
import type { CuratedService, Prices, ReservedQuery } from '../estimate/prices';
import type { CuratedQuote, PriceQuote, RiQuote } from '../prices/quotes';
import type { Message } from '../trace/types';

/** A message that says `en` in English and `ko` in Korean. */
const note = (en: string, ko: string): Message => ({ key: 'note', params: { text: { en, ko } } });

function unavailable(en: string, ko: string) {
  return { status: 'unavailable' as const, reason: en, message: note(en, ko) };
}

const CURATED: Record<CuratedService, Partial<Record<Region, Record<string, string | null>>>> = {
  ebs: {
    'us-east-1': {
      'gp3.storage': '0.08',
      'gp3.iops': '0.005',
      'gp3.throughput': '0.04',
      'gp2.storage': '0.10',
      'io1.storage': '0.125',
      'io1.iops': '0.065',
      'io2.storage': '0.125',
      'io2.iops.tier1': '0.065',
      'io2.iops.tier2': '0.046',
      'io2.iops.tier3': null,
      'st1.storage': '0.045',
      'sc1.storage': '0.015',
      'snapshot.standard': '0.05',
      'snapshot.archive': '0.0125',
    },
    'ap-northeast-2': {
      'gp3.storage': '0.0912',
      'gp3.iops': '0.0057',
      'gp3.throughput': null,
      'gp2.storage': '0.114',
      'io2.storage': '0.1278',
      'io2.iops.tier1': '0.0666',
      'io2.iops.tier2': '0.047',
      'io2.iops.tier3': '0.033',
      'sc1.storage': null,
      'snapshot.standard': '0.05',
    },
  },
  s3: {
    'us-east-1': {
      'standard.storage.tier1': '0.023',
      'standard.storage.tier2': '0.022',
      'standard.storage.tier3': '0.021',
      'intelligent-tiering.storage.frequent': null,
      'intelligent-tiering.monitoring': '0.0025',
      'standard-ia.storage': '0.0125',
      'onezone-ia.storage': '0.01',
      'glacier-ir.storage': '0.004',
      'glacier.storage': '0.0036',
      'deep-archive.storage': '0.00099',
      'requests.put': '0.005',
      'requests.get': '0.0004',
      'standard-ia.retrieval': '0.01',
    },
    'ap-northeast-2': {
      'standard.storage.tier1': '0.025',
      'standard.storage.tier2': null,
      'standard-ia.storage': '0.0138',
      'requests.put': '0.0045',
      'requests.get': '0.00035',
    },
  },
  'data-transfer': {
    'us-east-1': {
      'internet-out.free-allowance-gb': '100',
      'internet-out.tier1': '0.09',
      'internet-out.tier2': '0.085',
      'internet-out.tier3': '0.07',
      'internet-out.tier4': '0.05',
      'inter-region.out': '0.02',
      'inter-region.out-us': '0.01',
      'inter-az': '0.01',
      'internet-in': '0',
    },
    'ap-northeast-2': {
      'internet-out.tier1': '0.126',
      'internet-out.tier2': '0.122',
      'internet-out.tier3': '0.117',
      'internet-out.tier4': '0.108',
      'inter-region.out': '0.08',
      'inter-az': '0.01',
      'internet-in': '0',
    },
  },
  lambda: {
    'us-east-1': {
      requests: '0.20',
      'duration.x86_64': '0.0000166667',
      'duration.arm64': '0.0000133334',
      'free.requests': '1000000',
      'free.gb-seconds': '400000',
    },
  },
};

const ON_DEMAND: Partial<Record<Region, Record<string, string>>> = {
  'us-east-1': {
    'm5.large': '0.096',
    'm5.xlarge': '0.192',
    't3.large': '0.0832',
    't3.micro': '0.0104',
    'c5.xlarge': '0.17',
  },
  'ap-northeast-2': { 'm5.large': '0.118', 't3.micro': '0.013' },
};

function type(
  name: string,
  vcpu: number,
  credits?: [string, string, 'standard' | 'unlimited'],
): InstanceType {
  const [family = '', size = ''] = name.split('.');
  return {
    type: name,
    family,
    size,
    category: credits ? 'burstable' : 'general',
    vcpu,
    memoryGiB: vcpu * 4,
    arch: 'x86_64',
    gpu: null,
    accelerator: null,
    networkMbps: null,
    ebsBandwidthMbps: null,
    localNvmeGiB: null,
    cpuManufacturer: null,
    clockMhz: null,
    burstable: credits !== undefined,
    credits: credits
      ? {
          creditsPerHour: credits[0],
          maxBalance: '0',
          baselinePctPerVcpu: credits[1],
          defaultMode: credits[2],
        }
      : null,
  };
}

const TYPES = new Map(
  [
    type('m5.large', 2),
    type('m5.xlarge', 4),
    type('c5.xlarge', 4),
    type('t3.large', 2, ['36', '30', 'unlimited']),
    type('t3.micro', 2, ['12', '10', 'unlimited']),
    type('t2.micro', 1, ['6', '10', 'standard']),
  ].map((t) => [t.type, t]),
);

/** m5.large us-east-1 Linux RI card (Pricing API): upfront, hourly */
const M5_LARGE_RI: Record<string, [string, string]> = {
  '1yr standard no-upfront': ['0', '0.06'],
  '1yr standard partial-upfront': ['252', '0.029'],
  '1yr standard all-upfront': ['494', '0'],
  '3yr standard no-upfront': ['0', '0.041'],
  '3yr standard partial-upfront': ['505', '0.019'],
  '3yr standard all-upfront': ['949', '0'],
  '1yr convertible no-upfront': ['0', '0.071'],
  '1yr convertible partial-upfront': ['294', '0.034'],
  '1yr convertible all-upfront': ['577', '0'],
  '3yr convertible no-upfront': ['0', '0.049'],
  '3yr convertible partial-upfront': ['592', '0.023'],
  '3yr convertible all-upfront': ['1161', '0'],
};

const provenance = (basis: 'exact' | 'derived-rule' | 'estimate') => ({
  sourceId: `test-${basis}`,
  sourceTitle: `test table (${basis})`,
  asOf: '2026-07-20',
  confidence: basis === 'exact' ? ('high' as const) : ('low' as const),
  basis,
  explanation: '',
  message: note('', ''),
});

function reserved(q: ReservedQuery): RiQuote {
  const termHours = q.term === '1yr' ? 8760 : 26280;
  const card =
    q.region === 'us-east-1' && q.type === 'm5.large' && q.os === 'linux'
      ? M5_LARGE_RI[`${q.term} ${q.offeringClass} ${q.payment}`]
      : undefined;
  if (card) {
    const upfront = new Decimal(card[0]);
    const hourly = new Decimal(card[1]);
    return {
      status: 'priced',
      upfront,
      hourly,
      effectiveHourly: upfront.dividedBy(termHours).plus(hourly),
      termHours,
      splitExact: true,
      ...provenance('exact'),
    };
  }
  const od = ON_DEMAND[q.region]?.[q.type];
  if (!od)
    return unavailable(
      `no RI rate for ${q.type} in ${q.region}`,
      `${q.region}에 ${q.type} 예약 인스턴스 요금이 없습니다`,
    );
  // a labelled estimate: 30% off, no upfront
  const hourly = new Decimal(od).times('0.7');
  return {
    status: 'priced',
    upfront: new Decimal(0),
    hourly,
    effectiveHourly: hourly,
    termHours,
    splitExact: false,
    ...provenance('estimate'),
    explanation: 'typical discount 30%',
    message: note('typical discount 30%', '일반 할인율 30%'),
  };
}

export function fakePrices(overrides: Partial<Prices> = {}): Prices {
  return {
    snapshotId: 'test-snapshot',
    snapshotDate: '2026-07-20',
    instance: (name) => TYPES.get(name),
    instanceTypes: () => [...TYPES.keys()],
    onDemand: (region, name, os): PriceQuote => {
      const linux = ON_DEMAND[region]?.[name];
      const t = TYPES.get(name);
      if (!linux || !t)
        return unavailable(
          `no on-demand price for ${name} in ${region}`,
          `${region}에 ${name} 온디맨드 가격이 없습니다`,
        );
      if (os === 'linux') return { status: 'priced', hourly: new Decimal(linux), ...provenance('exact') };
      if (t.burstable)
        return unavailable(
          `Windows price for burstable ${name} is unavailable`,
          `버스터블 ${name}의 Windows 가격이 없습니다`,
        );
      return {
        status: 'priced',
        hourly: new Decimal(linux).plus(new Decimal('0.046').times(t.vcpu)),
        ...provenance('derived-rule'),
      };
    },
    spot: (region, name, os) => {
      const linux = ON_DEMAND[region]?.[name];
      if (!linux || os !== 'linux')
        return unavailable(`no spot data for ${name}`, `${name} 스팟 데이터가 없습니다`);
      const od = new Decimal(linux);
      return {
        status: 'priced',
        hourly: od.times('0.4'),
        onDemandHourly: od,
        savingsPct: 60,
        band: { index: 1, label: '5-10%' },
        label: 'historical average',
        ...provenance('estimate'),
      };
    },
    reserved,
    savingsPlan: (q) => {
      if (q.type !== 'm5.large' || q.region !== 'us-east-1')
        return unavailable('no Savings Plan rate', 'Savings Plans 요금이 없습니다');
      const termHours = q.term === '1yr' ? 8760 : 26280;
      const effective = new Decimal('0.068');
      const upfront =
        q.payment === 'all-upfront'
          ? effective.times(termHours)
          : q.payment === 'partial-upfront'
            ? effective.times(termHours).times('0.5')
            : new Decimal(0);
      const hourly = effective.minus(upfront.dividedBy(termHours));
      return {
        status: 'priced',
        upfront,
        hourly,
        effectiveHourly: effective,
        termHours,
        splitExact: q.payment !== 'partial-upfront',
        ...provenance('exact'),
      };
    },
    curated: (service, region, key): CuratedQuote => {
      const table = CURATED[service][region];
      if (!table || !(key in table))
        return unavailable(
          `no ${service} ${key} in ${region}`,
          `${region}에 ${service} ${key} 가격이 없습니다`,
        );
      const price = table[key];
      if (price === null || price === undefined)
        return { ...unavailable(`${key} has no source`, `${key} 가격 출처가 없습니다`), label: key };
      return {
        status: 'priced',
        price: new Decimal(price),
        unit: '',
        label: key,
        sourceId: `test-${service}`,
        sourceTitle: `test ${service}`,
        sourceKind: 'aws-page',
        asOf: '2025',
      };
    },
    tSurplusRate: (os): CuratedQuote =>
      os === 'linux'
        ? {
            status: 'priced',
            price: new Decimal('0.05'),
            unit: 'vCPU-hour',
            label: 'T surplus',
            sourceId: 'test-t',
            sourceTitle: 'EC2 on-demand page',
            sourceKind: 'aws-page',
            asOf: '2025',
          }
        : unavailable('no Windows surplus rate', 'Windows 잉여 크레딧 요금이 없습니다'),
    s3ClassRule: (cls) =>
      ({
        STANDARD: { minStorageDays: 0, minBillableObjectKB: 0 },
        INTELLIGENT_TIERING: { minStorageDays: 0, minBillableObjectKB: 0 },
        STANDARD_IA: { minStorageDays: 30, minBillableObjectKB: 128 },
        ONEZONE_IA: { minStorageDays: 30, minBillableObjectKB: 128 },
        GLACIER_IR: { minStorageDays: 90, minBillableObjectKB: 128 },
        GLACIER: { minStorageDays: 90, minBillableObjectKB: 40 },
        DEEP_ARCHIVE: { minStorageDays: 180, minBillableObjectKB: 40 },
      })[cls],
    ...overrides,
  };
}
