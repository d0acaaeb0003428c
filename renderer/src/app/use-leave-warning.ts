/**
 * Web mode: the browser asks before the page is closed or reloaded while work is unsaved (its own wording; a
 * page cannot choose the text). The desktop app asks from main instead, so this is off there.
 */
import { useEffect } from 'react';

export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // older Chromium shows the prompt only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
