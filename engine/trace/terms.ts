/**
 * Words that appear inside engine messages, in English and Korean: OS, weekdays, price bases, tiers, S3
 * classes, services and purchase options (course terms from the product brief). English keeps the code
 * the engine has always printed (e.g. "STANDARD_IA") where that text is pinned by golden files.
 */
import type { OperatingSystem } from '../../pricing-data/schema';
import type { Purchase } from '../scenario/schema';
import type { LocalizedText, Message, Param } from './types';

const w = (en: string, ko: string): LocalizedText => ({ en, ko });

export const OS_TERMS: Readonly<Record<OperatingSystem, LocalizedText>> = {
  linux: w('Linux', 'Linux'),
  windows: w('Windows', 'Windows'),
};

export const BASIS_TERMS: Readonly<Record<'exact' | 'derived-rule' | 'estimate', LocalizedText>> = {
  exact: w('exact', '정확'),
  'derived-rule': w('derived-rule', '규칙으로 산출'),
  estimate: w('estimate', '추정'),
};

export const UNDATED = w('undated', '날짜 없음');

/** A source date as printed in a trace: the date, or "undated" in the reader's language. */
export function sourceDate(asOf: string | null): Param {
  return asOf === null || asOf === 'undated' ? UNDATED : asOf;
}

export const DAY_TERMS: Readonly<Record<string, LocalizedText>> = {
  mon: w('Mon', '월'),
  tue: w('Tue', '화'),
  wed: w('Wed', '수'),
  thu: w('Thu', '목'),
  fri: w('Fri', '금'),
  sat: w('Sat', '토'),
  sun: w('Sun', '일'),
};

export const INTERNET_OUT_TIERS: readonly LocalizedText[] = [
  w('first 10 TB', '처음 10 TB'),
  w('next 40 TB', '다음 40 TB'),
  w('next 100 TB', '다음 100 TB'),
  w('over 150 TB', '150 TB 초과'),
];

export const S3_STANDARD_TIERS: readonly LocalizedText[] = [
  w('first 50 TB', '처음 50 TB'),
  w('next 450 TB', '다음 450 TB'),
  w('over 500 TB', '500 TB 초과'),
];

/** English: the storage-class code; Korean: the class's AWS name (as in the UI's class picker). */
export const S3_CLASS_TERMS: Readonly<Record<string, LocalizedText>> = {
  STANDARD: w('STANDARD', 'S3 Standard'),
  INTELLIGENT_TIERING: w('INTELLIGENT_TIERING', 'S3 Intelligent-Tiering'),
  STANDARD_IA: w('STANDARD_IA', 'S3 Standard-IA'),
  ONEZONE_IA: w('ONEZONE_IA', 'S3 One Zone-IA'),
  GLACIER_IR: w('GLACIER_IR', 'S3 Glacier Instant Retrieval'),
  GLACIER: w('GLACIER', 'S3 Glacier Flexible Retrieval'),
  DEEP_ARCHIVE: w('DEEP_ARCHIVE', 'S3 Glacier Deep Archive'),
};

export function s3ClassTerm(storageClass: string): Param {
  return S3_CLASS_TERMS[storageClass] ?? storageClass;
}

/** Services as the price tables name them (English: the table's code). */
export const SERVICE_CODE_TERMS: Readonly<Record<string, LocalizedText>> = {
  ec2: w('ec2', 'EC2'),
  ebs: w('ebs', 'EBS'),
  s3: w('s3', 'S3'),
  'data-transfer': w('data-transfer', '데이터 전송'),
  lambda: w('lambda', 'Lambda'),
};

export const NONE = w('none', '없음');

