/**
 * What changes besides size when an instance moves to another type (Compute Optimizer lists these as
 * "platform differences"): another processor maker, a local instance store that is smaller or gone, and less
 * baseline network or EBS bandwidth where the data did not measure that use. Notes, never a silent change.
 */
import type { InstanceType } from '../../pricing-data/schema';
import { withJosa } from '../text/josa';
import { groupDigits } from '../trace/format';
import { note, type Note } from './notes';
import type { Requirements } from './requirements';

const MAKERS: Readonly<Record<string, string>> = { intel: 'Intel', amd: 'AMD', aws: 'AWS Graviton' };
const maker = (code: string) => MAKERS[code] ?? code;

const grouped = (n: number) => groupDigits(String(n));

/** Another x86 maker (Graviton, a change of architecture, has its own note). */
function processorNote(current: InstanceType, next: InstanceType): Note | null {
  const [was, is] = [current.cpuManufacturer, next.cpuManufacturer];
  if (current.arch !== next.arch || was === null || is === null || was === is) return null;
  const [from, to] = [maker(was), maker(is)];
  return note(
    'processor-change',
    `${next.type} runs on ${to} processors, ${current.type} on ${from}: vCPUs are counted as equal here, but the work one vCPU does differs; test the workload before switching`,
    `${withJosa(next.type, '은')} ${to}, ${withJosa(current.type, '은')} ${from} 프로세서입니다: 여기서는 vCPU를 같게 세지만 vCPU 하나가 하는 일의 양은 다르니 바꾸기 전에 워크로드로 시험하세요`,
  );
}

function instanceStoreNote(current: InstanceType, next: InstanceType): Note | null {
  const had = current.localNvmeGiB ?? 0;
  const has = next.localNvmeGiB ?? 0;
  if (had === 0 || has >= had) return null;
  return has === 0
    ? note(
        'instance-store-loss',
        `${current.type} has ${grouped(had)} GiB of local NVMe instance store and ${next.type} has none: move what is kept there (e.g. to EBS) first`,
        `${withJosa(current.type, '은')} 로컬 NVMe 인스턴스 스토어 ${grouped(had)} GiB가 있지만 ${next.type}에는 없습니다: 거기 둔 데이터를 먼저 (예: EBS로) 옮기세요`,
      )
    : note(
        'instance-store-loss',
        `${next.type} has ${grouped(has)} GiB of local NVMe instance store, ${current.type} ${grouped(had)} GiB: check that what is kept there fits`,
        `${next.type}의 로컬 NVMe 인스턴스 스토어는 ${grouped(has)} GiB로 ${current.type}의 ${grouped(had)} GiB보다 작습니다: 거기 둔 데이터가 들어가는지 확인하세요`,
      );
}

/** Lower baseline bandwidth matters only where the data did not measure the use (else it is a requirement). */
function bandwidthNote(current: InstanceType, next: InstanceType, req: Requirements): Note | null {
  const lower: { en: string; ko: string }[] = [];
  if (req.networkMbps === null && current.networkMbps !== null && next.networkMbps !== null)
    if (next.networkMbps < current.networkMbps)
      lower.push({
        en: `network ${grouped(next.networkMbps)} Mbps (now ${grouped(current.networkMbps)})`,
        ko: `네트워크 ${grouped(next.networkMbps)} Mbps (지금 ${grouped(current.networkMbps)})`,
      });
  if (req.ebsMbps === null && current.ebsBandwidthMbps !== null && next.ebsBandwidthMbps !== null)
    if (next.ebsBandwidthMbps < current.ebsBandwidthMbps)
      lower.push({
        en: `EBS ${grouped(next.ebsBandwidthMbps)} Mbps (now ${grouped(current.ebsBandwidthMbps)})`,
        ko: `EBS ${grouped(next.ebsBandwidthMbps)} Mbps (지금 ${grouped(current.ebsBandwidthMbps)})`,
      });
  if (lower.length === 0) return null;
  return note(
    'lower-bandwidth-unmeasured',
    `${next.type} has less baseline bandwidth: ${lower.map((l) => l.en).join(', ')}; the data has no measure of that use, so check it before switching`,
    `${withJosa(next.type, '은')} 기준 대역폭이 더 작습니다: ${lower.map((l) => l.ko).join(', ')}. 데이터에 이 사용량이 없으니 바꾸기 전에 확인하세요`,
  );
}

/** The platform notes for moving `current` to `next` (none when they are the same type). */
export function platformNotes(current: InstanceType, next: InstanceType, req: Requirements): Note[] {
  if (current.type === next.type) return [];
  return [processorNote(current, next), instanceStoreNote(current, next), bandwidthNote(current, next, req)]
    .filter((n): n is Note => n !== null)
    .map((n) => ({ ...n, about: next.type }));
}
