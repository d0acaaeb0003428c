import { useCallback, useEffect, useState } from 'react';

/** Lists at most this long are rendered whole from the start. */
export const SHORT_LIST = 12;

/**
 * A long option list (36 regions in each line's region select) is not needed for the first paint: until
 * the browser is idle after mounting, or the control is focused or pressed, only the chosen option is
 * rendered. Focus and pointer-down come before the list opens and before any key reaches it.
 */
export function useFullList(length: number): { full: boolean; expand: () => void } {
  const [full, setFull] = useState(length <= SHORT_LIST);
  const expand = useCallback(() => setFull(true), []);
  useEffect(() => {
    if (full) return;
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(expand, { timeout: 1000 });
    return () => cancel(handle as number);
  }, [full, expand]);
  return { full, expand };
}
