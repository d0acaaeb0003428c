/**
 * Korean names of the curated price items (EBS, S3, data transfer, Lambda) and Korean for the free text the
 * price tables carry (notes, methods, labels). English stays the table's own label or note; a key or text
 * these lists do not know keeps its English in Korean too (a newer table may add items), and the tests
 * fail for any such text in the bundled tables.
 */
import type { LocalizedText } from '../trace/types';

const KO_NAMES: Readonly<Record<string, string>> = {
  'ebs:gp3.storage': 'gp3 스토리지',
  'ebs:gp3.iops': 'gp3 IOPS(포함된 3,000 초과분)',
  'ebs:gp3.throughput': 'gp3 처리량(포함된 125 MB/s 초과분)',
  'ebs:gp2.storage': 'gp2 스토리지',
  'ebs:io1.storage': 'io1 스토리지',
  'ebs:io1.iops': 'io1 프로비저닝된 IOPS',
  'ebs:io2.storage': 'io2 스토리지',
  'ebs:io2.iops.tier1': 'io2 IOPS(볼륨당 32,000 이하)',
  'ebs:io2.iops.tier2': 'io2 IOPS(볼륨당 32,001–64,000)',
  'ebs:io2.iops.tier3': 'io2 IOPS(볼륨당 64,000 초과)',
  'ebs:st1.storage': 'st1 스토리지',
  'ebs:sc1.storage': 'sc1 스토리지',
  'ebs:snapshot.standard': 'EBS 스냅샷(표준)',
  'ebs:snapshot.archive': 'EBS 스냅샷(아카이브)',
  's3:standard.storage.tier1': 'S3 Standard, 처음 50 TB',
  's3:standard.storage.tier2': 'S3 Standard, 다음 450 TB',
  's3:standard.storage.tier3': 'S3 Standard, 500 TB 초과',
  's3:intelligent-tiering.storage.frequent': 'S3 Intelligent-Tiering, Frequent Access 계층',
  's3:intelligent-tiering.monitoring': 'S3 Intelligent-Tiering 모니터링(128 KB 이상 객체)',
  's3:standard-ia.storage': 'S3 Standard-IA 스토리지',
  's3:onezone-ia.storage': 'S3 One Zone-IA 스토리지',
  's3:glacier-ir.storage': 'S3 Glacier Instant Retrieval 스토리지',
  's3:glacier.storage': 'S3 Glacier Flexible Retrieval 스토리지',
  's3:deep-archive.storage': 'S3 Glacier Deep Archive 스토리지',
  's3:requests.put': 'S3 Standard PUT, COPY, POST, LIST 요청',
  's3:requests.get': 'S3 Standard GET, SELECT 요청',
  's3:standard-ia.retrieval': 'S3 Standard-IA 데이터 검색',
  'data-transfer:internet-out.free-allowance-gb': '인터넷 송신 데이터 전송: 무료 허용량',
  'data-transfer:internet-out.tier1': '인터넷 송신 데이터 전송, 처음 10 TB',
  'data-transfer:internet-out.tier2': '인터넷 송신 데이터 전송, 다음 40 TB',
  'data-transfer:internet-out.tier3': '인터넷 송신 데이터 전송, 다음 100 TB',
  'data-transfer:internet-out.tier4': '인터넷 송신 데이터 전송, 150 TB 초과',
  'data-transfer:inter-region.out': '다른 리전으로 데이터 전송',
  'data-transfer:inter-region.out-us': 'us-east-1에서 다른 미국 리전으로 데이터 전송',
  'data-transfer:inter-az': '가용 영역 간 데이터 전송',
  'data-transfer:internet-in': '인터넷 수신 데이터 전송',
  'lambda:requests': 'Lambda 요청',
  'lambda:duration.x86_64': 'Lambda 실행 시간(x86_64)',
  'lambda:duration.arm64': 'Lambda 실행 시간(arm64)',
  'lambda:free.requests': 'Lambda 프리 티어: 요청',
  'lambda:free.gb-seconds': 'Lambda 프리 티어: 컴퓨팅',
};

/** A curated item's name: `label` (the table's English label) in English, the Korean name in Korean. */
export function curatedItemName(service: string, key: string, label: string): LocalizedText {
  return { en: label, ko: KO_NAMES[`${service}:${key}`] ?? label };
}

/**
 * Korean for the free text the price tables carry: curated-item and on-demand notes (quotes of where a
 * number came from), manifest source notes, the titles of our own derived sources, the Windows rule's
 * method and the typical-discount table's label. Keyed by the exact English text: a price update that
 * changes or adds a text fails `curated-names.test.ts` instead of showing English in the Korean UI.
 * Source names, URLs, paths, instance types and region codes stay as they are.
 */
