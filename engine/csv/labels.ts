/**
 * Words shared by the estimate and comparison tables (screen and CSV) in Korean and English: column headers,
 * service names, purchase options, units and flags. Course terms from the product brief.
 */
import type { Basis } from '../estimate/types';
import type { Purchase, Service } from '../scenario/schema';
import { purchaseLabelTerm } from '../trace/terms';
import type { Lang, Unit } from '../trace/types';

type Words = Readonly<Record<Lang, string>>;
const w = (en: string, ko: string): Words => ({ en, ko });

export const SERVICE_NAMES: Readonly<Record<Service, Words>> = {
  ec2: w('EC2', 'EC2'),
  ebs: w('EBS', 'EBS'),
  s3: w('S3', 'S3'),
  'data-transfer': w('Data transfer', '데이터 전송'),
  lambda: w('Lambda', 'Lambda'),
};

/** "예약 인스턴스(RI) 표준 1년 전체 선결제" / "Reserved Instance Standard 1 year All upfront". */
export function purchaseLabel(purchase: Purchase | null, lang: Lang): string {
  return purchaseLabelTerm(purchase)[lang];
}

const UNIT_WORDS: Partial<Record<Unit, Words>> = {
  h: w('h', '시간'),
  instances: w('instances', '대'),
  'GB-month': w('GB-month', 'GB-월'),
  'GB-s': w('GB-s', 'GB-초'),
  requests: w('requests', '건'),
  objects: w('objects', '개'),
  months: w('months', '개월'),
  days: w('days', '일'),
};

export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_WORDS[unit]?.[lang] ?? unit;
}

export const FLAG_WORDS: Readonly<Record<Basis | 'unpriced', Words>> = {
  exact: w('exact', '정확'),
  'derived-rule': w('derived by rule', '규칙 계산'),
  estimate: w('estimate', '추정'),
  unpriced: w('unpriced', '가격 없음'),
};

export const ROW_WORDS = {
  total: w('Total', '합계'),
  vat: w('VAT (10%)', '부가세 (10%)'),
  totalWithVat: w('Total incl. VAT', '부가세 포함 합계'),
  complete: w('complete', '완전'),
  incomplete: w('incomplete: {count} unpriced', '불완전: 가격 없는 항목 {count}개'),
  vatCalculation: w('10% of the total', '합계의 10%'),
  krwRate: w('KRW at {rate} KRW/USD as of {date}', '원화 환산: {rate}원/USD, {date} 기준'),
  undated: w('undated', '날짜 없음'),
  warning: w('Warning', '경고'),
} as const satisfies Record<string, Words>;

export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
