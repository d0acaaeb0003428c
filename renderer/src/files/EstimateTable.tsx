import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  estimate,
  estimateDisplayRows,
  type EstimateColumn,
  type Prices,
  type Scenario,
} from '../../../engine';
import { useLanguage } from '../i18n/use-language';
import { estimateInput } from './csv-export';
import { cellText, isNumberCell } from './display-cells';
import './estimate-table.css';

const LONG_TEXT: ReadonlySet<EstimateColumn> = new Set(['sources', 'calculation']);

type Props = { scenario: Scenario; prices: Prices; englishHeaders: boolean };

/**
 * The estimate as the CSV export writes it: the engine's display rows, every column, the same values
 * (numbers only grouped by thousands). Follows edits in a low-priority render so typing never waits for it.
 */
export function EstimateTable({ scenario, prices, englishHeaders }: Props) {
  const { t } = useTranslation('workspace');
  const lang = useLanguage();
  const titleId = useId();
  const shown = useDeferredValue(scenario);
  const display = useMemo(
    () => estimateDisplayRows(estimateInput(shown, estimate(shown, prices)), { lang, englishHeaders }),
    [shown, prices, lang, englishHeaders],
  );
  return (
    <section className="card estimate-table" id="estimate-table">
      <h2 id={titleId} className="card__title">
        {t('table.caption', { name: shown.name })}
      </h2>
      <div className="estimate-table__scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="estimate-table__table" data-testid="estimate-table">
          <thead>
            <tr>
              {display.headers.map((header, i) => (
                <th key={display.columns[i]} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {display.rows.map((row, r) => (
              <tr key={row.lineId ?? `${row.kind}-${r}`} className={`estimate-table__row--${row.kind}`}>
                {display.columns.map((column) => {
                  const cell = row.cells[column];
                  const text = cellText(cell);
                  if (LONG_TEXT.has(column))
                    return (
                      <td key={column}>
                        <div className="estimate-table__long" title={text}>
                          {text}
                        </div>
                      </td>
                    );
                  return (
                    <td key={column} className={isNumberCell(cell) ? 'amount' : undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
