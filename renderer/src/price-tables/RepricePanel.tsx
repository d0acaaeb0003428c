import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Scenario } from '../../../engine/scenario';
import { repriceScenario } from '../../../engine/snapshot-diff';
import { lineDescription } from '../../../engine/csv';
import type { LineResult } from '../../../engine/estimate/types';
import { formatMessage } from '../../../engine/trace';
import type { Totals } from '../../../engine';
import { formatUsdAmount } from '../format/money';
import { useLanguage } from '../i18n/use-language';
import { formatUsdChange } from './format';
import { ScrollBox } from './ScrollBox';

const TOTALS: readonly (keyof Totals)[] = ['monthly', 'upfront', 'first12Months', 'months36'];

/** The open scenario priced on A and on B by the engine, with the monthly delta per line and every total. */
export function RepricePanel({
  scenario,
  from,
  to,
}: {
  scenario: Scenario | undefined;
  from: PriceSnapshot;
  to: PriceSnapshot;
}) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  // the repriced lines are the first snapshot's estimate lines, in order
  const describe = (line: LineResult | undefined) => (line ? lineDescription(line, language) : '');
  const result = useMemo(
    () => (open && scenario ? repriceScenario(scenario, from, to) : null),
    [open, scenario, from, to],
  );

  if (!scenario) {
    return (
      <section className="pt-reprice" aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>{t('reprice.title')}</h4>
        <p className="pt-muted">{t('reprice.noScenario')}</p>
      </section>
    );
  }

  const usd = (value: Parameters<typeof formatUsdAmount>[0]) => formatUsdAmount(value, language);
  const reasons = (side: 'from' | 'to') =>
    new Map(
      (result?.[side].result.lines ?? []).flatMap((line) =>
        line.status === 'unpriced' ? [[line.id, formatMessage(line.reason, language)] as const] : [],
      ),
    );
  const reasonA = reasons('from');
  const reasonB = reasons('to');
  const unpriced = (reason: string | undefined) => (
    <span className="badge badge--unpriced" title={reason}>
      {t('reprice.unpriced')}
      {reason && <span className="visually-hidden">: {reason}</span>}
    </span>
  );

  return (
    <section className="pt-reprice" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('reprice.title')}</h4>
      <button
        type="button"
        className="button button--primary"
        aria-expanded={open}
        aria-controls={`${id}-result`}
        onClick={() => setOpen(!open)}
      >
        {open ? t('reprice.hide') : t('reprice.run', { name: scenario.name })}
      </button>
      <div id={`${id}-result`}>
        {result && (
          <>
            <ScrollBox label={t('reprice.tableLabel')}>
              <table className="pt-table" aria-label={t('reprice.tableLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('reprice.line')}</th>
                    <th scope="col" className="amount">
                      {t('reprice.before', { id: result.from.snapshotId })}
                    </th>
                    <th scope="col" className="amount">
                      {t('reprice.after', { id: result.to.snapshotId })}
                    </th>
                    <th scope="col" className="amount">
                      {t('reprice.delta')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.lines.map((line, index) => (
                    <tr key={line.id} data-line-id={line.id}>
                      <th scope="row">
                        {describe(result.from.result.lines[index]) || line.description || line.id}
                        <span className="pt-code"> {line.id}</span>
                      </th>
                      <td className="amount">
                        {line.before ? usd(line.before) : unpriced(reasonA.get(line.id))}
                      </td>
                      <td className="amount">
                        {line.after ? usd(line.after) : unpriced(reasonB.get(line.id))}
                      </td>
                      <td className="amount">
                        {line.monthlyDelta ? formatUsdChange(line.monthlyDelta, language) : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tbody className="pt-totals">
                  {TOTALS.map((key) => (
                    <tr key={key} data-total={key}>
                      <th scope="row">
                        {t('reprice.totals')} · {t(`reprice.${key}`)}
                      </th>
                      <td className="amount">{usd(result.from.result.totals[key])}</td>
                      <td className="amount">{usd(result.to.result.totals[key])}</td>
                      <td className="amount">{formatUsdChange(result.delta[key], language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            {(reasonA.size > 0 || reasonB.size > 0) && (
              <p className="pt-warning">
                {t('reprice.incomplete', { from: reasonA.size, to: reasonB.size })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
