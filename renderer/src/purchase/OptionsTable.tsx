import { useTranslation } from 'react-i18next';
import { percent } from '../../../engine/money/rounding';
import { formatMessage } from '../../../engine/trace';
import { formatUsdAmount } from '../format/money';
import { formatDerivedRate } from '../instances/format-rate';
import { useLang } from '../instances/use-lang';
import type { OptionOutcome } from './compare-options';
import { optionShortLabel } from './option-label';
import { RateBadge } from './RateBadge';

type Group = 'onDemandSpot' | 'reserved' | 'savingsPlan';
const GROUPS: readonly Group[] = ['onDemandSpot', 'reserved', 'savingsPlan'];
const groupOf = (o: OptionOutcome): Group =>
  o.spec.kind === 'reserved' ? 'reserved' : o.spec.kind === 'savings-plan' ? 'savingsPlan' : 'onDemandSpot';

const PRICE_COLUMNS = [
  'effectiveHourly',
  'upfront',
  'monthly',
  'total1yr',
  'total3yr',
  'savings',
  'breakEven',
] as const;

/** Every purchase option side by side: upfront shown on its own, totals, savings, break-even month. */
export function OptionsTable({ outcomes }: { outcomes: readonly OptionOutcome[] }) {
  const { t } = useTranslation('purchase');
  return (
    <div className="cs-options-scroll">
      <table className="cs-options-table">
        <caption className="cs-visually-hidden">{t('panel.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.option')}</th>
            <th scope="col">{t('columns.basis')}</th>
            {PRICE_COLUMNS.map((column) => (
              <th key={column} scope="col" className="cs-num">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        {GROUPS.map((group) => (
          <tbody key={group}>
            <tr className="cs-options-group">
              <th scope="colgroup" colSpan={2 + PRICE_COLUMNS.length}>
                {t(`group.${group}`)}
              </th>
            </tr>
            {outcomes
              .filter((o) => groupOf(o) === group)
              .map((o) => (
                <OptionRow key={o.spec.id} outcome={o} />
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function OptionRow({ outcome }: { outcome: OptionOutcome }) {
  const { t } = useTranslation('purchase');
  const lang = useLang();
  const { spec, costs, badge } = outcome;
  const usd = (value: Parameters<typeof formatUsdAmount>[0]) => formatUsdAmount(value, lang);
  const hasTerm = spec.kind === 'reserved' || spec.kind === 'savings-plan';
  return (
    <tr className={costs === null ? 'cs-option-unpriced' : undefined}>
      <th scope="row">
        {optionShortLabel(spec, t)}
        {outcome.spot && (
          <span className="cs-option-note">
            {t('option.spotBand', { band: outcome.spot.bandLabel })} ·{' '}
            {t('option.spotSavings', { pct: outcome.spot.savingsPct })}
          </span>
        )}
      </th>
      <td>
        <RateBadge badge={badge} />
      </td>
      {costs === null ? (
        <td colSpan={PRICE_COLUMNS.length} className="cs-option-reason">
          {badge.kind === 'unavailable' ? formatMessage(badge.reason, lang) : t('cells.none')}
        </td>
      ) : (
        <>
          <td className="cs-num">
            {outcome.effectiveHourly ? formatDerivedRate(outcome.effectiveHourly, lang) : t('cells.none')}
          </td>
          <td className="cs-num">{usd(costs.upfront)}</td>
          <td className="cs-num">{usd(costs.monthly)}</td>
          <td className="cs-num">{usd(costs.first12Months)}</td>
          <td className="cs-num">{usd(costs.months36)}</td>
          <td className="cs-num">
            {outcome.savingsPct === null
              ? t('cells.none')
              : t('cells.percent', { value: percent(outcome.savingsPct) })}
          </td>
          <td className="cs-num">
            {!hasTerm
              ? t('cells.notApplicable')
              : outcome.breakEvenMonth === null
                ? t('cells.noBreakEven')
                : t('cells.month', { month: outcome.breakEvenMonth })}
          </td>
        </>
      )}
    </tr>
  );
}
