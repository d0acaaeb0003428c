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
  // absent parts are left out (not set to undefined), in this key order
  const step: { -readonly [K in keyof TraceStep]: TraceStep[K] } = { kind, label };
  if (params) step.params = params;
  if (operands) step.operands = operands;
  if (amount) step.amount = amount;
  return step;
}

/** A formula result with the steps that explain it. */
export interface Traced<T = Decimal> {
  readonly value: T;
  readonly steps: readonly TraceStep[];
}
