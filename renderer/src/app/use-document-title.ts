/**
 * Web mode: the tab shows the scenario's name, with a dot while anything is unsaved, as desktop editors do in
 * their window title (the desktop app's title is set by main: use-desktop-bridge.ts).
 */
import { useEffect } from 'react';

export function documentTitle(name: string, unsaved: boolean): string {
  return `${unsaved ? '● ' : ''}${name.trim() || 'CloudSizer'} — CloudSizer`;
}

export function useDocumentTitle(active: boolean, name: string, unsaved: boolean): void {
  useEffect(() => {
    if (active) document.title = documentTitle(name, unsaved);
  }, [active, name, unsaved]);
}
