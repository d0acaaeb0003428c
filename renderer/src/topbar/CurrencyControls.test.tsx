// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../app/default-scenario';
import { renderApp } from '../test/render-app';
import { isIsoDate } from './CurrencyControls';

afterEach(cleanup);

describe('isIsoDate', () => {
  it('takes real calendar days written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-07-20')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('07/20/2026')).toBe(false);
    expect(isIsoDate('2026-7-20')).toBe(false);
  });
});

describe('KRW rate date', () => {
  it('applies a valid date, and keeps the last valid one with a message while the typed one is not a day', () => {
    renderApp({ language: 'en', scenario: defaultScenario('en') });
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'KRW' } });
    fireEvent.change(screen.getByLabelText('Rate (KRW per USD)'), { target: { value: '1385.20' } });
    const date = screen.getByLabelText<HTMLInputElement>('Rate date');
    fireEvent.change(date, { target: { value: '2026-07-20' } });
    expect(screen.getByText(/2026-07-20/, { selector: '.totals__note, p' })).toBeTruthy();

    fireEvent.change(date, { target: { value: '2026-02-30' } });
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Use the form YYYY-MM-DD');
    // the totals still name the last valid date
    expect(screen.getByText(/2026-07-20/, { selector: '.totals__note, p' })).toBeTruthy();
  });
});
