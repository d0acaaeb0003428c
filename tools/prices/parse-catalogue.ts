import { z } from 'zod';
import type { Architecture, InstanceType } from '../../pricing-data/schema';
import { familyPrefix } from '../../engine/catalogue/family-category';
import { RawSourceError } from './raw-source-error';
import type { TCreditRow } from './parse-t-credits';
import { byCodePoint } from './stable-json';

export const SPECS_FILE = 'ec2-specs/instance_specs_from_docs.json';
export const BANDWIDTH_FILE = 'ec2-specs/network_bandwidth_mbps.json';
export const AUTOSCALER_FILE = 'ec2-specs/autoscaler_ec2_instance_types.json';

const specsFileSchema = z.object({
  instance_types: z.record(z.string(), z.object({ labels: z.record(z.string(), z.string()) })),
});
const bandwidthFileSchema = z.object({
  bandwidth_mbps: z.record(z.string(), z.number().int().nonnegative()),
});
const autoscalerFileSchema = z.object({
  instance_types: z.record(
    z.string(),
    z.object({ vcpu: z.number(), memoryMiB: z.number(), gpu: z.number(), arch: z.string() }),
  ),
});

const K = 'karpenter.k8s.aws/';
const ARCH: Record<string, Architecture> = { amd64: 'x86_64', arm64: 'arm64' };

function parseFile<T>(file: string, schema: z.ZodType<T>, text: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawSourceError(file, issue?.path.join('.') ?? '(root)', issue?.message ?? 'unexpected shape');
  }
  return parsed.data;
}

type Labels = Record<string, string>;

function label(labels: Labels, type: string, name: string): string {
  const value = labels[name.includes('/') ? name : K + name];
  if (value === undefined) throw new RawSourceError(SPECS_FILE, type, `label "${name}" is missing`);
  return value;
}

function optionalInt(labels: Labels, type: string, name: string): number | null {
  const value = labels[K + name];
  if (value === undefined) return null;
  if (!/^\d+$/.test(value))
    throw new RawSourceError(SPECS_FILE, type, `label "${name}" = "${value}" is not an integer`);
  return Number(value);
}

function requiredInt(labels: Labels, type: string, name: string): number {
  const value = optionalInt(labels, type, name);
  if (value === null) throw new RawSourceError(SPECS_FILE, type, `label "${name}" is missing`);
  return value;
}

export type CatalogueResult = { types: InstanceType[]; usedBandwidthFallback: boolean; report: string[] };

/**
 * EC2 catalogue from the Karpenter labels (MiB → GiB, amd64 → x86_64), network bandwidth falling back to
 * the bandwidth table, T credits from the AWS docs table. Unknown family prefixes and architectures stop the
 * build; differences from the bandwidth table and the autoscaler list are reported, never dropped silently.
 */
