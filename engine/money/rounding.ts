/**
 * THE rounding module. Amounts keep full precision everywhere in the engine; rounding happens only
 * where a number is shown or exported, with one of these named policies, applied once to the
 * unrounded value (a shown total is the rounded sum of unrounded parts, never a sum of rounded parts).
 */
import Decimal from 'decimal.js';

export type RoundingPolicy = {
  readonly name: string;
  readonly decimals: number;
  readonly mode: Decimal.Rounding;
};

export const ROUNDING = {
  /** USD amounts on screen and in CSV: cents, half-up */
  usdDisplay: { name: 'usd-display', decimals: 2, mode: Decimal.ROUND_HALF_UP },
  /** KRW amounts on screen and in CSV: whole won, half-up */
  krwDisplay: { name: 'krw-display', decimals: 0, mode: Decimal.ROUND_HALF_UP },
  /** unit prices as the source printed them can have up to 10 decimals; shown as-is up to this */
  unitPrice: { name: 'unit-price', decimals: 10, mode: Decimal.ROUND_HALF_UP },
  /** rates that are quotients (per vCPU-hour, per GiB-hour: 0.0416 ÷ 3 has no end): 6 decimals, on screen and in CSV */
  derivedRate: { name: 'derived-rate', decimals: 6, mode: Decimal.ROUND_HALF_UP },
  /** quantities in traces (hours, GB): up to 4 decimals */
  quantity: { name: 'quantity', decimals: 4, mode: Decimal.ROUND_HALF_UP },
  /** percentages of cost (savings, scenario differences, above the best answer), on screen and in CSV: "37.5" */
  percentDisplay: { name: 'percent-display', decimals: 1, mode: Decimal.ROUND_HALF_UP },
  /** percentage changes of unit prices between snapshots: "4.17" (a tenth would hide most of them) */
  percentChange: { name: 'percent-change', decimals: 2, mode: Decimal.ROUND_HALF_UP },
} as const satisfies Record<string, RoundingPolicy>;

export function round(value: Decimal, policy: RoundingPolicy): Decimal {
  return value.toDecimalPlaces(policy.decimals, policy.mode);
}

/** Fixed-decimals string under a policy, e.g. "247.20" (usdDisplay) or "1385" (krwDisplay). */
export function roundedString(value: Decimal, policy: RoundingPolicy): string {
  return value.toFixed(policy.decimals, policy.mode);
}

/** Rounded under a policy, then trailing zeros dropped: "0.096", "730", "30.4167". */
export function compactString(value: Decimal, policy: RoundingPolicy): string {
  return round(value, policy).toFixed();
}

export const usd = (value: Decimal): string => roundedString(value, ROUNDING.usdDisplay);
export const krw = (value: Decimal): string => roundedString(value, ROUNDING.krwDisplay);
export const percent = (value: Decimal): string => roundedString(value, ROUNDING.percentDisplay);

/** Full-precision plain decimal string (never exponent notation), for machine output. */
export function exactString(value: Decimal): string {
  return value.toFixed();
}
