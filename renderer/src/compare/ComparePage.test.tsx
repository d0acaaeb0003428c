// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparisonCsv, compareEstimates, estimate, krw, pricesFromSnapshot, usd } from '../../../engine';
import type { Scenario } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { groupDigits } from '../files/display-cells';
import { bundledSnapshot } from '../price-tables/test-helpers';
import { axeViolations } from '../test/axe';
import { renderWithI18n } from '../workspace/test-render';
import { ComparePage } from './ComparePage';

afterEach(cleanup);

const prices = pricesFromSnapshot(bundledSnapshot());
const onDemand: Scenario = { ...defaultScenario('ko'), name: '온디맨드', region: 'us-east-1' };
/** the web servers (2 × m5.large in N. Virginia) on a 3-year all-upfront standard RI: $1,898.00 once */
const ri: Scenario = {
  ...onDemand,
  name: '3년 RI',
  items: onDemand.items.map((item) =>
    item.id === 'ec2-1' && item.service === 'ec2'
      ? {
          ...item,
          purchase: { option: 'reserved', offeringClass: 'standard', term: '3yr', payment: 'all-upfront' },
        }
      : item,
  ),
};
const unpriced: Scenario = {
  ...onDemand,
  name: '가격 없음 포함',
  items: [...onDemand.items, { ...onDemand.items[0]!, id: 'ec2-9', instanceType: 'zz9.huge' } as never],
};
const entries = [
  { id: 's1', scenario: onDemand },
  { id: 's2', scenario: ri },
  { id: 's3', scenario: unpriced },
];

function renderPage(onExportCsv = vi.fn(), onEnglishHeaders = vi.fn(), englishHeaders = false) {
  const view = renderWithI18n(
    <ComparePage
      entries={entries}
      prices={prices}
      englishHeaders={englishHeaders}
      onEnglishHeaders={onEnglishHeaders}
      onExportCsv={onExportCsv}
    />,
  );
  return { ...view, onExportCsv, onEnglishHeaders };
}

const shown = (testId: string) => screen.getByTestId(testId).textContent;

