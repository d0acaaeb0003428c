/**
 * A calculation trace is language-neutral data: message keys, parameters and Decimal operands.
 * `formatTrace(step, 'en' | 'ko')` renders it, e.g. "Compute: 730 h × 2 × $0.096/h = $140.16".
 */
import type Decimal from 'decimal.js';
import type { MessageKey } from './messages';

export type Lang = 'en' | 'ko';

export type Unit =
  | ''
  | 'h'
  | 'h/day'
  | 'h/week'
  | 'days'
  | 'days/week'
  | 'instances'
  | 'vCPU'
  | 'GB'
  | 'GB-month'
  | 'GB-s'
  | 'KB'
  | 'MB'
  | 'ms'
  | 'IOPS'
  | 'MB/s'
  | 'requests'
  | 'objects'
  | 'months'
  | '%'
  | 'usd'
  | 'usd/h'
  | 'usd/vCPU-h'
  | 'usd/GB-month'
  | 'usd/GB'
  | 'usd/IOPS-month'
  | 'usd/MBps-month'
  | 'usd/1M-requests'
  | 'usd/1k-requests'
  | 'usd/1k-objects'
  | 'usd/GB-s'
  | 'usd/month'
  | 'krw'
  | 'krw/usd';

export type Operator = '×' | '÷' | '−' | '+';

export type Operand = { readonly value: Decimal; readonly unit: Unit; readonly op?: Operator };

export type TraceKind =
  /** operands combine left to right into amount */
  | 'calc'
  /** an allowance or minimum rule applied (free tier, minimum size, included IOPS) */
  | 'rule'
  /** a tier of a tiered price */
  | 'tier'
  /** where the price came from */
  | 'source'
  /** a price that is missing: the line is unpriced */
  | 'unavailable'
  /** plain remark */
  | 'note'
  /** the line's result */
  | 'total';

/** A word or phrase already written in both languages (an OS name, a tier, a purchase option). */
export type LocalizedText = Readonly<Record<Lang, string>>;

/**
 * A parameter of a message: text shown as is in every language (numbers, ids, instance types, regions,
 * source titles), a word in both languages, or another message rendered in the same language.
 */
export type Param = string | LocalizedText | Message;

export type Params = Readonly<Record<string, Param>>;

export interface TraceStep {
  readonly kind: TraceKind;
  readonly label: MessageKey;
  readonly params?: Params;
  readonly operands?: readonly Operand[];
  readonly amount?: Operand;
}

/** A translatable message: warnings, unpriced reasons, quote explanations, generated descriptions. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Params;
}
