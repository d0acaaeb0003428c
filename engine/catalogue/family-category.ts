import type { InstanceCategory } from '../../pricing-data/schema';

/** What the leading letter(s) of an instance family mean, in English and Korean (course terms). */
export type FamilyPrefixInfo = {
  code: string;
  category: InstanceCategory;
  en: string;
  ko: string;
};

/** Keyed by the whole run of letters before the generation digit: `hpc7g` → `hpc`, `inf2` → `inf`, `m7gd` → `m`. */
const PREFIXES: readonly FamilyPrefixInfo[] = [
  { code: 'hpc', category: 'hpc', en: 'High performance computing (HPC)', ko: 'HPC 최적화' },
  {
    code: 'inf',
    category: 'accelerated',
    en: 'AWS Inferentia machine-learning inference chips',
    ko: '가속화된 컴퓨팅 (AWS Inferentia 추론 칩)',
  },
  {
    code: 'trn',
    category: 'accelerated',
    en: 'AWS Trainium machine-learning training chips',
    ko: '가속화된 컴퓨팅 (AWS Trainium 학습 칩)',
  },
  {
    code: 'mac',
    category: 'general',
    en: 'Mac (Apple hardware for macOS)',
    ko: 'Mac (macOS용 Apple 하드웨어)',
  },
  {
    code: 'dl',
    category: 'accelerated',
    en: 'Deep learning accelerators',
    ko: '가속화된 컴퓨팅 (딥 러닝 가속기)',
  },
  {
    code: 'gr',
    category: 'accelerated',
    en: 'GPU with a higher memory-to-vCPU ratio',
    ko: '가속화된 컴퓨팅 (메모리 비율이 높은 GPU)',
  },
  {
    code: 'vt',
    category: 'accelerated',
    en: 'Video transcoding accelerators',
    ko: '가속화된 컴퓨팅 (비디오 트랜스코딩)',
  },
  {
    code: 'im',
    category: 'storage',
    en: 'Storage optimized: local NVMe, balanced memory',
    ko: '스토리지 최적화 (로컬 NVMe, 메모리 균형)',
  },
  {
    code: 'is',
    category: 'storage',
    en: 'Storage optimized: local NVMe, dense storage per vCPU',
    ko: '스토리지 최적화 (vCPU당 고밀도 로컬 NVMe)',
  },
  {
    code: 'a',
    category: 'general',
    en: 'General purpose, first Arm (Graviton) generation',
    ko: '범용 (1세대 Arm Graviton)',
  },
  { code: 'c', category: 'compute', en: 'Compute optimized', ko: '컴퓨팅 최적화' },
  { code: 'd', category: 'storage', en: 'Dense HDD storage', ko: '스토리지 최적화 (고밀도 HDD)' },
  { code: 'f', category: 'accelerated', en: 'FPGA', ko: '가속화된 컴퓨팅 (FPGA)' },
  {
    code: 'g',
    category: 'accelerated',
    en: 'GPU for graphics and inference',
    ko: '가속화된 컴퓨팅 (그래픽·추론용 GPU)',
  },
  {
    code: 'h',
    category: 'storage',
    en: 'HDD storage, high throughput',
    ko: '스토리지 최적화 (HDD, 높은 처리량)',
  },
  {
    code: 'i',
    category: 'storage',
    en: 'Storage optimized: I/O, local NVMe SSD',
    ko: '스토리지 최적화 (I/O, 로컬 NVMe SSD)',
  },
  { code: 'm', category: 'general', en: 'General purpose', ko: '범용' },
  {
    code: 'p',
    category: 'accelerated',
    en: 'GPU for machine-learning training and HPC',
    ko: '가속화된 컴퓨팅 (ML 학습용 GPU)',
  },
  { code: 'r', category: 'memory', en: 'Memory optimized', ko: '메모리 최적화' },
  {
    code: 't',
    category: 'burstable',
    en: 'Burstable general purpose (CPU credits)',
    ko: '범용 버스터블 (CPU 크레딧)',
  },
  {
    code: 'u',
    category: 'memory',
    en: 'High memory (large in-memory databases)',
    ko: '메모리 최적화 (초대용량 메모리)',
  },
  {
    code: 'x',
    category: 'memory',
    en: 'Memory optimized, extra-large memory per vCPU',
    ko: '메모리 최적화 (vCPU당 대용량 메모리)',
  },
  {
    code: 'z',
    category: 'memory',
    en: 'Memory optimized, high CPU frequency',
    ko: '메모리 최적화 (높은 CPU 클럭)',
  },
];

/** The family prefix (letters before the generation number) of `family`, or undefined when none matches. */
export function familyPrefix(family: string): FamilyPrefixInfo | undefined {
  const letters = /^[a-z]+/.exec(family)?.[0] ?? '';
  return PREFIXES.find((p) => p.code === letters);
}
