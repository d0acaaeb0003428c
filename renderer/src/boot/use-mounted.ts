import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the build prerenders the first screen and while the browser hydrates it, true in any other
 * render. Parts that cannot be prerendered (lazily loaded charts) wait for it, so the hydrating render matches.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
