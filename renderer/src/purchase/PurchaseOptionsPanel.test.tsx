// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { OperatingSystem, Region } from '../../../pricing-data/schema';
import type { Language } from '../i18n';
import { axeViolations, fakeLayout, renderWithI18n } from '../instances/test-render';
import { testSnapshot } from '../instances/test-snapshot';
import { PurchaseOptionsPanel } from './PurchaseOptionsPanel';
import { englishWordsIn } from '../../../engine/trace/testing/english-words';
import { koreanDataText } from '../../../engine/prices/curated-names';
import { englishRunsIn } from '../price-tables/test-english-runs';

beforeAll(fakeLayout);
afterEach(cleanup);

const text = (element: Element | null | undefined): string => element?.textContent ?? '';

/** Titles of external price sources: names, kept in English (our own sources' titles have Korean). */
const externalSourceNames = () =>
  testSnapshot()
    .manifest.sources.map((s) => s.title)
    .filter((title) => koreanDataText(title) === null);

function renderPanel(
  {
    type = 'm5.large',
    region = 'us-east-1',
    os = 'linux',
    count = 1,
  }: {
    type?: string | null;
    region?: Region;
    os?: OperatingSystem;
    count?: number;
  } = {},
  language: Language = 'ko',
) {
  return renderWithI18n(
    <PurchaseOptionsPanel
      snapshot={testSnapshot()}
      region={region}
      type={type}
      os={os}
      count={count}
      hoursPerMonth={730}
    />,
    language,
  );
}

/** The table row whose header cell reads `label` inside the group headed `group`. */
function optionRow(group: string, label: string): HTMLElement {
  const table = screen.getByRole('table', { name: '구매 옵션별 비용' });
  const body = within(table)
    .getAllByRole('rowgroup')
    .find((g) => within(g).queryByRole('columnheader', { name: group }));
  if (!body) throw new Error(`no group ${group}`);
  const header = within(body).getByRole('rowheader', { name: new RegExp(`^${label}`) });
  return header.closest('tr') as HTMLElement;
}

