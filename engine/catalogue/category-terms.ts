import type { InstanceCategory } from '../../pricing-data/schema';
import type { LocalizedText } from '../trace/types';

/** Instance categories in the course's words (the seeds' 범용, 컴퓨팅 최적화, …). */
export const CATEGORY_TERMS: Readonly<Record<InstanceCategory, LocalizedText>> = {
  general: { en: 'General purpose', ko: '범용' },
  compute: { en: 'Compute optimized', ko: '컴퓨팅 최적화' },
  memory: { en: 'Memory optimized', ko: '메모리 최적화' },
  storage: { en: 'Storage optimized', ko: '스토리지 최적화' },
  accelerated: { en: 'Accelerated computing', ko: '가속화된 컴퓨팅' },
  burstable: { en: 'Burstable', ko: '버스터블' },
  hpc: { en: 'HPC optimized', ko: 'HPC 최적화' },
};
