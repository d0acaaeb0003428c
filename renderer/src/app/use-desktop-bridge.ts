/**
 * The desktop shell's side of the workspace: menu commands in, window title / unsaved flag / language out,
 * autosave of the open workspace (every scenario, as a workspace file), and the offer to recover it after a
 * crash (the app asks with RecoveryDialog). Does nothing in web mode.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CloudSizerBridge, MenuCommand } from '../../../electron/ipc-contract';
import { workspaceText } from '../files/document-files';
import type { Language } from '../i18n';
import type { WorkspaceState } from '../workspace/workspace-state';
import type { RecoveryChoice } from './RecoveryDialog';

const AUTOSAVE_DELAY_MS = 1500;

type Options = {
  bridge: CloudSizerBridge | undefined;
  state: WorkspaceState;
  language: Language;
  onCommand: (command: MenuCommand) => void;
  /** called with the recovered workspace text once the user chose to restore it */
  onRecover: (text: string) => void;
};

/** The autosave a crashed session left, waiting for the user's choice. */
export type PendingRecovery = { text: string; savedAt: string };

export type DesktopBridgeState = {
  recovery: PendingRecovery | null;
  /** restore (then discard the copy), discard, or later (keep the copy for the next start) */
  resolveRecovery: (choice: RecoveryChoice) => void;
};

export function useDesktopBridge({
  bridge,
  state,
  language,
  onCommand,
  onRecover,
}: Options): DesktopBridgeState {
  const commandRef = useRef(onCommand);
  const recoverRef = useRef(onRecover);
  useEffect(() => {
    commandRef.current = onCommand;
    recoverRef.current = onRecover;
  });

  useEffect(() => {
    if (!bridge) return;
    return bridge.onMenuCommand((command) => commandRef.current(command));
  }, [bridge]);

  const [recovery, setRecovery] = useState<PendingRecovery | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void bridge.autosaveRecover().then((result) => {
      if (live && result.ok && result.value.available)
        setRecovery({ text: result.value.text, savedAt: result.value.savedAt });
    });
    return () => {
      live = false;
    };
  }, [bridge]);

  const resolveRecovery = useCallback(
    (choice: RecoveryChoice) => {
      if (!recovery) return;
      setRecovery(null);
      if (choice === 'later') return;
      if (choice === 'restore') recoverRef.current(recovery.text);
      void bridge?.autosaveClear();
    },
    [bridge, recovery],
  );

  useEffect(() => {
    void bridge?.appSetLanguage({ language });
  }, [bridge, language]);

  const name = state.scenario.name;
  const fileName = state.origin?.kind === 'desktop' ? state.origin.path : null;
  // closing asks first when anything in the workspace would be lost, not only the scenario on screen
  const unsaved = state.anyUnsaved;
  useEffect(() => {
    void bridge?.appSetDocumentState({
      title: fileName ? `${name} — ${fileName}` : name,
      dirty: unsaved,
    });
  }, [bridge, name, fileName, unsaved]);

  const workspace = state.workspace;
  useEffect(() => {
    if (!bridge || !unsaved) return;
    const timer = setTimeout(
      () => void bridge.autosaveWrite({ text: workspaceText(workspace) }),
      AUTOSAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [bridge, workspace, unsaved]);

  return { recovery, resolveRecovery };
}
