/**
 * Rounding of percentage differences (one decimal, half-up). Belongs in engine/money/rounding.ts as
 * `ROUNDING.percentDisplay`; kept here until that module takes it (see report to the lead).
 */
import Decimal from 'decimal.js';
import type { RoundingPolicy } from '../money/rounding';

export const ROUNDING_PERCENT: RoundingPolicy = {
  name: 'percent-display',
  decimals: 1,
  mode: Decimal.ROUND_HALF_UP,
};
