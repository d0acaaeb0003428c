import seoulExample from '../../../examples/seoul-3tier-web.cloudsizer.json?raw';
import seoulExampleKo from '../../../examples/seoul-3tier-web.ko.cloudsizer.json?raw';
import { parseScenarioText, SCENARIO_SCHEMA_VERSION, type Scenario } from '../../../engine/scenario';
import type { Language } from '../i18n';

/**
 * What the app opens with: the Seoul 3-tier example from examples/ (peak usage, a T type, an RI, gp3 with
 * snapshots, KRW and VAT), its Korean twin in Korean, or, should that file ever fail to parse, the small
 * built-in Seoul service.
 */
export function startingScenario(language: Language): Scenario {
  const parsed = parseScenarioText(language === 'ko' ? seoulExampleKo : seoulExample);
  return parsed.ok ? parsed.scenario : defaultScenario(language);
}

const TEXT = {
  ko: {
    name: '서울 웹 서비스',
    web: '웹 서버',
    db: '데이터베이스 서버',
    volume: '웹 서버 루트 볼륨',
    assets: '정적 파일',
  },
  en: {
    name: 'Seoul web service',
    web: 'Web servers',
    db: 'Database server',
    volume: 'Web server root volumes',
    assets: 'Static assets',
  },
} as const;

/** A small Seoul web service, all on-demand, so every number on screen is exact. */
export function defaultScenario(language: Language): Scenario {
  const text = TEXT[language];
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name: text.name,
    region: 'ap-northeast-2',
    settings: {
      hoursPerMonth: 730,
      freeTier: true,
      allowEstimates: false,
      currency: { display: 'USD' },
      vat: false,
    },
    groups: [],
    items: [
      {
        service: 'ec2',
        id: 'ec2-1',
        description: text.web,
        tags: [],
        instanceType: 'm5.large',
        count: 2,
        os: 'linux',
        tenancy: 'shared',
        usage: { pattern: 'always-on' },
        purchase: { option: 'on-demand' },
      },
      {
        service: 'ec2',
        id: 'ec2-2',
        description: text.db,
        tags: [],
        instanceType: 'r5.large',
        count: 1,
        os: 'linux',
        tenancy: 'shared',
        usage: { pattern: 'always-on' },
        purchase: { option: 'on-demand' },
      },
      {
        service: 'ebs',
        id: 'ebs-1',
        description: text.volume,
        tags: [],
        volumeType: 'gp3',
        sizeGB: 50,
        count: 2,
      },
      {
        service: 's3',
        id: 's3-1',
        description: text.assets,
        tags: [],
        storageClass: 'STANDARD',
        storageGB: 200,
        putRequests: 100_000,
        getRequests: 2_000_000,
        retrievalGB: 0,
      },
      {
        service: 'data-transfer',
        id: 'transfer-1',
        tags: [],
        internetOutGB: 300,
        interRegionOutGB: 0,
        interAzGB: 50,
        internetInGB: 0,
      },
    ],
  };
}

/** File → New: an empty estimate in Seoul. */
export function emptyScenario(language: Language): Scenario {
  return { ...defaultScenario(language), name: language === 'ko' ? '새 견적' : 'New estimate', items: [] };
}