const KO_TEXT: Readonly<Record<string, string>> = {
  // curated notes: nothing found, conflicts
  'NOT FOUND': '찾지 못함',
  'NOT FOUND in any stored source': '저장된 어느 출처에서도 찾지 못함',
  'no row in the curated table: no source found': '정리된 표에 행이 없음: 출처를 찾지 못함',
  'CONFLICTING sources (0.0174 / 0.018 / 0.0285 / 0.029): treat as unavailable':
    '출처끼리 값이 다름(0.0174 / 0.018 / 0.0285 / 0.029): 가격 없음으로 처리',
  'third-party only': '제3자 자료만 있음',
  'Korean note (2020) only': '한국어 메모(2020)만 있음',
  'eu-west-1 Bulk API CSV shows the same three-step shape; us-east-1 value widely quoted: VERIFY with update':
    'eu-west-1 Bulk API CSV에도 같은 3단계 구간이 있음; us-east-1 값은 널리 인용됨: 가격 업데이트로 확인 필요',
  // curated notes: where a price was quoted
  'Korean cost catalogue (2026-10-01)': '한국어 비용 카탈로그 (2026-10-01)',
  'Korean cost catalogue citing AWS Price List (2026-10-01)':
    'AWS Price List를 인용한 한국어 비용 카탈로그 (2026-10-01)',
  'Korean cost catalogue citing AWS Price List ap-northeast-2 (2026-10-01); VolumePricingHelper copy of ebs/pricing (2021)':
    'AWS Price List ap-northeast-2를 인용한 한국어 비용 카탈로그 (2026-10-01); VolumePricingHelper에 있는 ebs/pricing 사본 (2021)',
  'Korean cost catalogue quotes 0.0035 per 10000': '한국어 비용 카탈로그의 인용값: 10000건당 0.0035',
  'copy of ebs/pricing (2021)': 'ebs/pricing 사본 (2021)',
  'AWS Pricing Calculator export (40.96 USD per GB/s)': 'AWS Pricing Calculator 내보내기 (GB/s당 40.96 USD)',
  'aws.amazon.com/ebs/pricing (stored copy; worked example E1)':
    'aws.amazon.com/ebs/pricing (저장된 사본; 계산 예 E1)',
  'aws.amazon.com/ebs/pricing (worked example E1)': 'aws.amazon.com/ebs/pricing (계산 예 E1)',
  'aws.amazon.com/ebs/pricing (worked example E2)': 'aws.amazon.com/ebs/pricing (계산 예 E2)',
  'aws.amazon.com/ebs/pricing (worked example E3)': 'aws.amazon.com/ebs/pricing (계산 예 E3)',
  'aws.amazon.com/ebs/pricing (worked example E5)': 'aws.amazon.com/ebs/pricing (계산 예 E5)',
  'aws.amazon.com/ebs/pricing (worked example E6)': 'aws.amazon.com/ebs/pricing (계산 예 E6)',
  'aws.amazon.com/ebs/pricing (worked example E7)': 'aws.amazon.com/ebs/pricing (계산 예 E7)',
  'aws.amazon.com/ebs/pricing (worked example E8)': 'aws.amazon.com/ebs/pricing (계산 예 E8)',
  'S3 User Guide billing example (51200 GB x 0.023)': 'S3 User Guide 청구 예 (51200 GB x 0.023)',
  'S3 User Guide billing example (1700 GB x 0.022)': 'S3 User Guide 청구 예 (1700 GB x 0.022)',
  'AWS Pricing API excerpt (2025-10-28)': 'AWS Pricing API 발췌 (2025-10-28)',
  'AWS Pricing API excerpt quoted in a public repo (2025-10-28)':
    '공개 저장소에 인용된 AWS Pricing API 발췌 (2025-10-28)',
  'AWS Skill Builder S3 pricing lesson': 'AWS Skill Builder S3 요금 강의',
  'AWS Skill Builder S3 pricing lesson (Jan 2022)': 'AWS Skill Builder S3 요금 강의 (2022년 1월)',
  'AWS S3 pricing lesson worked example; Infracost tiers': 'AWS S3 요금 강의의 계산 예; Infracost의 구간',
  'AWS bill line': 'AWS 청구서 항목',
  'AWS bill line (2017)': 'AWS 청구서 항목 (2017)',
  'Seoul AWS bill (2020) and Korean cost catalogue (2026-10-01)':
    '서울 리전 AWS 청구서 (2020)와 한국어 비용 카탈로그 (2026-10-01)',
  'Seoul AWS bill line (to Tokyo) and Korean cost catalogue':
    '서울 리전 AWS 청구서 항목(도쿄로 전송)과 한국어 비용 카탈로그',
  'aws.amazon.com/ec2/pricing/on-demand data transfer section':
    'aws.amazon.com/ec2/pricing/on-demand의 데이터 전송 항목',
  'global allowance: 100 GB per month aggregated across all services and regions (listed under us-east-1 in the curated table); aws.amazon.com/ec2/pricing/on-demand data transfer section':
    '전역 무료 허용량: 모든 서비스와 리전을 합산해 월 100 GB(정리된 표에는 us-east-1 아래에 있음); aws.amazon.com/ec2/pricing/on-demand의 데이터 전송 항목',
  'the Lambda free tier is global (listed under us-east-1 in the curated table); aws.amazon.com/lambda/pricing':
    'Lambda 프리 티어는 모든 리전에 공통(정리된 표에는 us-east-1 아래에 있음); aws.amazon.com/lambda/pricing',
  'aws.amazon.com/lambda/pricing (late-2025 copy)': 'aws.amazon.com/lambda/pricing (2025년 말 사본)',
  // on-demand notes
  'metal size: the transcribed catalogue prices metal like the largest size (11 us-east-1 metal rows differ from the AWS table), so this Seoul price may be wrong':
    '메탈 크기: 옮겨 적은 카탈로그는 메탈을 가장 큰 크기와 같은 가격으로 적습니다(us-east-1 메탈 11개 행이 AWS 표와 다름). 이 서울 가격은 틀릴 수 있습니다',
  // manifest source notes
  'row(s) of pricing-raw/curated/storage-transfer-lambda.csv':
    'pricing-raw/curated/storage-transfer-lambda.csv의 행',
  'generated by the Karpenter project from the EC2 API; the labels hold the specs (resources are Kubernetes allocatable values and are ignored)':
    'Karpenter 프로젝트가 EC2 API로 생성한 목록; 사양은 labels에서 읽음(resources는 Kubernetes 할당 가능량이라 쓰지 않음)',
  'used only where the instance-type reference has no network bandwidth':
    '인스턴스 유형 참조에 네트워크 대역폭이 없을 때만 사용',
  'cross-check only: no table value comes from it; the build prints every mismatch':
    '교차 확인용: 표의 값은 여기서 가져오지 않음; 빌드가 다른 값을 모두 출력함',
  'shared tenancy, no pre-installed software; prices copied with the digits printed in the source':
    '공유 테넌시, 사전 설치 소프트웨어 없음; 가격은 출처에 적힌 자릿수 그대로 복사함',
  'first ap-northeast-2 row per type, copied row by row; every non-metal us-east-1 row of the same file equals the AWS us-east-1 table; metal sizes are priced like the largest size there, so Seoul metal prices are low-confidence':
    '유형마다 첫 ap-northeast-2 행을 한 행씩 옮겨 적음; 같은 파일에서 메탈이 아닌 us-east-1 행은 모두 AWS us-east-1 표와 같음; 메탈 크기는 그 파일에서 가장 큰 크기와 같은 가격이라 서울 메탈 가격은 신뢰도가 낮음',
  'a copy of the public Spot Instance Advisor data; savings are historical averages, not live prices':
    '공개 Spot Instance Advisor 데이터의 사본; 절감률은 실시간 가격이 아니라 과거 평균',
  'on-demand and all 12 RI variants as effective hourly rates (upfront amortised over the term); linux and mswin, shared tenancy':
    '온디맨드와 예약 인스턴스 12가지 모두 유효 시간당 요금(선결제 금액을 기간에 나누어 반영); linux와 mswin, 공유 테넌시',
  'offer publication 2021-02-05; upfront fee (Quantity) and hourly (Hrs) per RI term, digits as published':
    '오퍼 게시일 2021-02-05; 예약 인스턴스 기간별 선결제 금액(Quantity)과 시간당 요금(Hrs), 게시된 자릿수 그대로',
  'checked on x2iedn.32xlarge in all 25 regions (mswin − linux = 128 × 0.046), m5.xlarge us-east-1 (0.376 − 0.192) and c5.xlarge Tokyo (0.398 − 0.214)':
    'x2iedn.32xlarge 25개 리전 전체(mswin − linux = 128 × 0.046), m5.xlarge us-east-1(0.376 − 0.192), c5.xlarge 도쿄(0.398 − 0.214)에서 확인함',
  'figure as quoted in the product brief; no source for the Windows surplus rate':
    '제품 설명서에 인용된 값; Windows 초과 크레딧 요금은 출처 없음',
  'medians over x2iedn.32xlarge (25 regions, Linux) and m5.large us-east-1; see pricing-data/README.md':
    'x2iedn.32xlarge(25개 리전, Linux)와 m5.large us-east-1의 중앙값; pricing-data/README.md 참고',
  'English names checked against the 25 names in the x2iedn.32xlarge card; AZ count only where a source gives it (Seoul: 4, course notes)':
    '영어 이름은 x2iedn.32xlarge 요금표의 이름 25개와 대조함; 가용 영역 수는 출처가 있는 리전만(서울: 4, 강의 자료)',
  // titles of our own (derived or missing) sources; external source names stay as they are
  'Windows licence-included adder per vCPU-hour (derived rule, pricing-raw/curated)':
    'vCPU·시간당 Windows 라이선스 포함 추가 요금 (규칙 계산, pricing-raw/curated)',
  'Typical RI / Savings Plan discounts derived from the exact rate cards (estimate only)':
    '정확한 요금표에서 구한 예약 인스턴스 / 절감형 플랜(Savings Plans) 일반 할인율 (추정값)',
  'AWS Region names (English as in the AWS Price List / console, Korean as in the Korean console)':
    'AWS 리전 이름 (영어는 AWS Price List / 콘솔, 한국어는 한국어 콘솔 표기)',
  'No row in pricing-raw/curated/storage-transfer-lambda.csv for this item':
    'pricing-raw/curated/storage-transfer-lambda.csv에 이 항목의 행이 없음',
  // licence rule and typical-discount table
  'Windows on-demand = Linux on-demand + 0.046 USD per vCPU-hour × vCPUs, for non-burstable types only. derived rule checked on 3 real cards: x2iedn.32xlarge (128 vCPU) all regions; m5.xlarge us-east-1 0.376 vs 0.192; c5.xlarge Tokyo 0.398 vs 0.214.':
    'Windows 온디맨드 = Linux 온디맨드 + vCPU·시간당 0.046 USD × vCPU 수 (버스터블이 아닌 유형만). 실제 요금표 3개로 확인한 규칙: x2iedn.32xlarge(128 vCPU) 전체 리전; m5.xlarge us-east-1 0.376 대 0.192; c5.xlarge 도쿄 0.398 대 0.214.',
  'ESTIMATE: typical discounts versus on-demand derived from two exact rate cards; use only where no exact rate exists and show it as an estimate':
    '추정값: 정확한 요금표 두 개에서 구한 온디맨드 대비 일반 할인율; 정확한 요금이 없을 때만 쓰고 추정값으로 표시함',
};

