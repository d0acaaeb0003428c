/** Lambda formulas on resolved Decimal prices. */
import type Decimal from 'decimal.js';
import { dec } from '../../money/decimal';

/** GB-seconds = requests × duration (s) × memory (GB); 1,536 MB = 1.5 GB. */
export function gbSeconds(requests: Decimal, averageDurationMs: Decimal, memoryMB: number): Decimal {
  return requests.times(averageDurationMs).dividedBy(1000).times(memoryMB).dividedBy(1024);
}

export const MILLION = dec(1_000_000);
