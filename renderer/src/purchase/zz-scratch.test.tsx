// @vitest-environment jsdom
import { beforeAll, it } from 'vitest';
import { fakeLayout, renderWithI18n } from '../instances/test-render';
import { testSnapshot } from '../instances/test-snapshot';
import { PurchaseOptionsPanel } from './PurchaseOptionsPanel';
import { writeFileSync } from 'node:fs';
beforeAll(fakeLayout);
it('dump', () => {
  const out: string[] = [];
  for (const [type, region, os] of [['m5.large','ap-northeast-2','linux'],['m5.large','us-east-1','windows'],['t3.micro','ap-northeast-2','windows'],['c7g.large','eu-west-1','linux']] as const) {
    const { container, unmount } = renderWithI18n(<PurchaseOptionsPanel snapshot={testSnapshot()} region={region} type={type} os={os} count={1} hoursPerMonth={730} />, 'ko');
    out.push(`==== ${type} ${region} ${os}`);
    const walk = (n: Node) => { if (n.nodeType === 3) { const t = (n.textContent ?? '').trim(); if (t) out.push(t); } n.childNodes.forEach(walk); };
    walk(container);
    container.querySelectorAll('*').forEach((el) => { for (const a of ['title','aria-label','placeholder']) { const v = el.getAttribute(a); if (v) out.push(`@${a}: ${v}`); } });
    unmount();
  }
  writeFileSync('/tmp/po-ko.txt', out.join('\n'));
});
