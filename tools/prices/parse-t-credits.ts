import Decimal from 'decimal.js';
import type { TCredits } from '../../pricing-data/schema';
import { parseCsv } from './csv';
import { RawSourceError } from './raw-source-error';

export const T_CREDITS_FILE = 'aws-docs/t_family_cpu_credits.csv';

const NUMBER = /^\d+(\.\d+)?$/;

/** Families that launch in Unlimited mode by default (AWS docs); T2 launches in Standard mode. */
const UNLIMITED_BY_DEFAULT = new Set(['t3', 't3a', 't4g']);

export type TCreditRow = TCredits & { vcpus: number };

/**
 * T-family credit table, keyed by instance type. Baseline % per vCPU must equal
 * credits per hour ÷ vCPUs ÷ 60 × 100 exactly, or the build stops.
 */
export function parseTCredits(text: string): Map<string, TCreditRow> {
  const rows = parseCsv(T_CREDITS_FILE, text, [
    'instance_type',
    'cpu_credits_earned_per_hour',
    'max_earned_credits_accrued',
    'vcpus',
    'baseline_utilization_per_vcpu_pct',
  ]);
  const out = new Map<string, TCreditRow>();
  for (const row of rows) {
    const where = `line ${row.line} (${row.instance_type})`;
    const family = row.instance_type.split('.')[0] ?? '';
    if (!/^t\d/.test(family)) throw new RawSourceError(T_CREDITS_FILE, where, 'not a T-family type');
    for (const value of [
      row.cpu_credits_earned_per_hour,
      row.max_earned_credits_accrued,
      row.vcpus,
      row.baseline_utilization_per_vcpu_pct,
    ]) {
      if (!NUMBER.test(value)) throw new RawSourceError(T_CREDITS_FILE, where, `"${value}" is not a number`);
    }
    const vcpus = Number(row.vcpus);
    const expected = new Decimal(row.cpu_credits_earned_per_hour).dividedBy(vcpus).dividedBy(60).times(100);
    if (!expected.equals(row.baseline_utilization_per_vcpu_pct)) {
      throw new RawSourceError(
        T_CREDITS_FILE,
        where,
        `baseline ${row.baseline_utilization_per_vcpu_pct}% ≠ ${row.cpu_credits_earned_per_hour} credits ÷ ${vcpus} vCPU ÷ 60 = ${expected.toString()}%`,
      );
    }
    if (out.has(row.instance_type)) throw new RawSourceError(T_CREDITS_FILE, where, 'duplicate row');
    out.set(row.instance_type, {
      creditsPerHour: row.cpu_credits_earned_per_hour,
      maxBalance: row.max_earned_credits_accrued,
      baselinePctPerVcpu: row.baseline_utilization_per_vcpu_pct,
      defaultMode: UNLIMITED_BY_DEFAULT.has(family) ? 'unlimited' : 'standard',
      vcpus,
    });
  }
  return out;
}
