// @vitest-environment jsdom
import { it } from 'vitest';
import { PriceTablesPage } from './PriceTablesPage';
import { bundledSnapshot, renderWithPriceTables } from './test-helpers';
import { writeFileSync } from 'node:fs';

it('dump', () => {
  const { container } = renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
  const texts: string[] = [];
  const walk = (n: Node) => { if (n.nodeType === 3) { const t = (n.textContent ?? '').trim(); if (t) texts.push(t); } n.childNodes.forEach(walk); };
  walk(container);
  // also attributes
  container.querySelectorAll('*').forEach((el) => { for (const a of ['title','aria-label','placeholder']) { const v = el.getAttribute(a); if (v) texts.push(`@${a}: ${v}`); } });
  writeFileSync('/tmp/pt-ko.txt', texts.join('\n'));
});