describe('PurchaseOptionsPanel', () => {
  it('asks for a selection when no type is chosen', () => {
    renderPanel({ type: null });
    expect(text(screen.getByRole('region', { name: '구매 옵션 비교' }))).toContain(
      '인스턴스 유형을 선택하면 구매 옵션별 비용을 비교합니다.',
    );
  });

  it('shows every option side by side with upfront on its own column', () => {
    renderPanel();
    const onDemand = optionRow('온디맨드 · 스팟 인스턴스', '온디맨드');
    expect(within(onDemand).getAllByRole('cell').map(text)).toEqual([
      '정확정확한 요금: AWS Pricing API, us-east-1 Linux on-demand (via Karpenter generated pricing table) (2026-07-20)',
      '$0.096',
      '$0.00',
      '$70.08',
      '$840.96',
      '$2,522.88',
      '0.0%',
      '해당 없음',
    ]);
    const ri = optionRow('예약 인스턴스(RI)', '표준 1년 전체 선결제');
    const cells = within(ri).getAllByRole('cell').map(text);
    expect(cells.slice(2)).toEqual(['$494.00', '$0.00', '$494.00', '$1,482.00', '41.3%', '8개월 차']);
    expect(cells[0]).toMatch(/^정확/);
  });

  it('labels Spot as the historical average with its interruption band', () => {
    renderPanel();
    const spot = optionRow('온디맨드 · 스팟 인스턴스', '스팟 인스턴스');
    expect(text(spot)).toContain('스팟 인스턴스 (과거 평균)');
    expect(text(spot)).toContain('중단 빈도 15-20%');
    expect(text(spot)).toContain('온디맨드 대비 66% 할인');
    expect(text(within(spot).getAllByRole('cell')[0])).toMatch(/^추정/);
  });

  it('badges estimates with how the engine estimated them, in Korean', () => {
    renderPanel();
    const sp = optionRow('절감형 플랜(Savings Plans)', 'Compute 3년 전체 선결제');
    const badge = within(sp).getByText('추정');
    const details = text(badge.closest('details'));
    expect(details).toContain(
      '추정 방법: 추정치(스냅샷 2026-11-snapshot-1에 정확한 요금 없음): us-east-1 m5.large Linux, 3년 Compute 절감형 플랜(Savings Plans), 전체 선결제: Linux 온디맨드 0.096/시간 × (1 − 일반 할인율 0.6501)',
    );
    // the typical-discount table is our own derived source: its title in Korean
    expect(details).toContain(
      '추정 요금 (정확한 요금 없음): 정확한 요금표에서 구한 예약 인스턴스 / 절감형 플랜(Savings Plans) 일반 할인율 (추정값) (2026-11-21)',
    );
    expect(englishWordsIn(details, externalSourceNames())).toEqual([]);
  });

  it('shows no English prose in Korean where RI and Savings Plan rates are estimates', () => {
    // Seoul m5.large: exact on-demand, estimated RI / SP; Virginia m5.large Windows: the licence rule as well
    for (const props of [
      { region: 'ap-northeast-2' as const },
      { region: 'us-east-1' as const, os: 'windows' as const },
    ]) {
      const { container, unmount } = renderPanel(props);
      const estimates = within(container).getAllByText('추정');
      expect(estimates.length).toBeGreaterThanOrEqual(24);
      expect(englishRunsIn(container, externalSourceNames())).toEqual([]);
      unmount();
    }
  });

  it("badges estimates with the typical-discount table's own method note in English", () => {
    renderPanel({}, 'en');
    const sp = within(screen.getByRole('table')).getByRole('rowheader', {
      name: /^Compute 3 years All upfront/,
    });
    const details = text(
      within(sp.closest('tr') as HTMLElement)
        .getByText('Estimate')
        .closest('details'),
    );
    expect(details).toContain('Method: Estimate only: no Savings Plan rate card is bundled.');
  });

  it('says where an exact rate comes from, with an undated source in Korean', () => {
    renderPanel({ region: 'ap-northeast-2' });
    const od = optionRow('온디맨드 · 스팟 인스턴스', '온디맨드');
    const details = text(within(od).getByText('정확').closest('details'));
    expect(details).toMatch(/^정확정확한 요금: .+ \(날짜 없음\)$/);
  });

  it('shows the reason in Korean instead of numbers where a price is unavailable', () => {
    renderPanel({ type: 't3.micro', os: 'windows' });
    const row = optionRow('온디맨드 · 스팟 인스턴스', '온디맨드');
    const cells = within(row).getAllByRole('cell');
    expect(text(cells[0])).toMatch(/^가격 없음/);
    expect(cells[1]?.getAttribute('colspan')).toBe('7');
    expect(text(cells[1])).toMatch(/가격 없음/);
    expect(text(cells[1])).not.toMatch(/\$0\.00/);
    expect(screen.getByText('가격이 있는 옵션이 없어 차트를 그릴 수 없습니다.')).toBeTruthy();
  });

  it('lets the user choose the chart lines: on-demand and the three cheapest by default', () => {
    const { container } = renderPanel();
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(4);
    const toggles = screen.getByRole('group', { name: '차트에 표시할 옵션' });
    const checked = within(toggles)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => text(box.closest('label')));
    expect(checked).toEqual([
      '온디맨드',
      '절감형 플랜(Savings Plans) EC2 Instance 3년 선결제 없음',
      '절감형 플랜(Savings Plans) EC2 Instance 3년 부분 선결제',
      '절감형 플랜(Savings Plans) EC2 Instance 3년 전체 선결제',
    ]);
    const riAllUpfront = within(toggles).getByLabelText('예약 인스턴스(RI) 표준 1년 전체 선결제');
    fireEvent.click(riAllUpfront);
    expect((riAllUpfront as HTMLInputElement).checked).toBe(true);
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(5);
    expect(container.querySelectorAll('.recharts-reference-dot')).toHaveLength(3);
    const legend = document.querySelector('.cs-chart-legend');
    expect(text(legend)).toContain('예약 인스턴스(RI) 표준 1년 전체 선결제 — 손익분기 8개월 차');
  });

  it('speaks English', () => {
    renderPanel({}, 'en');
    expect(screen.getByRole('columnheader', { name: 'Break-even month' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: /^Standard 1 year All upfront/ })).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = renderPanel();
    await act(async () => {});
    expect(await axeViolations(container)).toEqual([]);
  });
});
