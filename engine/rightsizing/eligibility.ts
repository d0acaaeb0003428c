/**
 * Which catalogue types may replace the current one, independent of size: no GPU or accelerator change,
 * local NVMe kept when the current type has it, bare metal and HPC types only for bare metal / HPC.
 * Architecture is decided by the caller (same architecture, or the separate Graviton option).
 */
import type { InstanceType } from '../../pricing-data/schema';

export function isReplacementFamily(candidate: InstanceType, current: InstanceType): boolean {
  if ((candidate.gpu === null) !== (current.gpu === null)) return false;
  if (
    current.gpu &&
    candidate.gpu &&
    (candidate.gpu.model !== current.gpu.model || candidate.gpu.count < current.gpu.count)
  ) {
    return false;
  }
  if ((candidate.accelerator === null) !== (current.accelerator === null)) return false;
  if ((current.localNvmeGiB ?? 0) > (candidate.localNvmeGiB ?? 0)) return false;
  if (isMetal(candidate) && !isMetal(current)) return false;
  if (candidate.category === 'hpc' && current.category !== 'hpc') return false;
  return true;
}

function isMetal(type: InstanceType): boolean {
  return type.size.startsWith('metal');
}
