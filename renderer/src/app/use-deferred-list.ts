import { useEffect, useState, type DependencyList } from 'react';

/**
 * A list that is not needed for the first paint (e.g. the 1,363 instance-type suggestions): empty at first,
 * filled once the browser is idle after the app is on screen.
 */
export function useDeferredList<T>(make: () => T[], deps: DependencyList): T[] {
  const [list, setList] = useState<T[]>([]);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => setList(make()));
    return () => cancel(handle as number);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return list;
}
