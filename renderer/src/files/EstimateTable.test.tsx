// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pricesFromSnapshot } from '../../../engine';
import { readCsv } from '../../../engine/csv/read-csv';
import { startingScenario } from '../app/default-scenario';
import { bundledSnapshot } from '../price-tables/test-helpers';
import { axeViolations } from '../test/axe';
import { renderApp } from '../test/render-app';
import { renderWithI18n } from '../workspace/test-render';
import { scenarioCsv } from './csv-export';
import { EstimateTable } from './EstimateTable';

afterEach(cleanup);

const prices = pricesFromSnapshot(bundledSnapshot());
const seoul = startingScenario('ko');

/** the table's cells as text, numbers without the thousands separators the screen adds */
function tableCells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        cell.classList.contains('amount')
          ? (cell.textContent ?? '').replace(/,/g, '')
          : (cell.textContent ?? ''),
      ),
    );
}

describe('EstimateTable', () => {
  it('shows exactly the cells of the CSV export, in Korean and with English headers', () => {
    const { rerender } = renderWithI18n(
      <EstimateTable scenario={seoul} prices={prices} englishHeaders={false} />,
    );
    const csv = readCsv(scenarioCsv(seoul, prices, { lang: 'ko' }));
    expect(tableCells(screen.getByTestId('estimate-table'))).toEqual(csv);
    expect(csv.at(-1)?.[5]).toBe('부가세 포함 합계');
    expect(screen.getAllByText('1,069.97').length).toBeGreaterThan(0);
    rerender(<EstimateTable scenario={seoul} prices={prices} englishHeaders={true} />);
    const english = readCsv(scenarioCsv(seoul, prices, { lang: 'ko', englishHeaders: true }));
    expect(tableCells(screen.getByTestId('estimate-table'))[0]).toEqual(english[0]);
  });

  it('opens from the card beside the totals in the builder, and axe finds no violations', async () => {
    const { container } = renderApp();
    const toggle = screen.getByRole('button', { name: '표 보기' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: '표 닫기' }).getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByTestId('estimate-table');
    expect(tableCells(table)).toEqual(readCsv(scenarioCsv(seoul, prices, { lang: 'ko' })));
    expect(await axeViolations(container)).toEqual([]);
  });
});
