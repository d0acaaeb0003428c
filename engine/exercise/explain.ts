/**
 * The plain-language "why" of a grade, in English and Korean: what the workload needs and how that was
 * computed, which requirement binds the best type, which purchase option wins over the horizon (with every
 * allowed option's cost), the break-even of commitments, and how the student's answer compares.
 */
import type Decimal from 'decimal.js';
import { percent } from '../money/rounding';
import { formatUsd } from '../trace/format';
import { OPTION_WORDS, PURCHASE_CODE_TERMS } from '../trace/terms';
import { answerCost, type AnswerCost } from './answer-cost';
import type { Check } from './constraints';
import type { PreparedExercise, PreparedWorkload } from './prepare';
import { withJosa } from '../text/josa';

export interface Explanation {
  en: string[];
  ko: string[];
}

const KO = PURCHASE_CODE_TERMS;

export function optionText(cost: Pick<AnswerCost, 'purchase'>): { en: string; ko: string } {
  const p = cost.purchase;
  switch (p.option) {
    case 'on-demand':
      return { en: 'on-demand', ko: OPTION_WORDS['on-demand'].ko };
    case 'spot':
      return { en: 'Spot', ko: '스팟 인스턴스' };
    case 'reserved':
      return {
        en: `${p.term === '1yr' ? '1-year' : '3-year'} ${p.offeringClass} RI, ${p.payment.replace('-', ' ')}`,
        ko: `${KO[p.term].ko} ${KO[p.offeringClass].ko} 예약 인스턴스, ${KO[p.payment].ko}`,
      };
    case 'savings-plan':
      return {
        en: `${p.term === '1yr' ? '1-year' : '3-year'} ${p.planType === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan, ${p.payment.replace('-', ' ')}`,
        ko: `${KO[p.term].ko} ${KO[p.planType].ko} ${OPTION_WORDS['savings-plan'].ko}, ${KO[p.payment].ko}`,
      };
  }
}

const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

function needsLines(w: PreparedWorkload, prepared: PreparedExercise): Explanation {
  const { profile, req, current } = w.needs;
  const { cpuHeadroomPct, memoryHeadroomPct } = prepared.exercise.rightsizing;
  const cpu = `${profile.cpuThresholdLabel} CPU ${pct(profile.cpuThresholdPct)} × ${current.vcpu} vCPU ÷ (1 − ${cpuHeadroomPct}%) = ${req.vcpu} vCPU`;
  const memEn = req.memoryMeasured
    ? `memory max ${pct(profile.memoryMaxPct ?? 0)} × ${current.memoryGiB} GiB ÷ (1 − ${memoryHeadroomPct}%) = ${req.memoryGiB} GiB`
    : `memory not measured: keep ${req.memoryGiB} GiB`;
  const memKo = req.memoryMeasured
    ? `최대 메모리 ${pct(profile.memoryMaxPct ?? 0)} × ${current.memoryGiB} GiB ÷ (1 − ${memoryHeadroomPct}%) = ${req.memoryGiB} GiB`
    : `메모리 측정값 없음: ${req.memoryGiB} GiB 유지`;
  const scope =
    w.needs.workload.scaling === 'horizontal'
      ? { en: ' (shared by all instances)', ko: ' (모든 인스턴스 합계)' }
      : { en: ' (each instance)', ko: ' (인스턴스마다)' };
  return {
    en: [
      `Needs${scope.en}: ${cpu}; ${memEn}. Today it runs on ${current.type} (${current.vcpu} vCPU, ${current.memoryGiB} GiB).`,
    ],
    ko: [
      `필요 용량${scope.ko}: ${cpu}; ${memKo}. 현재 ${current.type} (${current.vcpu} vCPU, ${current.memoryGiB} GiB)에서 실행 중입니다.`,
    ],
  };
}

function boundLines(w: PreparedWorkload): Explanation {
  const { best } = w;
  const { req } = w.needs;
  const k = w.needs.workload.scaling === 'horizontal' ? best.count : 1;
  const cpuUse = req.vcpu / (best.type.vcpu * k);
  const memUse = req.memoryGiB / (best.type.memoryGiB * k);
  const bound = cpuUse >= memUse ? 'cpu' : 'memory';
  const t = `${best.count} × ${best.type.type} (${best.type.vcpu} vCPU, ${best.type.memoryGiB} GiB)`;
  if (bound === 'cpu') {
    return {
      en: [
        `CPU binds: ${t} covers ${req.vcpu} vCPU (${pct(cpuUse * 100)} of its CPU) while memory uses ${pct(memUse * 100)}.`,
      ],
      ko: [
        `CPU가 크기를 정합니다: ${withJosa(t, '이')} ${req.vcpu} vCPU를 감당하고 (CPU의 ${pct(cpuUse * 100)}), 메모리는 ${pct(memUse * 100)}만 씁니다.`,
      ],
    };
  }
  return {
    en: [
      `Memory binds: ${t} covers ${req.memoryGiB} GiB (${pct(memUse * 100)} of its memory) while CPU uses ${pct(cpuUse * 100)}.`,
    ],
    ko: [
      `메모리가 크기를 정합니다: ${withJosa(t, '이')} ${req.memoryGiB} GiB를 감당하고 (메모리의 ${pct(memUse * 100)}), CPU는 ${pct(cpuUse * 100)}만 씁니다.`,
    ],
  };
}

