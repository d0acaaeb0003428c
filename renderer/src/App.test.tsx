// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, pricesFromSnapshot, usd } from '../../engine';
import { defaultScenario } from './app/default-scenario';
import { axeViolations } from './test/axe';
import { renderApp } from './test/render-app';

afterEach(cleanup);

const lineCard = (container: HTMLElement, id: string): HTMLElement => {
  const card = container.querySelector<HTMLElement>(`[data-line-id="${id}"]`);
  if (!card) throw new Error(`no card for line ${id}`);
  return card;
};

const dollars = (text: string | null | undefined) => (text ?? '').replace(/[^0-9.]/g, '');

describe('estimate builder', () => {
  it('opens with the Seoul example, its totals equal the engine, and axe finds no violations', async () => {
    const { container, snapshot } = renderApp();
    expect(screen.getByRole('heading', { name: /^견적 항목/ })).toBeTruthy();
    const scenario = (await import('./app/default-scenario')).startingScenario('ko');
    const result = estimate(scenario, pricesFromSnapshot(snapshot));
    expect(dollars(screen.getByTestId('total-monthly').textContent)).toBe(usd(result.totals.monthly));
    expect(dollars(screen.getByTestId('total-months36').textContent)).toBe(usd(result.totals.months36));
    expect(screen.getByTestId('total-monthly').textContent).toBe('$1,069.97');
    expect(screen.getByTestId('total-monthly-krw').textContent).toBe('₩1,482,129');
    expect(screen.getByTestId('region-coverage').textContent).toMatch(/온디맨드 \d+개 유형 · EBS \d+\/\d+/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('updates the total as a field is typed, and flags invalid input under the field without touching the total', async () => {
    const { container } = renderApp({ scenario: defaultScenario('ko') });
    // 2 × m5.large ($0.118/h in Seoul) + 1 × r5.large + gp3 + S3 + transfer
    const before = screen.getByTestId('total-monthly').textContent;
    const web = lineCard(container, 'ec2-1');
    const count = within(web).getByLabelText('인스턴스 수');
    fireEvent.change(count, { target: { value: '3' } });
    // one more m5.large for 730 h at $0.118 = $86.14
    expect(within(web).getByTestId('line-monthly').textContent).toBe('$258.42');
    expect(screen.getByTestId('total-monthly').textContent).not.toBe(before);
    const afterValid = screen.getByTestId('total-monthly').textContent;

    fireEvent.change(count, { target: { value: '0' } });
    expect(count.getAttribute('aria-invalid')).toBe('true');
    const describedBy = count.getAttribute('aria-describedby') ?? '';
    expect(describedBy).not.toBe('');
    expect(document.getElementById(describedBy.split(' ').at(-1) ?? '')?.textContent).toBe(
      '1 이상이어야 합니다',
    );
    expect(screen.getByTestId('total-monthly').textContent).toBe(afterValid);
    expect(screen.getByText('잘못된 입력이 있는 항목 1개')).toBeTruthy();

    fireEvent.change(count, { target: { value: 'abc' } });
    expect(within(web).getByText('숫자를 입력하세요')).toBeTruthy();
    fireEvent.change(count, { target: { value: '2' } });
    expect(count.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('total-monthly').textContent).toBe(before);
    expect(screen.queryByText('잘못된 입력이 있는 항목 1개')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('adds, duplicates and removes lines through labelled buttons', () => {
    const { container } = renderApp({ scenario: defaultScenario('en'), language: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Add line: Lambda' }));
    const lambda = lineCard(container, 'lambda-1');
    fireEvent.change(within(lambda).getByLabelText('Requests per month'), { target: { value: '3,000,000' } });
    fireEvent.change(within(lambda).getByLabelText('Average duration (ms)'), { target: { value: '120' } });
    fireEvent.change(within(lambda).getByLabelText('Memory (MB)'), { target: { value: '1536' } });
    // AWS's worked example is $2.73, but the default scenario has no other Lambda, so the free tier applies the same
    expect(within(lambda).getByTestId('line-monthly').textContent).toBe('$2.73');

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate line Lambda 1536 MB (lambda-1)' }));
    expect(container.querySelector('[data-line-id="lambda-2"]')).not.toBeNull();
    // the copy gets no free tier left: 540,000 GB-s × $0.0000166667 + 3 M × $0.20/M = $9.60
    expect(within(lineCard(container, 'lambda-2')).getByTestId('line-monthly').textContent).toBe('$9.60');

    fireEvent.click(screen.getByRole('button', { name: 'Remove line Lambda 1536 MB (lambda-1)' }));
    const remaining = container.querySelectorAll('[data-line-id^="lambda-"]');
    expect(remaining).toHaveLength(1);
    expect(remaining[0]?.getAttribute('data-line-id')).toBe('lambda-2');
    expect(within(lineCard(container, 'lambda-2')).getByTestId('line-monthly').textContent).toBe('$2.73');
  });

  it('shows the engine trace of a line on request', () => {
    const { container } = renderApp({ scenario: defaultScenario('ko') });
    const web = lineCard(container, 'ec2-1');
    const toggle = within(web).getByRole('button', { name: '계산 과정 보기' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const trace = within(web).getByRole('region', { name: '계산 과정' });
    expect(trace.textContent).toContain('$0.118/시간');
    expect(trace.textContent).toContain('$172.28');
  });

  it('marks an unpriced line and says the total is incomplete', () => {
    const scenario = defaultScenario('ko');
    const { container } = renderApp({
      scenario: {
        ...scenario,
        items: [...scenario.items, { ...scenario.items[0]!, id: 'ec2-9', instanceType: 'zz9.huge' } as never],
      },
    });
    const card = lineCard(container, 'ec2-9');
    expect(within(card).getByText('가격 없음')).toBeTruthy();
    expect(screen.getByTestId('totals-incomplete').textContent).toBe('불완전: 가격 없는 항목 1개');
  });

  it('switches language, currency and VAT', async () => {
    const { container, i18n } = renderApp({ scenario: defaultScenario('ko') });
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(screen.getByRole('heading', { name: /^Line items/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'KRW' } });
    expect(screen.queryByTestId('total-monthly-krw')).toBeNull();
    fireEvent.change(screen.getByLabelText('Rate (KRW per USD)'), { target: { value: '1,385.20' } });
    fireEvent.change(screen.getByLabelText('Rate date'), { target: { value: '2026-07-20' } });
    fireEvent.click(screen.getByLabelText('VAT 10%'));
    const usdMonthly = dollars(screen.getByTestId('total-monthly').textContent);
    expect(screen.getByTestId('total-monthly-krw').textContent).toMatch(/^₩[\d,]+$/);
    expect(screen.getByTestId('total-vat').textContent).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(Number(usdMonthly)).toBeGreaterThan(0);
    expect(await axeViolations(container)).toEqual([]);
  });
});
