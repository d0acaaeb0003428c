// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField } from './SelectField';
import { SHORT_LIST } from './use-full-list';

const options = Array.from({ length: 36 }, (_, i) => ({ value: `r${i}`, label: `Region ${i}` }));

afterEach(cleanup);

describe('SelectField with a long list', () => {
  it('renders only the chosen option until focused, then the whole list', () => {
    vi.useFakeTimers();
    try {
      render(<SelectField label="Region" value="r7" options={options} onValue={() => undefined} />);
      const select = screen.getByLabelText<HTMLSelectElement>('Region');
      expect(select.options).toHaveLength(1);
      expect(select.value).toBe('r7');
      fireEvent.focus(select);
      expect(select.options).toHaveLength(36);
      expect(select.value).toBe('r7');
    } finally {
      vi.useRealTimers();
    }
  });

  it('fills in the whole list by itself once the browser is idle', async () => {
    render(<SelectField label="Region" value="r3" options={options} onValue={() => undefined} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Region');
    await act(() => new Promise((done) => setTimeout(done, 100)));
    expect(select.options).toHaveLength(36);
  });

  it('renders a short list whole from the start and reports the chosen value', () => {
    const onValue = vi.fn();
    const short = options.slice(0, SHORT_LIST);
    render(<SelectField label="Short" value="r0" options={short} onValue={onValue} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Short');
    expect(select.options).toHaveLength(SHORT_LIST);
    fireEvent.change(select, { target: { value: 'r5' } });
    expect(onValue).toHaveBeenCalledWith('r5');
  });
});

describe('SelectField disabled', () => {
  it('is disabled when asked (e.g. a baseline with no scenario to choose), still labelled', () => {
    render(<SelectField label="Baseline" value="" options={[]} disabled onValue={() => undefined} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Baseline');
    expect(select.disabled).toBe(true);
    expect(select.options).toHaveLength(0);
  });
});
