import axe from 'axe-core';

// jsdom has no canvas; axe only probes it (for icon fonts), so say "no 2D context" instead of jsdom's noise
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

/** Violations axe finds in `container` (colour contrast needs a real renderer: the e2e screenshots cover it). */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
