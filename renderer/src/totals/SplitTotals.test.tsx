// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { renderLines } from '../lines/test-render-lines';
import { axeViolations } from '../test/axe';

afterEach(cleanup);

const card = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-line-id="${id}"]`)!;
const shown = (testId: string) => screen.getByTestId(testId).textContent;

// Seoul, 730 h: m5.large × 2 $172.28, r5.large $110.96, gp3 2 × 50 GB $9.12, S3 $6.15, transfer $26.20
function seoul(groups: Scenario['groups'], settings: Partial<Scenario['settings']> = {}): Scenario {
  const base = defaultScenario('ko');
  return { ...base, groups, settings: { ...base.settings, ...settings } };
}

describe('totals by group and by tag', () => {
  it('appear only once the scenario has groups / a line has a tag', async () => {
    const user = userEvent.setup();
    const { container } = renderLines(seoul([]));
    expect(screen.queryByTestId('group-totals')).toBeNull();
    expect(screen.queryByTestId('tag-totals')).toBeNull();

    await user.type(within(card(container, 'ec2-1')).getByLabelText('태그'), 'prod{Enter}');
    const tags = screen.getByRole('region', { name: '태그별 월 비용' });
    expect(
      within(tags)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['prod', '태그 없음']);
    expect(shown('tag-total-prod')).toBe('$172.28');
    // 110.96 + 9.12 + 6.15 + 26.20
    expect(shown('tag-total-(none)')).toBe('$152.43');
    expect(screen.queryByTestId('group-totals')).toBeNull();
  });

  it('sums each group’s lines, lists empty groups and the lines without a group', async () => {
    const { container } = renderLines(
      seoul([
        { id: 'servers', name: '서버' },
        { id: 'cache', name: '캐시' },
      ]),
    );
    for (const id of ['ec2-1', 'ec2-2'])
      fireEvent.change(within(card(container, id)).getByLabelText('그룹'), { target: { value: 'servers' } });
    const groups = screen.getByRole('region', { name: '그룹별 월 비용' });
    expect(
      within(groups)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['서버', '캐시', '그룹 없음']);
    expect(shown('group-total-servers')).toBe('$283.24'); // 172.28 + 110.96
    expect(shown('group-total-cache')).toBe('항목 없음');
    expect(shown('group-total-(none)')).toBe('$41.47'); // 9.12 + 6.15 + 26.20
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows KRW beside USD at the scenario rate, notes VAT, and marks a group with an unpriced line', () => {
    const { container } = renderLines(
      seoul([{ id: 'servers', name: '서버' }], {
        currency: { display: 'KRW', krwPerUsd: '1385.20', rateDate: '2026-07-20' },
        vat: true,
      }),
    );
    for (const id of ['ec2-1', 'ec2-2'])
      fireEvent.change(within(card(container, id)).getByLabelText('그룹'), { target: { value: 'servers' } });
    // 283.24 × 1,385.2 = 392,344.048 → ₩392,344
    expect(shown('group-total-servers-krw')).toBe('₩392,344');
    expect(screen.getByText('월 비용, 부가세 별도')).toBeTruthy();

    fireEvent.change(within(card(container, 'ec2-2')).getByLabelText('인스턴스 유형'), {
      target: { value: 'm5.gigantic' },
    });
    const row = screen.getByRole('rowheader', { name: /서버/ });
    expect(row.textContent).toBe('서버 (일부 가격 없음)');
    expect(shown('group-total-servers')).toBe('$172.28');
  });
});
