/**
 * The desktop shell's side of the workspace: menu commands in, window title / unsaved flag / language out.
 * Does nothing in web mode. (Autosave and recovery, for both modes: use-autosave.ts.)
 */
import { useEffect, useRef } from 'react';
import type { CloudSizerBridge, MenuCommand } from '../../../electron/ipc-contract';
import type { Language } from '../i18n';
import type { WorkspaceState } from '../workspace/workspace-state';

type Options = {
  bridge: CloudSizerBridge | undefined;
  state: WorkspaceState;
  language: Language;
  onCommand: (command: MenuCommand) => void;
};

export function useDesktopBridge({ bridge, state, language, onCommand }: Options): void {
  const commandRef = useRef(onCommand);
  useEffect(() => {
    commandRef.current = onCommand;
  });

  useEffect(() => {
    if (!bridge) return;
    return bridge.onMenuCommand((command) => commandRef.current(command));
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
}
