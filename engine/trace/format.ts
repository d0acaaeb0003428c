/** Renders trace steps and messages in English or Korean. Amounts shown in USD are rounded half-up to cents. */
import type Decimal from 'decimal.js';
import { compactString, krw, ROUNDING, usd } from '../money/rounding';
import { particleNamed, withJosa } from '../text/josa';
import { MESSAGES } from './messages';
import type { Lang, Message, Operand, Param, Params, TraceStep, Unit } from './types';

const UNIT_TEXT: Record<Exclude<Unit, `usd${string}` | `krw${string}`>, { en: string; ko: string }> = {
  '': { en: '', ko: '' },
  h: { en: 'h', ko: '시간' },
  'h/day': { en: 'h/day', ko: '시간/일' },
  'h/week': { en: 'h/week', ko: '시간/주' },
  days: { en: 'd', ko: '일' },
  'days/week': { en: 'days/week', ko: '일/주' },
  instances: { en: '', ko: '대' },
  vCPU: { en: 'vCPU', ko: 'vCPU' },
  GB: { en: 'GB', ko: 'GB' },
  'GB-month': { en: 'GB-month', ko: 'GB-월' },
  'GB-s': { en: 'GB-s', ko: 'GB-초' },
  KB: { en: 'KB', ko: 'KB' },
  MB: { en: 'MB', ko: 'MB' },
  ms: { en: 'ms', ko: 'ms' },
  IOPS: { en: 'IOPS', ko: 'IOPS' },
  'MB/s': { en: 'MB/s', ko: 'MB/s' },
  requests: { en: 'requests', ko: '건' },
  objects: { en: 'objects', ko: '개' },
  months: { en: 'months', ko: '개월' },
  '%': { en: '%', ko: '%' },
};

const PER_TEXT: Record<string, { en: string; ko: string }> = {
  h: { en: 'h', ko: '시간' },
  'vCPU-h': { en: 'vCPU-h', ko: 'vCPU-시간' },
  'GB-month': { en: 'GB-month', ko: 'GB-월' },
  GB: { en: 'GB', ko: 'GB' },
  'IOPS-month': { en: 'IOPS-month', ko: 'IOPS-월' },
  'MBps-month': { en: 'MB/s-month', ko: 'MB/s-월' },
  '1M-requests': { en: '1M requests', ko: '요청 100만 건' },
  '1k-requests': { en: '1,000 requests', ko: '요청 1,000건' },
  '1k-objects': { en: '1,000 objects', ko: '객체 1,000개' },
  'GB-s': { en: 'GB-s', ko: 'GB-초' },
  month: { en: 'month', ko: '월' },
  usd: { en: 'USD', ko: 'USD' },
};

/** 1961.881 → "1,961.881" (digits kept, grouped). */
export function groupDigits(plain: string): string {
  const negative = plain.startsWith('-');
  const [int = '0', frac] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

export function formatUsd(value: Decimal): string {
  const text = usd(value.abs());
  return `${value.isNegative() && !value.isZero() ? '−' : ''}$${groupDigits(text)}`;
}

export function formatOperand(operand: Operand, lang: Lang): string {
  const { value, unit } = operand;
  if (unit === 'usd' || unit === 'usd/month') return formatUsd(value);
  if (unit.startsWith('usd/')) {
    const per = PER_TEXT[unit.slice(4)] ?? { en: unit.slice(4), ko: unit.slice(4) };
    return `$${groupDigits(compactString(value, ROUNDING.unitPrice))}/${per[lang]}`;
  }
  if (unit === 'krw') return `₩${groupDigits(krw(value))}`;
  if (unit === 'krw/usd') return `₩${groupDigits(compactString(value, ROUNDING.quantity))}/USD`;
  const number = groupDigits(compactString(value, ROUNDING.quantity));
  const text = UNIT_TEXT[unit as keyof typeof UNIT_TEXT][lang];
  if (text === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${text}`;
}

export function formatMessage(message: Message, lang: Lang): string {
  return fillTemplate(MESSAGES[message.key][lang], message.params, lang);
}

/** A parameter as text: plain text as is, a localized word in `lang`, a nested message rendered in `lang`. */
export function formatParam(param: Param, lang: Lang): string {
  if (typeof param === 'string') return param;
  return 'key' in param ? formatMessage(param as Message, lang) : param[lang];
}

/** `{name}`, or `{name|particle}` (Korean): the parameter followed by the particle that fits it, e.g. `{type|은}`. */
const PLACEHOLDER = /\{(\w+)(?:\|([^{}|]+))?\}/g;

/**
 * A template with its parameters filled in. `{type|이}` puts the form of 이/가 that fits the parameter's
 * text after it (engine/text/josa.ts): "m5.large가", "m6g.medium이".
 */
export function fillTemplate(template: string, params: Params | undefined, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string, particleName: string | undefined) => {
    const param = params?.[name];
    if (param === undefined) return whole;
    const text = formatParam(param, lang);
    if (particleName === undefined) return text;
    const particle = particleNamed(particleName);
    return particle === undefined ? `${text}${particleName}` : withJosa(text, particle);
  });
}

export function formatTrace(step: TraceStep, lang: Lang): string {
  const label = fillTemplate(MESSAGES[step.label][lang], step.params, lang);
  if (!step.operands || step.operands.length === 0)
    return step.amount ? `${label}: ${formatOperand(step.amount, lang)}` : label;
  const expression = step.operands
    .map((operand, index) => {
      const text = formatOperand(operand, lang);
      return index === 0 ? text : `${operand.op ?? '×'} ${text}`;
    })
    .join(' ');
  return step.amount
    ? `${label}: ${expression} = ${formatOperand(step.amount, lang)}`
    : `${label}: ${expression}`;
}