/** Texts the price updater (tools/prices/update/merge-snapshot.ts) writes, with their Korean. */
const KO_UPDATE_TEXT: readonly (readonly [RegExp, (m: RegExpMatchArray) => string])[] = [
  [/^AWS Price List bulk file: (\S+) (\S+)$/, (m) => `AWS Price List 일괄 파일: ${m[1]} ${m[2]}`],
  [
    /^publication (.+); read from (.+)$/,
    (m) => `게시일 ${m[1] === 'date not stated' ? '없음' : m[1]}; 읽은 곳: ${m[2]}`,
  ],
  [/^(\S+) (\S+) has no price for this item$/, (m) => `${m[1]} ${m[2]}에 이 항목의 가격이 없음`],
];

/** URLs, paths, numbers and codes only (e.g. "aws.amazon.com/lambda/pricing", "10-15%"): the same in Korean. */
function languageNeutral(text: string): boolean {
  return !/[A-Za-z]{2,}/.test(text.replace(/\S*[./\d]\S*/g, ''));
}

/**
 * The Korean of a text from the price tables, or null when none is known: a text the tables may show
 * that gets null here would appear in English in the Korean UI.
 */
export function koreanDataText(text: string): string | null {
  const known = KO_TEXT[text];
  if (known !== undefined) return known;
  for (const [pattern, korean] of KO_UPDATE_TEXT) {
    const match = text.match(pattern);
    if (match) return korean(match);
  }
  return languageNeutral(text) ? text : null;
}

/**
 * A note (or method, label, derived-source title) from the price tables: as written in English, in Korean
 * when known; an unknown text keeps its English in Korean too, rather than vanishing.
 */
export function dataNote(note: string): LocalizedText {
  return { en: note, ko: koreanDataText(note) ?? note };
}