export function parseCatalogue(
  specsText: string,
  bandwidthText: string,
  autoscalerText: string,
  tCredits: ReadonlyMap<string, TCreditRow>,
): CatalogueResult {
  const specs = parseFile(SPECS_FILE, specsFileSchema, specsText).instance_types;
  const bandwidth = parseFile(BANDWIDTH_FILE, bandwidthFileSchema, bandwidthText).bandwidth_mbps;
  const autoscaler = parseFile(AUTOSCALER_FILE, autoscalerFileSchema, autoscalerText).instance_types;
  const report: string[] = [];
  const bandwidthMismatches: string[] = [];
  const categoryLabelMismatches: string[] = [];
  let usedBandwidthFallback = false;
  const types: InstanceType[] = [];

  for (const type of Object.keys(specs).sort(byCodePoint)) {
    const labels = specs[type]?.labels ?? {};
    const family = label(labels, type, 'instance-family');
    const size = label(labels, type, 'instance-size');
    if (label(labels, type, 'node.kubernetes.io/instance-type') !== type || `${family}.${size}` !== type) {
      throw new RawSourceError(SPECS_FILE, type, `type, family "${family}" and size "${size}" disagree`);
    }
    const prefix = familyPrefix(family);
    if (!prefix) {
      throw new RawSourceError(
        SPECS_FILE,
        type,
        `unknown family prefix in "${family}": add it to engine/catalogue/family-category.ts`,
      );
    }
    if (label(labels, type, 'instance-category') !== prefix.code) {
      categoryLabelMismatches.push(
        `${type} (label ${label(labels, type, 'instance-category')}, prefix ${prefix.code})`,
      );
    }
    const archLabel = label(labels, type, 'kubernetes.io/arch');
    const arch = ARCH[archLabel];
    if (!arch) throw new RawSourceError(SPECS_FILE, type, `unknown architecture "${archLabel}"`);

    const gpuCount = optionalInt(labels, type, 'instance-gpu-count');
    const acceleratorCount = optionalInt(labels, type, 'instance-accelerator-count');
    let networkMbps = optionalInt(labels, type, 'instance-network-bandwidth');
    const tableMbps = bandwidth[type];
    if (networkMbps === null && tableMbps !== undefined) {
      networkMbps = tableMbps;
      usedBandwidthFallback = true;
    } else if (networkMbps !== null && tableMbps !== undefined && tableMbps !== networkMbps) {
      bandwidthMismatches.push(`${type} (reference ${networkMbps}, bandwidth table ${tableMbps})`);
    }
    const clock = optionalInt(labels, type, 'instance-cpu-sustained-clock-speed-mhz');
    const burstable = prefix.category === 'burstable';
    const credits = burstable ? (tCredits.get(type) ?? null) : null;
    const vcpu = requiredInt(labels, type, 'instance-cpu');
    if (credits && credits.vcpus !== vcpu) {
      throw new RawSourceError(
        SPECS_FILE,
        type,
        `${vcpu} vCPU, but the T-credit table says ${credits.vcpus}`,
      );
    }
    if (burstable && !credits)
      report.push(`catalogue: ${type} is burstable but has no row in the T-credit table → credits null`);

    types.push({
      type,
      family,
      size,
      category: prefix.category,
      vcpu,
      memoryGiB: requiredInt(labels, type, 'instance-memory') / 1024,
      arch,
      gpu:
        gpuCount === null
          ? null
          : {
              count: gpuCount,
              model: label(labels, type, 'instance-gpu-name'),
              manufacturer: label(labels, type, 'instance-gpu-manufacturer'),
              memoryGiB: requiredInt(labels, type, 'instance-gpu-memory') / 1024,
            },
      accelerator:
        acceleratorCount === null
          ? null
          : { count: acceleratorCount, name: label(labels, type, 'instance-accelerator-name') },
      networkMbps,
      ebsBandwidthMbps: optionalInt(labels, type, 'instance-ebs-bandwidth'),
      localNvmeGiB: optionalInt(labels, type, 'instance-local-nvme'),
      cpuManufacturer: labels[`${K}instance-cpu-manufacturer`] ?? null,
      clockMhz: clock === 0 ? null : clock,
      burstable,
      credits: credits
        ? {
            creditsPerHour: credits.creditsPerHour,
            maxBalance: credits.maxBalance,
            baselinePctPerVcpu: credits.baselinePctPerVcpu,
            defaultMode: credits.defaultMode,
          }
        : null,
    });
  }

  for (const type of tCredits.keys()) {
    if (!specs[type]) report.push(`catalogue: T-credit row ${type} has no catalogue entry`);
  }
  if (categoryLabelMismatches.length) {
    report.push(
      `catalogue: category label differs from the family prefix for ${categoryLabelMismatches.join(', ')}`,
    );
  }
  if (bandwidthMismatches.length) {
    report.push(
      `catalogue: network bandwidth differs from ${BANDWIDTH_FILE} (reference value kept) for ${bandwidthMismatches.join(', ')}`,
    );
  }
  report.push(...crossCheckAutoscaler(types, autoscaler));
  return { types, usedBandwidthFallback, report };
}

function crossCheckAutoscaler(
  types: readonly InstanceType[],
  autoscaler: Record<string, { vcpu: number; memoryMiB: number; gpu: number; arch: string }>,
): string[] {
  const report: string[] = [];
  const known = new Set(types.map((t) => t.type));
  const mismatches: string[] = [];
  for (const row of types) {
    const other = autoscaler[row.type];
    if (!other) continue;
    const diffs: string[] = [];
    if (other.vcpu !== row.vcpu) diffs.push(`vCPU ${row.vcpu} vs ${other.vcpu}`);
    if (other.memoryMiB / 1024 !== row.memoryGiB)
      diffs.push(`memory ${row.memoryGiB} GiB vs ${other.memoryMiB} MiB`);
    if (other.gpu !== (row.gpu?.count ?? 0)) diffs.push(`GPU ${row.gpu?.count ?? 0} vs ${other.gpu}`);
    if ((ARCH[other.arch] ?? other.arch) !== row.arch) diffs.push(`arch ${row.arch} vs ${other.arch}`);
    if (diffs.length) mismatches.push(`${row.type}: ${diffs.join(', ')}`);
  }
  const onlyAutoscaler = Object.keys(autoscaler)
    .filter((t) => !known.has(t))
    .sort(byCodePoint);
  const notInAutoscaler = types.filter((t) => !autoscaler[t.type]).length;
  report.push(
    `cross-check with ${AUTOSCALER_FILE}: ${mismatches.length} spec mismatches${mismatches.length ? ` (${mismatches.join('; ')})` : ''}`,
  );
  report.push(
    `cross-check: ${onlyAutoscaler.length} types only in the autoscaler list (not catalogued: no full specs): ${onlyAutoscaler.join(', ')}`,
  );
  report.push(`cross-check: ${notInAutoscaler} catalogue types are not in the (older) autoscaler list`);
  return report;
}
