/** Findings, reason codes (Compute Optimizer's names), risk labels and notes, with English and Korean text. */

export type Finding = 'Underprovisioned' | 'Overprovisioned' | 'Optimized' | 'Idle';

export const FINDING_TEXT: Record<Finding, { en: string; ko: string }> = {
  Underprovisioned: { en: 'Under-provisioned', ko: '과소 프로비저닝' },
  Overprovisioned: { en: 'Over-provisioned', ko: '과다 프로비저닝' },
  Optimized: { en: 'Optimized', ko: '최적화됨' },
  Idle: { en: 'Idle', ko: '유휴' },
};

export type ReasonCode =
  | 'CPUUnderprovisioned'
  | 'CPUOverprovisioned'
  | 'MemoryUnderprovisioned'
  | 'MemoryOverprovisioned'
  | 'NetworkBandwidthUnderprovisioned'
  | 'EBSThroughputUnderprovisioned'
  | 'Idle';

export const REASON_TEXT: Record<ReasonCode, { en: string; ko: string }> = {
  CPUUnderprovisioned: { en: 'CPU is short', ko: 'CPU 부족' },
  CPUOverprovisioned: { en: 'CPU can shrink', ko: 'CPU 축소 가능' },
  MemoryUnderprovisioned: { en: 'memory is short', ko: '메모리 부족' },
  MemoryOverprovisioned: { en: 'memory can shrink', ko: '메모리 축소 가능' },
  NetworkBandwidthUnderprovisioned: { en: 'network bandwidth is short', ko: '네트워크 대역폭 부족' },
  EBSThroughputUnderprovisioned: { en: 'EBS throughput is short', ko: 'EBS 처리량 부족' },
  Idle: { en: 'maximum CPU ≤ 1%: consider stopping it', ko: '최대 CPU ≤ 1%: 중지를 검토하세요' },
};

export type RiskLabel = 'VeryLow' | 'Low' | 'Medium' | 'High';

export function riskLabel(risk: number): RiskLabel {
  return risk <= 0 ? 'VeryLow' : risk === 1 ? 'Low' : risk === 2 ? 'Medium' : 'High';
}

export const RISK_TEXT: Record<RiskLabel, { en: string; ko: string }> = {
  VeryLow: { en: 'very low', ko: '매우 낮음' },
  Low: { en: 'low', ko: '낮음' },
  Medium: { en: 'medium', ko: '보통' },
  High: { en: 'high', ko: '높음' },
};

export type NoteCode =
  | 'unknown-current-type'
  | 'no-current-type'
  | 'unknown-region'
  | 'memory-not-measured'
  | 'summary-p99'
  | 'short-lookback'
  | 'current-unpriced'
  | 'current-burstable-above-baseline'
  | 'no-candidate'
  | 'graviton-migration'
  | 'cheaper-equivalent'
  | 'processor-change'
  | 'instance-store-loss'
  | 'lower-bandwidth-unmeasured';

export interface Note {
  code: NoteCode;
  en: string;
  ko: string;
  /** the offered type the note is about (platform differences), when it is about one */
  about?: string;
}

export const PLATFORM_NOTES: readonly NoteCode[] = [
  'processor-change',
  'instance-store-loss',
  'lower-bandwidth-unmeasured',
];

export const note = (code: NoteCode, en: string, ko: string): Note => ({ code, en, ko });