/** The parts of a purchase option label: THE place for these words (tables, CSV, traces, exercises). */
export const OPTION_WORDS = {
  'on-demand': w('On-demand', '온디맨드'),
  spot: w('Spot (historical average)', '스팟 인스턴스(과거 평균)'),
  reserved: w('Reserved Instance', '예약 인스턴스(RI)'),
  'savings-plan': w('Savings Plans', '절감형 플랜(Savings Plans)'),
  standard: w('Standard', '표준'),
  convertible: w('Convertible', '전환형'),
  compute: w('Compute', 'Compute'),
  'ec2-instance': w('EC2 Instance', 'EC2 Instance'),
  '1yr': w('1 year', '1년'),
  '3yr': w('3 years', '3년'),
  'no-upfront': w('No upfront', '선결제 없음'),
  'partial-upfront': w('Partial upfront', '부분 선결제'),
  'all-upfront': w('All upfront', '전체 선결제'),
} as const satisfies Record<string, LocalizedText>;

/** Purchase parts as codes in English ("1yr", "standard", "no upfront") and course terms in Korean. */
export const PURCHASE_CODE_TERMS = {
  '1yr': w('1yr', '1년'),
  '3yr': w('3yr', '3년'),
  standard: w('standard', '표준'),
  convertible: w('convertible', '전환형'),
  compute: w('compute', 'Compute'),
  'ec2-instance': w('ec2-instance', 'EC2 Instance'),
  'no-upfront': w('no upfront', '선결제 없음'),
  'partial-upfront': w('partial upfront', '부분 선결제'),
  'all-upfront': w('all upfront', '전체 선결제'),
} as const satisfies Record<string, LocalizedText>;

/** "reserved standard 1yr no-upfront": the engine's key of a purchase option (line.optionLabel). */
export function purchaseCode(purchase: Purchase): string {
  switch (purchase.option) {
    case 'on-demand':
    case 'spot':
      return purchase.option;
    case 'reserved':
      return `reserved ${purchase.offeringClass} ${purchase.term} ${purchase.payment}`;
    case 'savings-plan':
      return `savings-plan ${purchase.planType} ${purchase.term} ${purchase.payment}`;
  }
}

function labelIn(purchase: Purchase | null, lang: 'en' | 'ko'): string {
  if (purchase === null || purchase.option === 'on-demand') return OPTION_WORDS['on-demand'][lang];
  if (purchase.option === 'spot') return OPTION_WORDS.spot[lang];
  const kind = purchase.option === 'reserved' ? purchase.offeringClass : purchase.planType;
  return [purchase.option, kind, purchase.term, purchase.payment].map((k) => OPTION_WORDS[k][lang]).join(' ');
}

type PurchaseTerms = { label: LocalizedText; code: LocalizedText };
/** at most 2 + 12 + 12 options: each is worded once */
const termsByCode = new Map<string, PurchaseTerms>();

function purchaseTerms(purchase: Purchase | null): PurchaseTerms {
  const code = purchase === null ? 'on-demand' : purchaseCode(purchase);
  let terms = termsByCode.get(code);
  if (!terms) {
    const ko = labelIn(purchase, 'ko');
    terms = { label: w(labelIn(purchase, 'en'), ko), code: w(code, ko) };
    termsByCode.set(code, terms);
  }
  return terms;
}

/** "Reserved Instance Standard 1 year All upfront" / "예약 인스턴스(RI) 표준 1년 전체 선결제". */
export function purchaseLabelTerm(purchase: Purchase | null): LocalizedText {
  return purchaseTerms(purchase).label;
}

/** English: the option's code ("reserved standard 1yr all-upfront"); Korean: its label. */
export function purchaseCodeTerm(purchase: Purchase | null): LocalizedText {
  return purchaseTerms(purchase).code;
}

/** Right-folds parts into nested "{first}, {rest}" messages, so a list is worded in the reader's language. */
export function commaList(parts: readonly Param[]): Param {
  let list: Param | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as Param;
    list =
      list === undefined ? part : ({ key: 'list.comma', params: { first: part, rest: list } } as Message);
  }
  return list ?? '';
}
