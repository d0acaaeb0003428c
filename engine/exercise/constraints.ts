/** Checks of one answer against the exercise's constraints and the workload's needs, each with its text. */
import type { InstanceType } from '../../pricing-data/schema';
import { isReplacementFamily, purchaseKey } from '../rightsizing';
import { purchaseLabel } from '../csv/labels';
import { formatMessage, formatUsd, groupDigits } from '../trace/format';
import type { Purchase } from '../scenario/schema';
import type { AnswerCostResult } from './answer-cost';
import type { Exercise } from './schema';
import type { WorkloadNeeds } from './workload-needs';
import { withJosa } from '../text/josa';
import { counted } from '../text/plural';

export type CheckId =
  | 'known-type'
  | 'purchase-allowed'
  | 'spot-interruptible'
  | 'architecture'
  | 'family'
  | 'burstable-allowed'
  | 'burstable-baseline'
  | 'same-hardware-kind'
  | 'min-instances'
  | 'cpu-capacity'
  | 'memory-capacity'
  | 'min-vcpu'
  | 'min-memory'
  | 'priced'
  | 'budget';

export interface Check {
  id: CheckId;
  ok: boolean;
  en: string;
  ko: string;
}

export function minInstances(exercise: Exercise): number {
  return Math.max(exercise.constraints.minInstances, exercise.constraints.availabilityZones);
}

export function samePurchase(a: Purchase, b: Purchase): boolean {
  return purchaseKey(a) === purchaseKey(b);
}

/** Type-level checks (no count, no price): used to prune the best-answer search too. */
export function typeAllowed(exercise: Exercise, needs: WorkloadNeeds, type: InstanceType): boolean {
  const c = exercise.constraints;
  return (
    c.architectures.includes(type.arch) &&
    (!c.families || c.families.includes(type.family)) &&
    (c.burstableAllowed || !type.burstable) &&
    isReplacementFamily(type, needs.current) &&
    (c.minVcpu === undefined || type.vcpu >= c.minVcpu) &&
    (c.minMemoryGiB === undefined || type.memoryGiB >= c.minMemoryGiB)
  );
}

/** Capacity the answer provides against the requirement: per instance (single) or all together (horizontal). */
export function capacity(needs: WorkloadNeeds, type: InstanceType, count: number) {
  const k = needs.workload.scaling === 'horizontal' ? count : 1;
  return { vcpu: type.vcpu * k, memoryGiB: type.memoryGiB * k };
}

