/** Every trace label, warning and reason, in English and Korean. `{name}` is replaced by a parameter. */
export const MESSAGES = {
  // usage
  'usage.alwaysOn': { en: 'Hours per instance (always on)', ko: '인스턴스당 사용 시간(상시 가동)' },
  'usage.hours': { en: 'Hours per instance (entered)', ko: '인스턴스당 사용 시간(입력값)' },
  'usage.weekly': {
    en: 'Hours per instance (schedule {days} {start}–{end})',
    ko: '인스턴스당 사용 시간(일정 {days} {start}–{end})',
  },
  'usage.utilization': {
    en: 'Hours per instance ({percent}% of the month)',
    ko: '인스턴스당 사용 시간(월의 {percent}%)',
  },
  'usage.baseline': { en: 'Baseline instance-hours', ko: '기본 인스턴스 시간' },
  'usage.peak': { en: 'Extra instance-hours at peak', ko: '피크 시 추가 인스턴스 시간' },
  'usage.instanceHours': { en: 'Instance-hours', ko: '인스턴스 시간' },
  // EC2
  'ec2.onDemand': { en: 'On-demand {type} ({os})', ko: '온디맨드 {type} ({os})' },
  'ec2.spotRate': {
    en: 'Spot rate (historical average, {savings}% below on-demand)',
    ko: '스팟 요금(과거 평균, 온디맨드 대비 {savings}% 절감)',
  },
  'ec2.spot': { en: 'Spot {type} ({os})', ko: '스팟 인스턴스 {type} ({os})' },
  'ec2.spotBand': { en: 'Interruption frequency: {band}', ko: '중단 빈도: {band}' },
  'ec2.riUpfront': { en: 'Reserved {label}: upfront', ko: '예약 인스턴스 {label}: 선결제' },
  'ec2.riRecurring': {
    en: 'Reserved {label}: hourly fee, every hour of the term',
    ko: '예약 인스턴스 {label}: 약정 기간 매시간 요금',
  },
  'ec2.riEffective': {
    en: 'Effective hourly over the term (upfront spread over {termHours} h)',
    ko: '약정 기간 실효 시간당 요금(선결제를 {termHours}시간에 분산)',
  },
  'ec2.riEstimate': {
    en: 'Estimated rate: on-demand × (1 − typical discount {discount}%)',
    ko: '추정 요금: 온디맨드 × (1 − 일반 할인율 {discount}%)',
  },
  'ec2.spRate': { en: 'Savings Plan rate {label}', ko: 'Savings Plans 요금 {label}' },
  'ec2.spCommitment': { en: 'Commitment per hour', ko: '시간당 약정 금액' },
  'ec2.spUpfront': { en: 'Savings Plan {label}: upfront', ko: 'Savings Plans {label}: 선결제' },
  'ec2.spRecurring': {
    en: 'Savings Plan {label}: monthly commitment',
    ko: 'Savings Plans {label}: 월 약정 금액',
  },
  'ec2.overflowOnDemand': {
    en: 'Peak hours above the commitment, at on-demand',
    ko: '약정 초과 피크 시간(온디맨드)',
  },
  'ec2.tBaseline': {
    en: '{type} baseline: {credits} credits/h ÷ {vcpu} vCPU ÷ 60 = {baseline}% per vCPU',
    ko: '{type} 기준 성능: 시간당 {credits} 크레딧 ÷ vCPU {vcpu}개 ÷ 60 = vCPU당 {baseline}%',
  },
  'ec2.tSurplus': {
    en: 'T Unlimited surplus: (average {average}% − baseline {baseline}%) × vCPU × hours × rate',
    ko: 'T 무제한 잉여 크레딧: (평균 {average}% − 기준 {baseline}%) × vCPU × 시간 × 요금',
  },
  'ec2.tWithinBaseline': {
    en: 'Average CPU {average}% is within the {baseline}% baseline: no surplus charge',
    ko: '평균 CPU {average}%가 기준 {baseline}% 이내: 추가 요금 없음',
  },
  // EBS
  'ebs.monthFraction': {
    en: 'Share of the month (EBS bills per second on a 30-day month: {hours} h ÷ 720 h)',
    ko: '월 사용 비율(EBS는 30일 기준 초 단위 과금: {hours}시간 ÷ 720시간)',
  },
  'ebs.storage': { en: '{volumeType} storage', ko: '{volumeType} 스토리지' },
  'ebs.includedIops': { en: 'gp3 includes 3,000 IOPS and 125 MB/s', ko: 'gp3는 3,000 IOPS와 125 MB/s 포함' },
  'ebs.iops': { en: '{volumeType} provisioned IOPS', ko: '{volumeType} 프로비저닝된 IOPS' },
  'ebs.iopsTier': { en: 'io2 IOPS tier {tier} (per volume)', ko: 'io2 IOPS {tier} 구간(볼륨별)' },
  'ebs.throughput': { en: 'gp3 throughput above 125 MB/s', ko: 'gp3 125 MB/s 초과 처리량' },
  'ebs.gp2Iops': {
    en: 'gp2 performance: 3 IOPS per GB = {iops} IOPS',
    ko: 'gp2 성능: GB당 3 IOPS = {iops} IOPS',
  },
  'ebs.snapshotBase': {
    en: 'Snapshot: first full copy, kept all month',
    ko: '스냅샷: 최초 전체 복사본(한 달 내내 보관)',
  },
  'ebs.snapshotIncrements': {
    en: 'Snapshot: daily changed blocks, each kept {retention} of 30 days',
    ko: '스냅샷: 일일 변경 블록, 각각 30일 중 {retention}일 보관',
  },
  'ebs.snapshotCharge': { en: 'Snapshot storage', ko: '스냅샷 스토리지' },
  // S3
  's3.billableGb': { en: 'Billable GB-months', ko: '과금 GB-월' },
  's3.minimumSize': {
    en: 'Minimum billable object size {minKB} KB: {objects} objects of {averageKB} KB padded',
    ko: '최소 과금 객체 크기 {minKB} KB: 평균 {averageKB} KB 객체 {objects}개 보정',
  },
  's3.storageTier': { en: '{storageClass} storage, tier {tier}', ko: '{storageClass} 스토리지, {tier} 구간' },
  's3.storage': { en: '{storageClass} storage', ko: '{storageClass} 스토리지' },
  's3.overheadStandard': {
    en: 'Per-object overhead: 8 KB per object at the Standard rate',
    ko: '객체당 오버헤드: 객체당 8 KB(Standard 요금)',
  },
  's3.overheadArchive': {
    en: 'Per-object overhead: 32 KB per object at the {storageClass} rate',
    ko: '객체당 오버헤드: 객체당 32 KB({storageClass} 요금)',
  },
  's3.earlyDelete': {
    en: 'Early delete: kept {retention} d of the {minimum}-day minimum, data replaced every {retention} d',
    ko: '조기 삭제: 최소 {minimum}일 중 {retention}일 보관, {retention}일마다 교체',
  },
  's3.putRequests': { en: 'PUT/COPY/POST/LIST requests', ko: 'PUT/COPY/POST/LIST 요청' },
  's3.getRequests': { en: 'GET/SELECT requests', ko: 'GET/SELECT 요청' },
  's3.retrieval': { en: '{storageClass} retrieval', ko: '{storageClass} 검색(조회) 요금' },
  's3.monitoring': {
    en: 'Intelligent-Tiering monitoring (objects ≥ 128 KB)',
    ko: 'Intelligent-Tiering 모니터링(128 KB 이상 객체)',
  },
  's3.notMonitored': {
    en: 'Objects under 128 KB are not monitored (no monitoring fee)',
    ko: '128 KB 미만 객체는 모니터링 제외(요금 없음)',
  },
  // data transfer
  'transfer.free': {
    en: 'Internet out free allowance (100 GB per month across the estimate): {used} GB used here',
    ko: '인터넷 송신 무료 허용량(견적 전체 월 100 GB): 여기서 {used} GB 사용',
  },
  'transfer.outTier': { en: 'Internet out, tier {tier}', ko: '인터넷 송신, {tier} 구간' },
  'transfer.interRegion': { en: 'Inter-region out to {destination}', ko: '리전 간 송신({destination})' },
  'transfer.interAz': { en: 'Inter-AZ, both directions', ko: '가용 영역 간(양방향)' },
  'transfer.in': { en: 'Internet in: free', ko: '인터넷 수신: 무료' },
  // Lambda
  'lambda.gbSeconds': { en: 'Compute (GB-seconds)', ko: '컴퓨팅(GB-초)' },
  'lambda.freeCompute': {
    en: 'Free tier: {free} GB-s per month across the estimate',
    ko: '프리 티어: 견적 전체 월 {free} GB-초',
  },
  'lambda.freeRequests': {
    en: 'Free tier: {free} requests per month across the estimate',
    ko: '프리 티어: 견적 전체 월 {free}건 요청',
  },
  'lambda.compute': { en: 'Duration ({architecture})', ko: '실행 시간({architecture})' },
  'lambda.requests': { en: 'Requests', ko: '요청' },
  // common
  source: {
    en: 'Price source: {title} ({asOf}; {basis}; snapshot {snapshot})',
    ko: '가격 출처: {title} ({asOf}; {basis}; 스냅샷 {snapshot})',
  },
  'basis.exact': { en: 'exact', ko: '정확' },
  'basis.derived-rule': { en: 'derived rule', ko: '규칙으로 산출' },
  'basis.estimate': { en: 'estimate', ko: '추정' },
  unavailable: { en: 'No price: {what} in {region}. {detail}', ko: '가격 없음: {region}의 {what}. {detail}' },
  'total.monthly': { en: 'Monthly', ko: '월 요금' },
  'total.upfront': { en: 'Upfront', ko: '선결제' },
  note: { en: '{text}', ko: '{text}' },
  // reasons and warnings
  'reason.unknownType': {
    en: 'Instance type {type} is not in the catalogue',
    ko: '인스턴스 유형 {type}이(가) 카탈로그에 없습니다',
  },
  'reason.noPrice': {
    en: 'No price for {what} in {region}: {detail}',
    ko: '{region}의 {what} 가격 없음: {detail}',
  },
  'reason.dedicated': {
    en: 'No dedicated-tenancy price for {type} in {region} in this snapshot',
    ko: '이 스냅샷에는 {region}의 {type} 전용 테넌시 가격이 없습니다',
  },
  'reason.estimateNotAllowed': {
    en: 'No exact {what} rate for {type} in {region}; only an estimate exists (turn on "allow labelled estimates")',
    ko: '{region}의 {type} {what} 정확한 요금이 없고 추정치만 있습니다("추정치 허용"을 켜세요)',
  },
  'warn.incomplete': {
    en: '{count} line(s) unpriced: the total is incomplete',
    ko: '가격 없는 항목 {count}개: 합계가 불완전합니다',
  },
  'warn.estimate': {
    en: '{line}: uses an estimated price ({detail})',
    ko: '{line}: 추정 가격 사용({detail})',
  },
  'warn.lowConfidence': {
    en: '{line}: price has low confidence ({detail})',
    ko: '{line}: 신뢰도 낮은 가격({detail})',
  },
  'warn.commitmentUnused': {
    en: '{line}: {option} is billed for all {hours} h of the month but the usage pattern uses {used} h per instance',
    ko: '{line}: {option}은(는) 월 {hours}시간 전체가 과금되지만 사용 패턴은 인스턴스당 {used}시간입니다',
  },
  'warn.tStandardThrottled': {
    en: '{line}: average CPU {average}% is above the {baseline}% baseline in Standard mode: the instance will be throttled',
    ko: '{line}: Standard 모드에서 평균 CPU {average}%가 기준 {baseline}%를 넘어 성능이 제한됩니다',
  },
  'warn.notBurstable': {
    en: '{line}: {type} is not a burstable (T) type: "burstable" is ignored',
    ko: '{line}: {type}은(는) 버스트(T) 유형이 아니므로 "burstable" 설정을 무시합니다',
  },
  'warn.noSnapshotPriceRegion': {
    en: '{line}: inter-region rate for {region} is the source-region rate to any region',
    ko: '{line}: {region} 리전 간 요금은 출발 리전의 일반 요금입니다',
  },
} as const satisfies Record<string, { en: string; ko: string }>;

export type MessageKey = keyof typeof MESSAGES;