describe('ComparePage', () => {
  it('shows the totals side by side with the differences to the baseline and the cheapest marked', async () => {
    const { container } = renderPage();
    const a = estimate(onDemand, prices).totals;
    const b = estimate(ri, prices).totals;
    expect(shown('compare-monthly-0')).toBe(groupDigits(usd(a.monthly)));
    expect(shown('compare-months36-1')).toBe(groupDigits(usd(b.months36)));
    // the RI: $1,898.00 upfront for two m5.large (AWS rate card), nothing per month for them
    expect(b.upfront.toFixed(2)).toBe('1898.00');
    expect(shown('compare-upfront-1')).toBe('1,898.00');
    expect(shown('compare-delta-upfront-1')).toBe('기준 대비 +1,898.00');
    // 2 × m5.large × $0.096 × 730 h = $140.16 a month less, -3,147.76 over 36 months (as the CLI's break-even says)
    expect(shown('compare-delta-monthly-1')).toMatch(/^기준 대비 -140\.16 \(-\d+\.\d%\)$/);
    expect(shown('compare-delta-months36-1')).toMatch(/^기준 대비 -3,147\.76 \(-\d+\.\d%\)$/);
    expect(shown('compare-cheaper-from-1')).toBe('14개월');
    const totals = screen.getByTestId('compare-totals');
    const cheapest = within(totals)
      .getAllByText('최저')
      .map((badge) => badge.closest('td')?.querySelector('span')?.getAttribute('data-testid'));
    expect(cheapest).toEqual([
      'compare-monthly-1',
      'compare-upfront-0',
      'compare-first12Months-0',
      'compare-months36-1',
    ]);
    expect(shown('compare-flag-2')).toContain('불완전: 가격 없는 항목 1개 (ec2-9)');
    expect(await screen.findByText('3년 RI: 14개월째부터 기준보다 저렴', {}, { timeout: 5000 })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('flags the unpriced line in its scenario and shows per-service and per-line differences', () => {
    renderPage();
    const lines = screen.getByTestId('compare-lines');
    const row = within(lines).getByText('ec2-9').closest('tr') as HTMLElement;
    expect(within(row).getAllByText('이 시나리오에 없음')).toHaveLength(2);
    expect(within(row).getByText('가격 없음')).toBeTruthy();
    const services = screen.getByTestId('compare-services');
    const ec2 = within(services).getByRole('rowheader', { name: 'EC2' }).closest('tr') as HTMLElement;
    expect(within(ec2).getByText('-140.16')).toBeTruthy();
  });

  it('compares against the chosen baseline, and asks for two scenarios when fewer are chosen', () => {
    renderPage();
    fireEvent.change(screen.getByLabelText('기준 시나리오'), { target: { value: 's2' } });
    const header = within(screen.getByTestId('compare-totals')).getAllByRole('columnheader');
    expect(header.map((th) => th.textContent)).toEqual(['3년 RI기준', '온디맨드', '가격 없음 포함']);
    expect(shown('compare-delta-upfront-1')).toBe('기준 대비 -1,898.00 (-100.0%)');
    fireEvent.click(screen.getByRole('checkbox', { name: '온디맨드' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '가격 없음 포함' }));
    expect(screen.getByRole('status').textContent).toMatch(/^비교하려면 시나리오를 2개 이상/);
    expect(screen.getByRole('button', { name: '비교 CSV 내보내기' })).toHaveProperty('disabled', true);
  });

  it('exports the engine comparison CSV (BOM, CRLF) in the UI language, English headers on request', () => {
    const { onExportCsv, onEnglishHeaders } = renderPage();
    fireEvent.click(screen.getByRole('button', { name: '비교 CSV 내보내기' }));
    const expected = comparisonCsv(
      compareEstimates([onDemand, ri, unpriced].map((s) => estimate(s, prices))),
      {
        lang: 'ko',
        englishHeaders: false,
      },
    );
    expect(onExportCsv).toHaveBeenCalledWith(expected, '시나리오 비교.csv');
    expect(expected.startsWith('\uFEFF구분,시나리오,')).toBe(true);
    expect(expected.endsWith('\r\n')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '영문 헤더 유지 (도구에서 읽을 CSV)' }));
    expect(onEnglishHeaders).toHaveBeenCalledWith(true);
  });

  it("shows the amounts in KRW at the baseline's rate when the baseline is in KRW, and in USD on request", () => {
    const inKrw = (scenario: Scenario, krwPerUsd: string): Scenario => ({
      ...scenario,
      settings: { ...scenario.settings, currency: { display: 'KRW', krwPerUsd, rateDate: '2026-07-20' } },
    });
    const onExportCsv = vi.fn();
    renderWithI18n(
      <ComparePage
        entries={[
          { id: 's1', scenario: inKrw(onDemand, '1385.20') },
          { id: 's2', scenario: inKrw(ri, '1400') },
        ]}
        prices={prices}
        englishHeaders={false}
        onEnglishHeaders={vi.fn()}
        onExportCsv={onExportCsv}
      />,
    );
    const a = estimate(onDemand, prices).totals;
    const rate = (usdAmount: typeof a.monthly) => groupDigits(krw(usdAmount.times('1385.20')));
    expect(screen.getByLabelText('통화')).toHaveProperty('value', 'KRW');
    expect(shown('compare-monthly-0')).toBe(rate(a.monthly));
    // $1,898.00 upfront × 1,385.20 = ₩2,629,109.6 → ₩2,629,110
    expect(shown('compare-upfront-1')).toBe('2,629,110');
    expect(within(screen.getByTestId('compare-totals')).getByText('월 비용(KRW)')).toBeTruthy();
    expect(shown('compare-money')).toBe(
      '금액은 부가세 제외입니다. 모든 시나리오를 기준 시나리오의 환율 1,385.20원/USD(2026-07-20 기준)로 환산했습니다. 자기 환율이 다른 시나리오도 같은 환율로 환산했습니다: 3년 RI',
    );
    fireEvent.click(screen.getByRole('button', { name: '비교 CSV 내보내기' }));
    expect(onExportCsv.mock.calls[0]?.[0]).toContain('월 비용(KRW)');

    // with the 10% VAT: 1,898.00 × 1.1 × 1,385.20 = 2,892,020.56 → ₩2,892,021
    fireEvent.click(screen.getByRole('checkbox', { name: '부가세 10% 포함' }));
    expect(shown('compare-upfront-1')).toBe('2,892,021');
    expect(within(screen.getByTestId('compare-totals')).getByText('월 비용(KRW, 부가세 포함)')).toBeTruthy();
    expect(shown('compare-money')).toMatch(/^금액은 부가세 10%를 포함합니다\. 모든 시나리오를/);

    fireEvent.change(screen.getByLabelText('통화'), { target: { value: 'USD' } });
    expect(shown('compare-upfront-1')).toBe('2,087.80');
    fireEvent.click(screen.getByRole('checkbox', { name: '부가세 10% 포함' }));
    expect(shown('compare-upfront-1')).toBe('1,898.00');
    expect(shown('compare-money')).toBe('금액은 부가세 제외입니다.');
  });
});
