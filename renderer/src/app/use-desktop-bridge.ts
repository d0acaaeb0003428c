/**
 * The desktop shell's side of the workspace: menu commands in, window title / unsaved flag / language out,
 * autosave of the open workspace (every scenario, as a workspace file), and the offer to recover it after a
 * crash. Does nothing in web mode.
 */
import { useEffect, useRef } from 'react';
import type { CloudSizerBridge, MenuCommand } from '../../../electron/ipc-contract';
import { workspaceText } from '../files/document-files';
import type { Language } from '../i18n';
import type { WorkspaceState } from '../workspace/workspace-state';

const AUTOSAVE_DELAY_MS = 1500;

type Options = {
  bridge: CloudSizerBridge | undefined;
  state: WorkspaceState;
  language: Language;
  onCommand: (command: MenuCommand) => void;
  /** called with the recovered workspace text once the user agrees (see `confirmRecovery`) */
  onRecover: (text: string) => void;
  confirmRecovery?: () => boolean;
};

export function useDesktopBridge({
  bridge,
  state,
  language,
  onCommand,
  onRecover,
  confirmRecovery,
}: Options): void {
  const commandRef = useRef(onCommand);
  const recoverRef = useRef(onRecover);
  const confirmRef = useRef(confirmRecovery);
  useEffect(() => {
    commandRef.current = onCommand;
    recoverRef.current = onRecover;
    confirmRef.current = confirmRecovery;
  });

  useEffect(() => {
    if (!bridge) return;
    return bridge.onMenuCommand((command) => commandRef.current(command));
  }, [bridge]);

  useEffect(() => {
    if (!bridge) return;
    void bridge.autosaveRecover().then((result) => {
      if (!result.ok || !result.value.available) return;
      const agree = confirmRef.current ?? (() => true);
      if (agree()) recoverRef.current(result.value.text);
      void bridge.autosaveClear();
    });
  }, [bridge]);

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
}
