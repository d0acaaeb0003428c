import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareMoneyOf,
  moneyLabel,
  otherRates,
  type CompareMoney,
  type Metric,
  type Prices,
} from '../../../engine';
import type { WorkspaceEntry } from '../../../engine/workspace';
import { comparisonCsvText } from '../files/csv-export';
import { groupDigits } from '../files/display-cells';
import { fileNameFor } from '../files/scenario-files';
import { useLanguage } from '../i18n/use-language';
import { ComparePicker } from './ComparePicker';
import { comparedEntries, compareView, createEstimateCache } from './compare-view';
import { DeltaTable } from './DeltaTable';
import { TotalsSideBySide } from './TotalsSideBySide';
import './compare.css';

// recharts arrives a moment after the tables, which hold every figure
const ComparisonCharts = lazy(() => import('./ComparisonCharts'));

export type ComparePageProps = {
  entries: readonly WorkspaceEntry[];
  prices: Prices;
  englishHeaders: boolean;
  onEnglishHeaders: (keep: boolean) => void;
  /** saves the comparison CSV (native dialog on the desktop, a download on the web) */
  onExportCsv: (text: string, fileName: string) => void;
};

/** 비교 / Compare: the workspace's scenarios side by side, differences against a chosen baseline, charts, CSV. */
export function ComparePage({
  entries,
  prices,
  englishHeaders,
  onEnglishHeaders,
  onExportCsv,
}: ComparePageProps) {
  const { t } = useTranslation('compare');
  const { t: ws } = useTranslation('workspace');
  const lang = useLanguage();
  const englishId = useId();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [baselineId, setBaselineId] = useState<string | null>(entries[0]?.id ?? null);
  const [metric, setMetric] = useState<Metric>('monthly');
  /** the shown currency and tax; null follows the baseline scenario's */
  const [currency, setCurrency] = useState<'USD' | 'KRW' | null>(null);
  const [vat, setVat] = useState<boolean | null>(null);
  const estimateOf = useMemo(() => createEstimateCache(prices), [prices]);
  const compared = useMemo(
    () => comparedEntries(entries, excluded, baselineId),
    [entries, excluded, baselineId],
  );
  // KRW is offered at the baseline's rate, and only where the baseline has one
  const baseline = compared[0]?.scenario;
  const fromBaseline = useMemo(() => compareMoneyOf(baseline), [baseline]);
  const money = useMemo<CompareMoney>(() => {
    const withVat = vat ?? fromBaseline.vat ?? false;
    return fromBaseline.currency === 'KRW' && currency !== 'USD'
      ? { ...fromBaseline, vat: withVat }
      : { currency: 'USD', vat: withVat };
  }, [fromBaseline, currency, vat]);
  const label = moneyLabel(money, lang);
  const view = useMemo(
    () =>
      compared.length >= 2
        ? compareView(
            compared.map((e) => e.scenario),
            estimateOf,
            lang,
            metric,
            money,
          )
        : null,
    [compared, estimateOf, lang, metric, money],
  );
  const differentRates = otherRates(
    compared.map((e) => e.scenario),
    money,
  ).map((s) => s.name);
  const names = compared.map((e) => e.scenario.name);

  const toggle = (id: string) => {
    const next = new Set(excluded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };

  return (
    <div className="compare">
      <header className="compare__header">
        <div>
          <h2 className="compare__title">{t('page.title')}</h2>
          <p className="compare-note">{t('page.intro')}</p>
        </div>
        <div className="compare__export">
          <span className="field field--checkbox">
            <input
              id={englishId}
              type="checkbox"
              checked={englishHeaders}
              onChange={(event) => onEnglishHeaders(event.target.checked)}
            />
            <label htmlFor={englishId}>{ws('table.keepEnglish')}</label>
          </span>
          <button
            type="button"
            className="button button--primary"
            disabled={!view}
            onClick={() =>
              view &&
              onExportCsv(
                comparisonCsvText(view.comparison, { lang, englishHeaders, money }),
                fileNameFor(t('export.fileName'), '.csv'),
              )
            }
          >
            {t('export.button')}
          </button>
        </div>
      </header>
      <ComparePicker
        entries={entries}
        excluded={excluded}
        onToggle={toggle}
        baselineId={compared[0]?.id ?? null}
        onBaseline={setBaselineId}
        metric={metric}
        onMetric={setMetric}
        krw={fromBaseline.currency === 'KRW' ? fromBaseline : null}
        currency={money.currency}
        onCurrency={setCurrency}
        vat={money.vat ?? false}
        onVat={setVat}
      />
      <p className="compare-note" data-testid="compare-money">
        {t(money.vat ? 'pick.taxIncluded' : 'pick.taxExcluded')}
        {money.currency === 'KRW' && (
          <span data-testid="compare-rate">
            {' '}
            {t('pick.rateNote', { rate: groupDigits(money.krwPerUsd), date: money.rateDate })}
            {differentRates.length > 0 && ` ${t('pick.otherRates', { names: differentRates.join(', ') })}`}
          </span>
        )}
      </p>
      {!view ? (
        <p className="compare-empty" role="status">
          {t('page.needTwo')}
        </p>
      ) : (
        <>
          <TotalsSideBySide comparison={view.comparison} display={view.display} currencyLabel={label} />
          <Suspense fallback={<div className="compare-charts compare-charts--loading" />}>
            <ComparisonCharts data={view.chart} metric={metric} currency={money.currency} />
          </Suspense>
          <DeltaTable
            display={view.display}
            section="service"
            scenarioCount={names.length}
            metric={metric}
            names={names}
            currencyLabel={label}
          />
          <DeltaTable
            display={view.display}
            section="line"
            scenarioCount={names.length}
            metric={metric}
            names={names}
            currencyLabel={label}
          />
        </>
      )}
    </div>
  );
}