export function checkAnswer(
  exercise: Exercise,
  needs: WorkloadNeeds,
  type: InstanceType,
  count: number,
  purchase: Purchase,
  cost: AnswerCostResult,
): Check[] {
  const c = exercise.constraints;
  const w = needs.workload;
  const checks: Check[] = [];
  const add = (id: CheckId, ok: boolean, en: string, ko: string) => checks.push({ id, ok, en, ko });
  const label = purchaseKey(purchase);

  add(
    'purchase-allowed',
    exercise.purchaseOptions.some((p) => samePurchase(p, purchase)),
    `purchase option ${label} is ${exercise.purchaseOptions.some((p) => samePurchase(p, purchase)) ? '' : 'not '}offered in this exercise`,
    `구매 옵션 ${withJosa(purchaseLabel(purchase, 'ko'), '은')} 이 문제에서 ${exercise.purchaseOptions.some((p) => samePurchase(p, purchase)) ? '선택할 수 있습니다' : '선택할 수 없습니다'}`,
  );
  if (purchase.option === 'spot') {
    add(
      'spot-interruptible',
      w.interruptible,
      w.interruptible
        ? 'Spot suits this interruptible work'
        : 'this workload cannot be interrupted: Spot instances can be reclaimed with 2 minutes notice',
      w.interruptible
        ? '중단 가능한 작업이라 스팟 인스턴스가 맞습니다'
        : '이 워크로드는 중단되면 안 됩니다: 스팟 인스턴스는 2분 전 알림 후 회수될 수 있습니다',
    );
  }
  add(
    'architecture',
    c.architectures.includes(type.arch),
    `${type.type} is ${type.arch}; allowed: ${c.architectures.join(', ')}`,
    `${withJosa(type.type, '은')} ${type.arch}입니다; 허용: ${c.architectures.join(', ')}`,
  );
  if (c.families) {
    add(
      'family',
      c.families.includes(type.family),
      `family ${type.family}; allowed: ${c.families.join(', ')}`,
      `인스턴스 패밀리 ${type.family}; 허용: ${c.families.join(', ')}`,
    );
  }
  if (type.burstable) {
    add(
      'burstable-allowed',
      c.burstableAllowed,
      c.burstableAllowed ? 'burstable (T) types are allowed' : 'burstable (T) types are not allowed here',
      c.burstableAllowed
        ? '버스터블(T) 유형을 쓸 수 있습니다'
        : '이 문제에서는 버스터블(T) 유형을 쓸 수 없습니다',
    );
    if (cost.status === 'priced') {
      add(
        'burstable-baseline',
        !cost.throttled,
        cost.throttled
          ? `average CPU is above ${type.type}'s baseline and ${type.family} runs in Standard mode: it would be throttled`
          : `${type.type}'s CPU credits cover the average load${cost.surplusMonthly.isZero() ? '' : ' in Unlimited mode (surplus charged)'}`,
        cost.throttled
          ? `평균 CPU가 ${type.type}의 기준 성능보다 높고 ${withJosa(type.family, '은')} 표준 모드라 성능이 제한됩니다`
          : `${type.type}의 CPU 크레딧으로 평균 부하를 감당합니다${cost.surplusMonthly.isZero() ? '' : ' (무제한 모드 잉여 크레딧 요금 포함)'}`,
      );
    }
  }
  if (!isReplacementFamily(type, needs.current)) {
    add(
      'same-hardware-kind',
      false,
      `${type.type} changes the hardware kind (GPU, accelerator, local NVMe, bare metal or HPC) of ${needs.current.type}`,
      `${withJosa(type.type, '은')} ${needs.current.type}의 하드웨어 종류(GPU, 가속기, 로컬 NVMe, 베어 메탈, HPC)를 바꿉니다`,
    );
  }
  const min = minInstances(exercise);
  add(
    'min-instances',
    count >= min,
    `${counted(count, 'instance')}; at least ${min} needed${c.availabilityZones > 1 ? ` (one per Availability Zone, ${c.availabilityZones} AZs)` : ''}`,
    `인스턴스 ${count}개; 최소 ${min}개 필요${c.availabilityZones > 1 ? ` (가용 영역 ${c.availabilityZones}개에 하나씩)` : ''}`,
  );
  const cap = capacity(needs, type, count);
  const scope =
    w.scaling === 'horizontal' ? { en: 'together', ko: '합계' } : { en: 'per instance', ko: '인스턴스당' };
  add(
    'cpu-capacity',
    cap.vcpu >= needs.req.vcpu,
    `${cap.vcpu} vCPU ${scope.en} for ${needs.req.vcpu} vCPU required`,
    `필요 ${needs.req.vcpu} vCPU에 ${scope.ko} ${cap.vcpu} vCPU`,
  );
  add(
    'memory-capacity',
    cap.memoryGiB >= needs.req.memoryGiB,
    `${cap.memoryGiB} GiB ${scope.en} for ${needs.req.memoryGiB} GiB required`,
    `필요 ${needs.req.memoryGiB} GiB에 ${scope.ko} ${cap.memoryGiB} GiB`,
  );
  if (c.minVcpu !== undefined) {
    add(
      'min-vcpu',
      type.vcpu >= c.minVcpu,
      `${type.vcpu} vCPU per instance, minimum ${c.minVcpu}`,
      `인스턴스당 ${type.vcpu} vCPU, 최소 ${c.minVcpu}`,
    );
  }
  if (c.minMemoryGiB !== undefined) {
    add(
      'min-memory',
      type.memoryGiB >= c.minMemoryGiB,
      `${type.memoryGiB} GiB per instance, minimum ${c.minMemoryGiB}`,
      `인스턴스당 ${type.memoryGiB} GiB, 최소 ${c.minMemoryGiB}`,
    );
  }
  if (cost.status !== 'priced') {
    add(
      'priced',
      false,
      `no price for this answer: ${cost.reason}`,
      `이 답의 가격이 없습니다: ${formatMessage(cost.message, 'ko')}`,
    );
  } else if (c.budgetMonthly !== undefined) {
    const within = cost.monthlyAverage.lessThanOrEqualTo(c.budgetMonthly);
    add(
      'budget',
      within,
      `${formatUsd(cost.monthlyAverage)} per month on average; budget $${groupDigits(c.budgetMonthly)}`,
      `월평균 ${formatUsd(cost.monthlyAverage)}; 예산 $${groupDigits(c.budgetMonthly)}`,
    );
  }
  return checks;
}
