/** Lambda formulas on resolved Decimal prices. */
import type Decimal from 'decimal.js';
import { dec } from '../../money/decimal';
import { decimalOf, dividedByExact } from '../amounts';

/** GB-seconds = requests × duration (s) × memory (GB); 1,536 MB = 1.5 GB. */
export function gbSeconds(requests: Decimal, averageDurationMs: Decimal, memoryMB: number): Decimal {
  // ÷ 1,000 ms per s, ÷ 1,024 MB per GB
  return dividedByExact(
    dividedByExact(requests.times(averageDurationMs), 1000).times(decimalOf(memoryMB)),
    1024,
  );
}

export const MILLION = dec(1_000_000);
