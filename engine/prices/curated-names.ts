/**
 * Korean names of the curated price items (EBS, S3, data transfer, Lambda) and of the notes the bundled
 * tables attach to missing prices. English stays the table's own label or note; a key or note this list
 * does not know keeps its English text in Korean too (a newer table may add items).
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

const KO_NOTES: Readonly<Record<string, string>> = {
  'NOT FOUND': '찾지 못함',
  'NOT FOUND in any stored source': '저장된 어느 출처에서도 찾지 못함',
  'no row in the curated table: no source found': '정리된 표에 행이 없음: 출처를 찾지 못함',
  'CONFLICTING sources (0.0174 / 0.018 / 0.0285 / 0.029): treat as unavailable':
    '출처끼리 값이 다름(0.0174 / 0.018 / 0.0285 / 0.029): 가격 없음으로 처리',
  'metal size: the transcribed catalogue prices metal like the largest size (11 us-east-1 metal rows differ from the AWS table), so this Seoul price may be wrong':
    '메탈 크기: 옮겨 적은 카탈로그는 메탈을 가장 큰 크기와 같은 가격으로 적습니다(us-east-1 메탈 11개 행이 AWS 표와 다름). 이 서울 가격은 틀릴 수 있습니다',
};

/** A note from the price tables: as written in English, translated in Korean when known. */
export function dataNote(note: string): LocalizedText {
  return { en: note, ko: KO_NOTES[note] ?? note };
}
