/**
 * Autosave of the open workspace (every scenario, as a workspace file) while it has unsaved changes, and the
 * offer to recover it at start (the app asks with RecoveryDialog): in the desktop app through the bridge (main
 * keeps the copy until a clean quit), in web mode in the browser's storage (web-autosave.ts), where the page's copy
 * is dropped as soon as its work is saved (`onSaved`) because a page has no clean quit to wait for.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { workspaceText } from '../files/document-files';
import type { WorkspaceState } from '../workspace/workspace-state';
import type { RecoveryChoice } from './RecoveryDialog';
import type { AutosaveStore } from './web-autosave';

const AUTOSAVE_DELAY_MS = 1500;

/** The autosave a closed or crashed session left, waiting for the user's choice. */
export type PendingRecovery = { text: string; savedAt: string };

export type AutosaveState = {
  recovery: PendingRecovery | null;
  /** restore (then discard the copy), discard, or later (keep the copy for the next start) */
  resolveRecovery: (choice: RecoveryChoice) => void;
};

type Options = {
  store: AutosaveStore | undefined;
  state: WorkspaceState;
  /** called once nothing is unsaved any more (web mode drops its copy then) */
  onSaved?: (() => void) | undefined;
  /** called with the recovered workspace text once the user chose to restore it */
  onRecover: (text: string) => void;
};

export function useAutosave({ store, state, onSaved, onRecover }: Options): AutosaveState {
  const recoverRef = useRef(onRecover);
  useEffect(() => {
    recoverRef.current = onRecover;
  });

  const [recovery, setRecovery] = useState<PendingRecovery | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void store.autosaveRecover().then((result) => {
      if (live && result.ok && result.value.available)
        setRecovery({ text: result.value.text, savedAt: result.value.savedAt });
    });
    return () => {
      live = false;
    };
  }, [store]);

  const resolveRecovery = useCallback(
    (choice: RecoveryChoice) => {
      if (!recovery) return;
      setRecovery(null);
      if (choice === 'later') return;
      if (choice === 'restore') recoverRef.current(recovery.text);
      void store?.autosaveClear();
    },
    [store, recovery],
  );

  const workspace = state.workspace;
  // closing asks first when anything in the workspace would be lost, not only the scenario on screen
  const unsaved = state.anyUnsaved;
  useEffect(() => {
    if (!store || !unsaved) return;
    const timer = setTimeout(
      () => void store.autosaveWrite({ text: workspaceText(workspace) }),
      AUTOSAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [store, workspace, unsaved]);

  // a change to "saved", not the saved state the page starts in
  const wasUnsaved = useRef(false);
  const savedRef = useRef(onSaved);
  useEffect(() => {
    savedRef.current = onSaved;
  });
  useEffect(() => {
    if (wasUnsaved.current && !unsaved) savedRef.current?.();
    wasUnsaved.current = unsaved;
  }, [unsaved]);

  return { recovery, resolveRecovery };
}
