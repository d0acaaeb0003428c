import type { InstanceType } from '../../pricing-data/schema';

/** Natural order of type names: family, then size by vCPU and memory (c5.2xlarge before c5.12xlarge). */
export function compareInstanceTypes(a: InstanceType, b: InstanceType): number {
  return (
    a.family.localeCompare(b.family) ||
    a.vcpu - b.vcpu ||
    a.memoryGiB - b.memoryGiB ||
    a.type.localeCompare(b.type)
  );
}
