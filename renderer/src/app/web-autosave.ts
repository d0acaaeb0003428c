/**
 * Web mode's autosave (the plain page and the portable file): the open workspace kept in the browser's
 * localStorage while it has unsaved changes, and offered back (RecoveryDialog) when the page was closed or the
 * browser crashed before it was saved: what the desktop app keeps in its user-data folder (electron/autosave.ts).
 * As there, the copy a closed page left is moved aside at start, so this page's own autosave never overwrites
 * work the user has not yet decided about. The same calls as the desktop bridge's, so one hook drives both
 * (use-autosave.ts), plus forgetting this page's copy once its work is saved.
 */
import { z } from 'zod';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';

/** this page's copy of its unsaved work */
export const WEB_AUTOSAVE_KEY = 'cloudsizer.autosave';
/** the copy a closed page left, offered back until the user restores or discards it */
export const WEB_RECOVERY_KEY = 'cloudsizer.autosave.recovery';

export type AutosaveStore = Pick<CloudSizerBridge, 'autosaveWrite' | 'autosaveRecover' | 'autosaveClear'>;
export type WebAutosaveStore = AutosaveStore & { autosaveForget: () => void };

const storedSchema = z.object({ savedAt: z.string(), text: z.string() });

/** The error's own message (a DOMException, which is not an Error everywhere, included). */
const reason = (error: unknown) =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);

/** An autosave in `storage`; undefined where the page has no storage (then nothing is kept). */
export function webAutosave(
  storage: Storage | undefined,
  now: () => Date = () => new Date(),
): WebAutosaveStore | undefined {
  if (!storage) return undefined;
  const read = (key: string) => {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  return {
    autosaveWrite: ({ text }) => {
      const savedAt = now().toISOString();
      try {
        storage.setItem(WEB_AUTOSAVE_KEY, JSON.stringify({ savedAt, text }));
        return Promise.resolve({ ok: true, value: { savedAt } });
      } catch (error) {
        // e.g. the browser's storage quota: the work on screen is untouched, only the copy is missing
        return Promise.resolve({
          ok: false,
          error: { code: 'io', message: `the autosave could not be stored: ${reason(error)}` },
        });
      }
    },
    autosaveRecover: () => {
      // the last page's copy becomes the one offered (the newer of the two, if one was already waiting)
      const left = read(WEB_AUTOSAVE_KEY);
      if (left) {
        try {
          storage.setItem(WEB_RECOVERY_KEY, JSON.stringify(left));
          storage.removeItem(WEB_AUTOSAVE_KEY);
        } catch {
          // no room to move it: it stays where it is and is offered from there
          return Promise.resolve({ ok: true, value: { available: true, ...left } });
        }
      }
      const waiting = read(WEB_RECOVERY_KEY);
      return Promise.resolve({
        ok: true,
        value: waiting
          ? { available: true, text: waiting.text, savedAt: waiting.savedAt }
          : { available: false },
      });
    },
    autosaveClear: () => {
      storage.removeItem(WEB_RECOVERY_KEY);
      return Promise.resolve({ ok: true, value: null });
    },
    autosaveForget: () => storage.removeItem(WEB_AUTOSAVE_KEY),
  };
}
