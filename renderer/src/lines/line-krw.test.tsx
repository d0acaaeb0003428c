// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ec2Item, Scenario } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { axeViolations } from '../test/axe';
import { renderLines } from './test-render-lines';

afterEach(cleanup);

const card = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-line-id="${id}"]`)!;
const text = (scope: HTMLElement, testId: string) => within(scope).getByTestId(testId).textContent;

const m5 = (id: string, purchase: Ec2Item['purchase']): Ec2Item => ({
  service: 'ec2',
  id,
  tags: [],
  instanceType: 'm5.large',
  count: 1,
  os: 'linux',
  tenancy: 'shared',
  usage: { pattern: 'always-on' },
  purchase,
});

/** m5.large in us-east-1 on demand and on a 1-year standard partial-upfront RI ($252 + $0.029/h). */
function virginia(settings: Partial<Scenario['settings']>): Scenario {
  const base = defaultScenario('ko');
  return {
    ...base,
    region: 'us-east-1',
    settings: { ...base.settings, ...settings },
    items: [
      m5('od', { option: 'on-demand' }),
      m5('ri', { option: 'reserved', offeringClass: 'standard', term: '1yr', payment: 'partial-upfront' }),
    ],
  };
}

const KRW_1350 = { display: 'KRW', krwPerUsd: '1350', rateDate: '2026-07-20' } as const;

describe('line amounts in KRW', () => {
  it('shows each line in KRW at the scenario rate, rounded half-up to the won, with the USD beside it', async () => {
    const { container } = renderLines(virginia({ currency: KRW_1350 }));
    const od = card(container, 'od');
    // $0.096 × 730 h = $70.08; × 1,350 = ₩94,608
    expect(text(od, 'line-monthly-krw')).toBe('₩94,608');
    expect(text(od, 'line-monthly')).toBe('$70.08');
    expect(within(od).queryByTestId('line-upfront-krw')).toBeNull();

    const ri = card(container, 'ri');
    // $0.029 × 730 h = $21.17; × 1,350 = ₩28,579.5 → ₩28,580 (half-up); upfront $252 × 1,350 = ₩340,200
    expect(text(ri, 'line-monthly-krw')).toBe('₩28,580');
    expect(text(ri, 'line-monthly')).toBe('$21.17');
    expect(text(ri, 'line-upfront-krw')).toBe('₩340,200');
    expect(text(ri, 'line-upfront')).toBe('$252.00');
    expect(within(ri).queryByText('부가세 별도')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says line amounts are before VAT when VAT is on', () => {
    const { container } = renderLines(virginia({ currency: KRW_1350, vat: true }));
    expect(within(card(container, 'od')).getByText('부가세 별도')).toBeTruthy();
    expect(text(card(container, 'od'), 'line-monthly-krw')).toBe('₩94,608');
  });

  it('shows USD only when the scenario shows USD', () => {
    const { container } = renderLines(virginia({}), 'en');
    const ri = card(container, 'ri');
    expect(text(ri, 'line-monthly')).toBe('$21.17');
    expect(text(ri, 'line-upfront')).toBe('$252.00');
    expect(within(ri).queryByTestId('line-monthly-krw')).toBeNull();
    expect(within(ri).queryByText(/₩/)).toBeNull();
  });
});
