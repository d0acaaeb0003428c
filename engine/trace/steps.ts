/** Small constructors for trace data, so formulas read like the arithmetic they record. */
import type Decimal from 'decimal.js';
import type { MessageKey } from './messages';
import type { Operand, Operator, Params, TraceKind, TraceStep, Unit } from './types';

export const operand = (value: Decimal, unit: Unit, op?: Operator): Operand =>
  op ? { value, unit, op } : { value, unit };

export function traceStep(
  kind: TraceKind,
  label: MessageKey,
  params?: Params,
  operands?: readonly Operand[],
  amount?: Operand,
): TraceStep {
  return {
    kind,
    label,
    ...(params ? { params } : {}),
    ...(operands ? { operands } : {}),
    ...(amount ? { amount } : {}),
  };
}

/** A formula result with the steps that explain it. */
export interface Traced<T = Decimal> {
  readonly value: T;
  readonly steps: readonly TraceStep[];
}