function optionLines(w: PreparedWorkload, prepared: PreparedExercise): Explanation {
  const { best, needs } = w;
  const H = prepared.exercise.horizonMonths;
  const en: string[] = [];
  const ko: string[] = [];
  const parts = prepared.exercise.purchaseOptions.map((purchase) => {
    const text = optionText({ purchase });
    if (purchase.option === 'spot' && !needs.workload.interruptible) {
      return {
        en: `${text.en}: not for work that must not be interrupted`,
        ko: `${text.ko}: 중단되면 안 되는 작업에는 쓸 수 없음`,
      };
    }
    const cost = answerCost(prepared.query, needs, best.type, best.count, purchase);
    if (cost.status !== 'priced') return { en: `${text.en}: no price`, ko: `${text.ko}: 가격 없음` };
    const est = cost.basis === 'estimate' ? { en: ' (estimate)', ko: ' (추정)' } : { en: '', ko: '' };
    return {
      en: `${text.en} ${formatUsd(cost.total)}${est.en}`,
      ko: `${text.ko} ${formatUsd(cost.total)}${est.ko}`,
    };
  });
  const winner = optionText(best.cost);
  en.push(
    `Over ${H} months for ${best.count} × ${best.type.type}: ${parts.map((p) => p.en).join(' · ')} → ${winner.en} wins at ${formatUsd(best.cost.total)}.`,
  );
  ko.push(
    `${H}개월 동안 ${best.count} × ${best.type.type}: ${parts.map((p) => p.ko).join(' · ')} → ${withJosa(winner.ko, '이')} ${formatUsd(best.cost.total)}로 가장 저렴합니다.`,
  );
  const c = best.cost;
  const hours = needs.workload.hoursPerMonth;
  if (c.termMonths !== null) {
    const be = c.breakEvenMonth;
    const util = c.breakEvenUtilization ? pct(c.breakEvenUtilization.times(100).toNumber()) : null;
    en.push(
      `The commitment bills every hour of its ${c.termMonths}-month term${c.terms > 1 ? ` (renewed: ${c.terms} terms)` : ''}${H < c.termMonths ? `, longer than the ${H}-month horizon` : ''}. ` +
        (be !== null
          ? `Against on-demand it breaks even in month ${be}`
          : 'It never breaks even against on-demand within the term') +
        (util ? `; it pays off when the instance runs more than ${util} of the time.` : '.'),
    );
    ko.push(
      `약정은 ${c.termMonths}개월 기간의 모든 시간에 요금이 부과됩니다${c.terms > 1 ? ` (갱신: ${c.terms}회)` : ''}${H < c.termMonths ? ` (사용 기간 ${H}개월보다 깁니다)` : ''}. ` +
        (be !== null
          ? `온디맨드 대비 ${be}개월 차에 손익분기점에 도달합니다`
          : '약정 기간 안에 온디맨드보다 저렴해지지 않습니다') +
        (util ? `; 인스턴스가 시간의 ${util} 이상 실행될 때 이득입니다.` : '.'),
    );
  } else if (hours < 730) {
    en.push(
      `It runs ${hours} h a month (${pct((hours / 730) * 100)} of 730 h): commitments bill all 730 h, so paying only for the hours used wins.`,
    );
    ko.push(
      `월 ${hours}시간만 실행됩니다 (730시간의 ${pct((hours / 730) * 100)}): 약정은 730시간 전부 과금하므로 쓴 시간만 내는 쪽이 유리합니다.`,
    );
  }
  if (!c.surplusMonthly.isZero()) {
    en.push(`Includes T Unlimited surplus credits of ${formatUsd(c.surplusMonthly)} per month.`);
    ko.push(`T 무제한 모드 잉여 크레딧 요금 월 ${formatUsd(c.surplusMonthly)}가 포함되어 있습니다.`);
  }
  return { en, ko };
}

export function explainWorkload(
  w: PreparedWorkload,
  prepared: PreparedExercise,
  student: { type: string; count: number; cost: AnswerCost | null; diffPct: Decimal | null; checks: Check[] },
): Explanation {
  const parts = [needsLines(w, prepared), boundLines(w), optionLines(w, prepared)];
  const en = parts.flatMap((p) => p.en);
  const ko = parts.flatMap((p) => p.ko);
  if (student.cost) {
    const opt = optionText(student.cost);
    const diff = student.diffPct;
    const cmpEn =
      diff === null ? '' : diff.isZero() ? ' — the best answer' : ` — ${percent(diff)}% above the best`;
    const cmpKo =
      diff === null
        ? ''
        : diff.isZero()
          ? ' — 최적 답과 같습니다'
          : ` — 최적 답보다 ${percent(diff)}% 비쌉니다`;
    en.push(
      `Your answer: ${student.count} × ${student.type}, ${opt.en}: ${formatUsd(student.cost.total)}${cmpEn}.`,
    );
    ko.push(
      `제출한 답: ${student.count} × ${student.type}, ${opt.ko}: ${formatUsd(student.cost.total)}${cmpKo}.`,
    );
  } else {
    en.push(`Your answer: ${student.count} × ${student.type} could not be priced.`);
    ko.push(`제출한 답: ${student.count} × ${student.type}의 가격을 계산할 수 없습니다.`);
  }
  for (const check of student.checks.filter((c) => !c.ok)) {
    en.push(`Not met: ${check.en}.`);
    ko.push(`충족하지 못함: ${check.ko}.`);
  }
  return { en, ko };
}
