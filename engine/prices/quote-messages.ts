/** Small builders shared by the lookups' structured messages. */
import { fillTemplate } from '../trace/format';
import type { LocalizedText, Message, Params } from '../trace/types';
import type { PriceSnapshot } from './load-snapshot';

const snapshotMessages = new WeakMap<PriceSnapshot, Message>();

/** "snapshot 2026-11-snapshot-1" / "스냅샷 2026-11-snapshot-1" (the message form of snapshotLabel). */
export function snapshotMessage(snap: PriceSnapshot): Message {
  let message = snapshotMessages.get(snap);
  if (!message) {
    message = { key: 'snapshot.label', params: { id: snap.manifest.snapshotId } };
    snapshotMessages.set(snap, message);
  }
  return message;
}

/**
 * Texts of the exact-Windows quotes, written here in both languages with `{name}` parameters like the
 * templates of engine/trace/messages.ts (MESSAGES), where they can move as they are.
 */
export const WINDOWS_TEXTS = {
  exact: {
    en: 'On-demand Windows (licence included) {rate}/h for {type} in {region} from {source}{note}',
    ko: '{region} {type} 온디맨드 Windows(라이선스 포함) 요금 {rate}/시간, 출처: {source}{note}',
  },
  burstable: {
    en: 'Windows price for burstable {type} is unavailable in {region}: T types need a real Windows rate and {snapshot} has none (the per-vCPU adder rule applies to non-burstable types only); a price update from the AWS Price List fills it',
    ko: '버스터블 {type}의 Windows 가격이 없습니다({region}): T 유형에는 실제 Windows 요금이 필요한데 {snapshot}에는 없습니다(vCPU당 추가 요금 규칙은 버스터블이 아닌 유형에만 적용). AWS 가격 목록 파일로 가격 업데이트를 실행하면 채워집니다',
  },
} as const satisfies Record<string, LocalizedText>;

/** A message of one of the texts above: its parameters rendered into each language's template. */
export function textMessage(template: LocalizedText, params: Params): Message {
  return {
    key: 'note',
    params: {
      text: { en: fillTemplate(template.en, params, 'en'), ko: fillTemplate(template.ko, params, 'ko') },
    },
  };
}
