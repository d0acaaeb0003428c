/**
 * Whether #root holds a prerendered first screen this visitor can take over: built in their language and
 * not marked stale by index.html's first-screen-gate.js (which sees their stored settings before paint).
 */
export function canHydrate(container: HTMLElement, language: string): boolean {
  return (
    container.dataset.prerendered === language &&
    !container.ownerDocument.documentElement.hasAttribute('data-stale-first-screen')
  );
}
