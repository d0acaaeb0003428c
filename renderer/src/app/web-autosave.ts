/**
 * Web mode's autosave (the plain page and the portable file): the open workspace kept in the browser's
 * localStorage while it has unsaved changes, and offered back (RecoveryDialog) when the page was closed or the
 * browser crashed before it was saved: what the desktop app keeps in its user-data folder (electron/autosave.ts).
 * The same calls as the desktop bridge's, so one hook drives both (use-autosave.ts).
 */
import { z } from 'zod';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';

export const WEB_AUTOSAVE_KEY = 'cloudsizer.autosave';

export type AutosaveStore = Pick<CloudSizerBridge, 'autosaveWrite' | 'autosaveRecover' | 'autosaveClear'>;

const storedSchema = z.object({ savedAt: z.string(), text: z.string() });

/** The error's own message (a DOMException, which is not an Error everywhere, included). */
const reason = (error: unknown) =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);

/** An autosave in `storage`; undefined where the page has no storage (then nothing is kept). */
export function webAutosave(
  storage: Storage | undefined,
  now: () => Date = () => new Date(),
): AutosaveStore | undefined {
  if (!storage) return undefined;
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
      let stored: unknown;
      try {
        stored = JSON.parse(storage.getItem(WEB_AUTOSAVE_KEY) ?? 'null');
      } catch {
        stored = null;
      }
      const parsed = storedSchema.safeParse(stored);
      return Promise.resolve({
        ok: true,
        value: parsed.success
          ? { available: true, text: parsed.data.text, savedAt: parsed.data.savedAt }
          : { available: false },
      });
    },
    autosaveClear: () => {
      storage.removeItem(WEB_AUTOSAVE_KEY);
      return Promise.resolve({ ok: true, value: null });
    },
  };
}
