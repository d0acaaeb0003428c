import { useEffect, useRef } from 'react';
import { editCommandOf, isTextEntry, type EditCommand } from './edit-keys';

/**
 * In the browser (no desktop menu to take the keys), Ctrl/⌘+Z and redo outside text fields run `onCommand`.
 * The desktop app gets the same keys as menu commands instead (App's `edit:undo` / `edit:redo`).
 */
export function useEditKeys(enabled: boolean, onCommand: (command: EditCommand) => void): void {
  const commandRef = useRef(onCommand);
  useEffect(() => {
    commandRef.current = onCommand;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = editCommandOf(event);
      if (command === null || event.defaultPrevented || isTextEntry(document.activeElement)) return;
      event.preventDefault();
      commandRef.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
