/**
 * Every trace label, warning and reason, in English and Korean. `{name}` is replaced by a parameter; in Korean,
 * `{name|은}` also adds the particle that fits it (은/는, 이/가, 을/를, 과/와, 으로/로: engine/text/josa.ts).
 */
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
  'usage.monthlySpike': {
    en: 'Extra instance-hours in the monthly spike',
    ko: '월간 피크 시 추가 인스턴스 시간',
  },
  'usage.instanceHours': { en: 'Instance-hours', ko: '인스턴스 시간' },
  // EC2
  'ec2.onDemand': { en: 'On-demand {type} ({os})', ko: '온디맨드 {type} ({os})' },
  'ec2.spotRate': {
    en: 'Spot rate (historical average, {savings}% below on-demand)',
    ko: '스팟 요금(과거 평균, 온디맨드 대비 {savings}% 절감)',
  },
  'ec2.spot': { en: 'Spot {type} ({os})', ko: '스팟 인스턴스 {type} ({os})' },
  'ec2.spotBand': { en: 'Interruption frequency: {band}', ko: '중단 빈도: {band}' },
  'ec2.riUpfront': { en: '{label}: upfront', ko: '{label}: 선결제' },
  'ec2.riRecurring': {
    en: '{label}: hourly fee, every hour of the term',
    ko: '{label}: 약정 기간 매시간 요금',
  },
  'ec2.riEffective': {
    en: 'Effective hourly over the term (upfront spread over {termHours} h)',
    ko: '약정 기간 실효 시간당 요금(선결제를 {termHours}시간에 분산)',
  },
  'ec2.riEstimate': {
    en: 'Estimated rate: on-demand × (1 − typical discount {discount}%)',
    ko: '추정 요금: 온디맨드 × (1 − 일반 할인율 {discount}%)',
  },
  'ec2.spCommitment': { en: 'Commitment per hour', ko: '시간당 약정 금액' },
  'ec2.spUpfront': { en: '{label}: upfront', ko: '{label}: 선결제' },
  'ec2.spRecurring': {
    en: '{label}: monthly commitment',
    ko: '{label}: 월 약정 금액',
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
    ko: '객체당 오버헤드: 객체당 8 KB(S3 Standard 요금)',
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
  unavailable: { en: 'No price: {what} in {region}. {detail}', ko: '가격 없음: {region}의 {what}. {detail}' },
  'total.monthly': { en: 'Monthly', ko: '월 요금' },
  'total.upfront': { en: 'Upfront', ko: '선결제' },
  note: { en: '{text}', ko: '{text}' },
  // reasons and warnings
  'reason.unknownType': {
    en: 'Instance type {type} is not in the catalogue',
    ko: '인스턴스 유형 {type|이} 카탈로그에 없습니다',
  },
  'reason.unknownTypeSimilar': {
    en: 'Instance type {type} is not in the catalogue. Similar types: {similar}',
    ko: '인스턴스 유형 {type|이} 카탈로그에 없습니다. 비슷한 유형: {similar}',
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
    en: 'Unpriced lines: {count}; the total is incomplete',
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
    ko: '{line}: {option|은} 월 {hours}시간 전체가 과금되지만 사용 패턴은 인스턴스당 {used}시간입니다',
  },
  'warn.spikeOverMonth': {
    en: '{line}: the monthly spike of {spike} h is longer than the {hours}-h month: counted as {hours} h',
    ko: '{line}: 월간 피크 {spike}시간이 한 달 {hours}시간보다 길어 {hours}시간으로 계산합니다',
  },
  'warn.tStandardThrottled': {
    en: '{line}: average CPU {average}% is above the {baseline}% baseline in Standard mode: the instance will be throttled',
    ko: '{line}: 표준 모드에서 평균 CPU {average}%가 기준 {baseline}%를 넘어 성능이 제한됩니다',
  },
  'warn.notBurstable': {
    en: '{line}: {type} is not a burstable (T) type: "burstable" is ignored',
    ko: '{line}: {type|은} 버스터블(T) 유형이 아니므로 버스터블 설정을 무시합니다',
  },
  'warn.noSnapshotPriceRegion': {
    en: '{line}: inter-region rate for {region} is the source-region rate to any region',
    ko: '{line}: {region} 리전 간 요금은 출발 리전의 일반 요금입니다',
  },
  // what a missing price is for (the {what} of unavailable steps and reasons)
  'what.ec2': { en: '{option} {type} {os}', ko: '{type} {os} {option}' },
  'what.ec2Peak': { en: 'on-demand {type} {os} (peak hours)', ko: '{type} {os} 온디맨드(피크 시간)' },
  'what.dedicated': { en: '{type} dedicated', ko: '{type} 전용 테넌시' },
  'what.tSurplus': { en: 'T Unlimited surplus credits', ko: 'T 무제한 잉여 크레딧' },
  'what.s3Requests': { en: '{storageClass} {requests}', ko: '{storageClass} {requests}' },
  'what.s3Retrieval': { en: '{storageClass} retrieval', ko: '{storageClass} 검색' },
  'what.curated': { en: '{service} {key}', ko: '{service} {key}' },
  // price quotes: where a rate comes from (English = the quote's `explanation`)
  'snapshot.label': { en: 'snapshot {id}', ko: '스냅샷 {id}' },
  'quote.onDemand': {
    en: 'On-demand Linux {rate}/h for {type} in {region} from {source}{note}',
    ko: '{region} {type} 온디맨드 Linux 요금 {rate}/시간, 출처: {source}{note}',
  },
  'quote.dataNote': { en: ' ({text})', ko: ' ({text})' },
  'quote.windows': {
    en: 'Linux {rate}/h ({source}{note}) + {adder}',
    ko: 'Linux {rate}/시간({source}{note}) + {adder}',
  },
  'quote.windowsAdder': {
    en: 'Windows licence adder {perVcpu} × {vcpu} vCPU = {perHour}/h',
    ko: 'Windows 라이선스 추가 요금 {perVcpu} × vCPU {vcpu}개 = {perHour}/시간',
  },
  'quote.spot': {
    en: 'historical average: on-demand {onDemand}/h × (1 − {savings}%) = {hourly}/h; interruption frequency {band} ({source}, {asOf})',
    ko: '과거 평균: 온디맨드 {onDemand}/시간 × (1 − {savings}%) = {hourly}/시간; 중단 빈도 {band} ({source}, {asOf})',
  },
  'quote.riWhat': {
    en: '{term} {class} RI, {payment}, {os}, {type} in {region}',
    ko: '{region} {type} {os}, {term} {class} 예약 인스턴스, {payment}',
  },
  'quote.spWhat': {
    en: '{term} {planType} Savings Plan, {payment}, {os}, {type} in {region}',
    ko: '{region} {type} {os}, {term} {planType} 절감형 플랜(Savings Plans), {payment}',
  },
  'quote.riSplit': {
    en: '{what}: upfront {upfront} + {hourly}/h ({source})',
    ko: '{what}: 선결제 {upfront} + {hourly}/시간({source})',
  },
  'quote.riEffective': {
    en: '{what}: effective {rate}/h ({source}); {split}',
    ko: '{what}: 실효 요금 {rate}/시간({source}); {split}',
  },
  'quote.noUpfront': { en: 'no upfront', ko: '선결제 없음' },
  'quote.splitEstimated': {
    en: 'upfront/hourly split estimated with upfront share {share} (the source gives only the effective rate)',
    ko: '선결제/시간당 요금 분할은 선결제 비율 {share|으로} 추정(출처에는 실효 요금만 있음)',
  },
  'quote.spExact': { en: '{what}: {rate}/h ({source})', ko: '{what}: {rate}/시간({source})' },
  'quote.estimate': {
    en: 'ESTIMATE, no exact rate in {snapshot}: {what}: Linux on-demand {rate}/h × (1 − typical discount {discount}){licence}; upfront share {share} ({samples} sample cards)',
    ko: '추정치({snapshot}에 정확한 요금 없음): {what}: Linux 온디맨드 {rate}/시간 × (1 − 일반 할인율 {discount}){licence}; 선결제 비율 {share}(요금표 표본 {samples}개)',
  },
  'quote.licenceNotDiscounted': {
    en: ' + {adder} (licence not discounted)',
    ko: ' + {adder}(라이선스 요금은 할인 없음)',
  },
  // why a quote is unavailable (English = the quote's `reason`)
  'reason.unknownRegion': { en: 'unknown region "{region}"', ko: '알 수 없는 리전 "{region}"' },
  'reason.unknownInstanceType': {
    en: 'unknown instance type "{type}": not in the EC2 catalogue of {snapshot}',
    ko: '알 수 없는 인스턴스 유형 "{type}": {snapshot}의 EC2 카탈로그에 없습니다',
  },
  'reason.windowsBurstable': {
    en: 'Windows price for burstable {type} is unavailable: T types need a real Windows rate and {snapshot} has none (the per-vCPU adder rule applies to non-burstable types only)',
    ko: '버스터블 {type}의 Windows 가격이 없습니다: T 유형에는 실제 Windows 요금이 필요한데 {snapshot}에는 없습니다(vCPU당 추가 요금 규칙은 버스터블이 아닌 유형에만 적용)',
  },
  'reason.noOnDemand': {
    en: 'no on-demand Linux price for {type} in {region} in {snapshot} (it has on-demand prices for {types} in {region}); run the price update to fetch it',
    ko: '{snapshot}에는 {region}의 {type} 온디맨드 Linux 가격이 없습니다({region}의 온디맨드 가격은 {types}뿐); 가격 업데이트를 실행해 받아 오세요',
  },
  'reason.noSpotEntry': {
    en: 'the Spot Instance Advisor data in {snapshot} has no {os} entry for {type} in {region}',
    ko: '{snapshot}의 Spot Instance Advisor 데이터에 {region} {type} {os} 항목이 없습니다',
  },
  'reason.spotNoOnDemand': {
    en: 'spot savings are known ({savings}% off on-demand, interruption {band}) but the on-demand price is not: {reason}',
    ko: '스팟 절감률(온디맨드 대비 {savings}% 절감, 중단 빈도 {band})은 있지만 온디맨드 가격이 없습니다: {reason}',
  },
  'reason.noUpfrontShare': {
    en: '{what}: no upfront share to split the effective rate {rate}/h',
    ko: '{what}: 실효 요금 {rate}/시간을 나눌 선결제 비율이 없습니다',
  },
  'reason.noTypicalDiscount': {
    en: '{what}: no typical discount in {snapshot}',
    ko: '{what}: {snapshot}에 일반 할인율이 없습니다',
  },
  'reason.noEstimateBase': {
    en: '{what}: no exact rate and no on-demand Linux price for {type} in {region} to estimate from ({snapshot})',
    ko: '{what}: 정확한 요금이 없고, 추정의 기준이 될 {region} {type} 온디맨드 Linux 가격도 없습니다({snapshot})',
  },
  'reason.noSurplusRate': {
    en: 'no T Unlimited surplus rate for {os} in {snapshot}',
    ko: '{snapshot}에 {os} T 무제한 잉여 크레딧 요금이 없습니다',
  },
  'reason.curatedNoRegion': {
    en: '{snapshot} has no {service} prices for {region}',
    ko: '{snapshot}에는 {region}의 {service} 가격이 없습니다',
  },
  'reason.curatedUnknownKey': {
    en: 'unknown {service} price key "{key}" (known keys: {known})',
    ko: '알 수 없는 {service} 가격 키 "{key}"(알려진 키: {known})',
  },
  'reason.curatedNoSource': {
    en: '{label} ({service}, {region}) has no source in {snapshot}{note}',
    ko: '{snapshot}에는 {region}의 {label}({service}) 가격 출처가 없습니다{note}',
  },
  'reason.curatedNote': { en: ': {text}', ko: ' (출처 메모: {text})' },
  'reason.s3Requests': {
    en: 'request prices for {storageClass} are not in this snapshot (only S3 Standard request prices are)',
    ko: '이 스냅샷에는 {storageClass} 요청 가격이 없습니다(S3 Standard 요청 가격만 있음)',
  },
  'reason.s3Retrieval': {
    en: 'no retrieval price for {storageClass} in this snapshot',
    ko: '이 스냅샷에는 {storageClass} 검색 요금이 없습니다',
  },
  'reason.exerciseNoEstimates': {
    en: '{option} for {type}: only an estimate exists and this exercise does not allow estimates',
    ko: '{type} {option}: 추정치만 있는데 이 문제는 추정치를 허용하지 않습니다',
  },
  // generated line descriptions (English = LineResult.description)
  'describe.ec2': {
    en: '{count} × {type} {os}, {usage}, {option}',
    ko: '{count} × {type} {os}, {usage}, {option}',
  },
  'describe.hours': { en: '{hours} h/month', ko: '월 {hours}시간' },
  'describe.utilization': { en: '{percent}% of the month', ko: '월의 {percent}%' },
  'describe.weekly': { en: '{days} days/week {start}–{end} h', ko: '주 {days}일 {start}–{end}시' },
  'describe.peak': {
    en: '{count} baseline, {peak} for {hours} h/day',
    ko: '기본 {count}대, 하루 {hours}시간 {peak}대',
  },
  'describe.monthlySpike': {
    en: '{count} baseline, {peak} for {hours} h/month',
    ko: '기본 {count}대, 월 {hours}시간 {peak}대',
  },
  'describe.ebs': {
    en: '{count} × {volumeType} {size} GB{iops}{throughput}{snapshots}',
    ko: '{count} × {volumeType} {size} GB{iops}{throughput}{snapshots}',
  },
  'describe.iops': { en: ', {iops} IOPS', ko: ', {iops} IOPS' },
  'describe.throughput': { en: ', {throughput} MB/s', ko: ', {throughput} MB/s' },
  'describe.s3': { en: 'S3 {storageClass} {gb} GB{objects}', ko: '{storageClass} {gb} GB{objects}' },
  'describe.objects': { en: ', {objects} objects', ko: ', 객체 {objects}개' },
  'describe.transfer': { en: 'Data transfer: {parts}', ko: '데이터 전송: {parts}' },
  'describe.internetOut': { en: '{gb} GB to internet', ko: '인터넷 송신 {gb} GB' },
  'describe.interRegion': { en: '{gb} GB to {region}', ko: '{region|으로} {gb} GB' },
  'describe.interAz': { en: '{gb} GB inter-AZ', ko: '가용 영역 간 {gb} GB' },
  'describe.internetIn': { en: '{gb} GB in', ko: '수신 {gb} GB' },
  'describe.lambda': {
    en: 'Lambda {architecture} {memory} MB, {requests} requests × {duration} ms',
    ko: 'Lambda {architecture} {memory} MB, 요청 {requests}건 × {duration} ms',
  },
  // composition
  'usage.days': { en: '{first}–{last}', ko: '{first}–{last}' },
  'list.comma': { en: '{first}, {rest}', ko: '{first}, {rest}' },
} as const satisfies Record<string, { en: string; ko: string }>;

export type MessageKey = keyof typeof MESSAGES;
