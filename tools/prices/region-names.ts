import type { Region, RegionsTable } from '../../pricing-data/schema';

/**
 * English names as in the AWS Price List `location`, Korean names as in the Korean AWS console.
 * Availability Zone counts only where a bundled source states them (Seoul: 4, course notes); else null.
 */
export const REGION_NAMES: Record<Region, { en: string; ko: string; azs: number | null }> = {
  'af-south-1': { en: 'Africa (Cape Town)', ko: '아프리카(케이프타운)', azs: null },
  'ap-east-1': { en: 'Asia Pacific (Hong Kong)', ko: '아시아 태평양(홍콩)', azs: null },
  'ap-east-2': { en: 'Asia Pacific (Taipei)', ko: '아시아 태평양(타이베이)', azs: null },
  'ap-northeast-1': { en: 'Asia Pacific (Tokyo)', ko: '아시아 태평양(도쿄)', azs: null },
  'ap-northeast-2': { en: 'Asia Pacific (Seoul)', ko: '아시아 태평양(서울)', azs: 4 },
  'ap-northeast-3': { en: 'Asia Pacific (Osaka)', ko: '아시아 태평양(오사카)', azs: null },
  'ap-south-1': { en: 'Asia Pacific (Mumbai)', ko: '아시아 태평양(뭄바이)', azs: null },
  'ap-south-2': { en: 'Asia Pacific (Hyderabad)', ko: '아시아 태평양(하이데라바드)', azs: null },
  'ap-southeast-1': { en: 'Asia Pacific (Singapore)', ko: '아시아 태평양(싱가포르)', azs: null },
  'ap-southeast-2': { en: 'Asia Pacific (Sydney)', ko: '아시아 태평양(시드니)', azs: null },
  'ap-southeast-3': { en: 'Asia Pacific (Jakarta)', ko: '아시아 태평양(자카르타)', azs: null },
  'ap-southeast-4': { en: 'Asia Pacific (Melbourne)', ko: '아시아 태평양(멜버른)', azs: null },
  'ap-southeast-5': { en: 'Asia Pacific (Malaysia)', ko: '아시아 태평양(말레이시아)', azs: null },
  'ap-southeast-7': { en: 'Asia Pacific (Thailand)', ko: '아시아 태평양(태국)', azs: null },
  'ca-central-1': { en: 'Canada (Central)', ko: '캐나다(중부)', azs: null },
  'ca-west-1': { en: 'Canada West (Calgary)', ko: '캐나다 서부(캘거리)', azs: null },
  'eu-central-1': { en: 'Europe (Frankfurt)', ko: '유럽(프랑크푸르트)', azs: null },
  'eu-central-2': { en: 'Europe (Zurich)', ko: '유럽(취리히)', azs: null },
  'eu-north-1': { en: 'Europe (Stockholm)', ko: '유럽(스톡홀름)', azs: null },
  'eu-south-1': { en: 'Europe (Milan)', ko: '유럽(밀라노)', azs: null },
  'eu-south-2': { en: 'Europe (Spain)', ko: '유럽(스페인)', azs: null },
  'eu-west-1': { en: 'Europe (Ireland)', ko: '유럽(아일랜드)', azs: null },
  'eu-west-2': { en: 'Europe (London)', ko: '유럽(런던)', azs: null },
  'eu-west-3': { en: 'Europe (Paris)', ko: '유럽(파리)', azs: null },
  'il-central-1': { en: 'Israel (Tel Aviv)', ko: '이스라엘(텔아비브)', azs: null },
  'me-central-1': { en: 'Middle East (UAE)', ko: '중동(UAE)', azs: null },
  'me-south-1': { en: 'Middle East (Bahrain)', ko: '중동(바레인)', azs: null },
  'mx-central-1': { en: 'Mexico (Central)', ko: '멕시코(중부)', azs: null },
  'sa-east-1': { en: 'South America (Sao Paulo)', ko: '남아메리카(상파울루)', azs: null },
  'us-east-1': { en: 'US East (N. Virginia)', ko: '미국 동부(버지니아 북부)', azs: null },
  'us-east-2': { en: 'US East (Ohio)', ko: '미국 동부(오하이오)', azs: null },
  'us-gov-east-1': { en: 'AWS GovCloud (US-East)', ko: 'AWS GovCloud(미국 동부)', azs: null },
  'us-gov-west-1': { en: 'AWS GovCloud (US-West)', ko: 'AWS GovCloud(미국 서부)', azs: null },
  'us-west-1': { en: 'US West (N. California)', ko: '미국 서부(캘리포니아 북부)', azs: null },
  'us-west-2': { en: 'US West (Oregon)', ko: '미국 서부(오레곤)', azs: null },
};

export function regionsTable(regions: readonly Region[]): RegionsTable {
  return {
    table: 'regions',
    regions: regions.map((code) => ({
      code,
      nameEn: REGION_NAMES[code].en,
      nameKo: REGION_NAMES[code].ko,
      availabilityZones: REGION_NAMES[code].azs,
    })),
  };
}

/** English name → code, to read the Pricing API's `location` attribute. */
export function regionByEnglishName(): Map<string, Region> {
  return new Map(Object.entries(REGION_NAMES).map(([code, names]) => [names.en, code as Region]));
}
