/** Small builders shared by the lookups' structured messages. */
import type { Message } from '../trace/types';
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
