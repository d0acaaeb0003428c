import type Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import {
  FINDING_TEXT,
  PLATFORM_NOTES,
  REASON_TEXT,
  RISK_TEXT,
  type Finding,
  type FleetResult,
  type InstanceRecommendation,
  type SizedOption,
} from '../../../engine/rightsizing';
import { formatUsdAmount } from '../format/money';
import { useLang } from '../instances/use-lang';

type Props = {
  fleet: FleetResult;
  /** the ranking option's label, for the caption */
  purchaseLabel: string;
  selected: string | null;
  onSelect: (instance: string) => void;
};

const FINDINGS: readonly Finding[] = ['Overprovisioned', 'Underprovisioned', 'Optimized', 'Idle'];

/** Every instance with its finding, reasons, risk, recommendation, Graviton option and savings; totals below. */
export function FleetTable({ fleet, purchaseLabel, selected, onSelect }: Props) {
  const { t } = useTranslation('rightsizing');
  const lang = useLang();
  const money = (d: Decimal | null) => (d ? formatUsdAmount(d, lang) : t('fleet.none'));
  const s = fleet.summary;
  return (
    <div className="rs-table-wrap">
      <table className="rs-fleet">
        <caption>
          {t('fleet.caption', { hours: fleet.settings.hoursPerMonth, purchase: purchaseLabel })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('fleet.instance')}</th>
            <th scope="col">{t('fleet.currentType')}</th>
            <th scope="col">{t('fleet.finding')}</th>
            <th scope="col">{t('fleet.reasons')}</th>
            <th scope="col">{t('fleet.risk')}</th>
            <th scope="col">{t('fleet.recommended')}</th>
            <th scope="col">{t('fleet.graviton')}</th>
            <th scope="col" className="amount">
              {t('fleet.savingsOnDemand')}
            </th>
            <th scope="col" className="amount">
              {t('fleet.savingsCurrent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {fleet.recommendations.map((rec) => (
            <FleetRow
              key={rec.instance}
              rec={rec}
              selected={rec.instance === selected}
              onSelect={() => onSelect(rec.instance)}
              money={money}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('fleet.totals', { count: s.instances })}
            </th>
            <td colSpan={5}>
              <span className="visually-hidden">{t('fleet.findingCounts')}: </span>
              {FINDINGS.filter((f) => s.byFinding[f] > 0)
                .map((f) => `${FINDING_TEXT[f][lang]} ${s.byFinding[f]}`)
                .join(' · ')}
            </td>
            <td className={amountClass(s.netSavingsOnDemandMonthly)} data-testid="total-savings-on-demand">
              {money(s.netSavingsOnDemandMonthly)}
            </td>
            <td className={amountClass(s.netSavingsCurrentOptionMonthly)} data-testid="total-savings-current">
              {money(s.netSavingsCurrentOptionMonthly)}
            </td>
          </tr>
        </tfoot>
      </table>
      <dl className="rs-totals">
        <div>
          <dt>{t('fleet.currentMonthly')}</dt>
          <dd className="amount">{money(s.currentMonthly)}</dd>
        </div>
        <div>
          <dt>{t('fleet.recommendedMonthly')}</dt>
          <dd className="amount">{money(s.recommendedMonthly)}</dd>
        </div>
        <div>
          <dt>{t('fleet.savings')}</dt>
          <dd className="amount rs-good" data-testid="savings-opportunity-on-demand">
            {money(s.savingsOnDemandMonthly)}
          </dd>
        </div>
        <div>
          <dt>{t('fleet.savingsCurrentOption')}</dt>
          <dd className="amount rs-good">{money(s.savingsCurrentOptionMonthly)}</dd>
        </div>
        {!s.increaseOnDemandMonthly.isZero() && (
          <div>
            <dt>{t('fleet.increase')}</dt>
            <dd className="amount rs-bad">{money(s.increaseOnDemandMonthly)}</dd>
          </div>
        )}
      </dl>
      <p className="field__hint">{t('fleet.negativeNote')}</p>
      <p className="field__hint">{t('fleet.totalsNote')}</p>
      {s.unpriced > 0 && <p className="field__hint">{t('fleet.unpriced', { count: s.unpriced })}</p>}
    </div>
  );
}

type RowProps = {
  rec: InstanceRecommendation;
  selected: boolean;
  onSelect: () => void;
  money: (d: Decimal | null) => string;
};

function FleetRow({ rec, selected, onSelect, money }: RowProps) {
  const { t } = useTranslation('rightsizing');
  const lang = useLang();
  const gravitonNote = rec.notes.find((n) => n.code === 'graviton-migration');
  const platform = (option: SizedOption) => {
    const notes = rec.notes.filter((n) => n.about === option.type.type && PLATFORM_NOTES.includes(n.code));
    return notes.length === 0 ? null : (
      <span className="rs-note" title={notes.map((n) => n[lang]).join('\n')}>
        {t('fleet.platform', { count: notes.length })}
      </span>
    );
  };
  return (
    <tr className={selected ? 'rs-row rs-row--selected' : 'rs-row'}>
      <th scope="row">
        <button
          type="button"
          className="button button--ghost rs-instance"
          aria-pressed={selected}
          aria-label={t('fleet.select', { instance: rec.instance })}
          onClick={onSelect}
        >
          {rec.instance}
        </button>
      </th>
      <td>
        <code>{rec.currentType ?? t('fleet.none')}</code>
      </td>
      <td>
        {rec.finding ? (
          <span className={`rs-finding rs-finding--${rec.finding}`}>{FINDING_TEXT[rec.finding][lang]}</span>
        ) : (
          <span className="rs-finding rs-finding--none" title={rec.notes.map((n) => n[lang]).join(' ')}>
            {t('fleet.noFinding')}
          </span>
        )}
      </td>
      <td>{rec.reasons.map((r) => REASON_TEXT[r][lang]).join(', ') || t('fleet.none')}</td>
      <td>{rec.recommended ? RISK_TEXT[rec.recommended.riskLabel][lang] : t('fleet.none')}</td>
      <td>
        {rec.finding === 'Idle' ? (
          <strong>{t('fleet.stop')}</strong>
        ) : rec.recommended ? (
          <>
            <OptionCell option={rec.recommended} money={money} />
            {platform(rec.recommended)}
          </>
        ) : (
          t('fleet.noRecommendation')
        )}
      </td>
      <td>
        {rec.graviton ? (
          <>
            <OptionCell option={rec.graviton} money={money} />
            <span className="rs-note" title={gravitonNote?.[lang]}>
              {t('fleet.migration')}
            </span>
            {platform(rec.graviton)}
          </>
        ) : (
          t('fleet.none')
        )}
      </td>
      <td className={amountClass(rec.savings.onDemandMonthly)}>{money(rec.savings.onDemandMonthly)}</td>
      <td className={amountClass(rec.savings.currentOptionMonthly)}>
        {money(rec.savings.currentOptionMonthly)}
      </td>
    </tr>
  );
}

/** A savings cell: a negative amount (a cost increase) in the warning colour. */
const amountClass = (amount: Decimal | null) => (amount?.isNegative() ? 'amount rs-bad' : 'amount');

function OptionCell({ option, money }: { option: SizedOption; money: (d: Decimal | null) => string }) {
  const { t } = useTranslation('rightsizing');
  return (
    <>
      <code>{option.type.type}</code>{' '}
      <span className="rs-sub">{t('fleet.perMonth', { amount: money(option.monthly) })}</span>
      {option.burstable?.mode === 'unlimited' && (
        <span className="rs-note">
          {t('fleet.unlimited', { amount: money(option.burstable.surplusMonthly) })}
        </span>
      )}
    </>
  );
}
