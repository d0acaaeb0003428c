import { InstanceTypeInput } from '../../fields/InstanceTypeInput';
import { useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ec2Item, Purchase, Usage } from '../../../../engine/scenario';
import { EditorActionsContext, useSnapshot } from '../../app/contexts';
import { fieldKit } from '../../fields/field-kit';
import { instanceTypeHint } from '../../fields/instance-type-hint';
import { FieldFrame } from '../../fields/Field';
import { NumberField } from '../../fields/NumberField';
import { SelectField } from '../../fields/SelectField';
import type { LineDraft } from '../../fields/use-line-draft';
import { CommonFields } from './CommonFields';
import { purchaseFor, PURCHASE_OPTIONS, USAGE_PATTERNS, usageFor, WEEKDAYS } from './ec2-defaults';
import { UnclaimedErrors } from './UnclaimedErrors';

export const INSTANCE_TYPE_LIST_ID = 'cloudsizer-instance-types';

type Props = { item: Ec2Item; draft: LineDraft; hoursPerMonth: number };

export function Ec2Editor({ item, draft, hoursPerMonth }: Props) {
  const { t } = useTranslation();
  const actions = useContext(EditorActionsContext);
  const snapshot = useSnapshot();
  const kit = fieldKit(draft);
  const ec2 = draft.current as Ec2Item;
  const instance = snapshot.index.get(ec2.instanceType);
  const typeHint = instanceTypeHint(snapshot, ec2.instanceType, t);
  const setUsage = (usage: Usage) => draft.setValue(['usage'], usage);
  const setPurchase = (purchase: Purchase) => draft.setValue(['purchase'], purchase);
  /** the spike is entered in hours and read as days: 72 h → "Days: 3 (month: 730 h)" */
  const spikeHint = (hours: number) =>
    t('ec2.spikeDays', {
      days: Number.isInteger(hours / 24) ? hours / 24 : (hours / 24).toFixed(1),
      hours: hoursPerMonth,
    });
  const options = <K extends string>(values: readonly K[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  // a commitment's term and payment: the same two fields for a Reserved Instance and a Savings Plan
  const termAndPayment = (
    <>
      {kit.select(['purchase', 'term'], t('ec2.term'), options(['1yr', '3yr'] as const, 'ec2.terms'))}
      {kit.select(
        ['purchase', 'payment'],
        t('ec2.payment'),
        options(['no-upfront', 'partial-upfront', 'all-upfront'] as const, 'ec2.payments'),
      )}
    </>
  );
  return (
    <>
      <CommonFields kit={kit} draft={draft} />
      <div className="field-row">
        <FieldFrame
          label={t('ec2.instanceType')}
          error={kit.claim(['instanceType'])}
          hint={typeHint}
          className="field--type"
        >
          {(control) => (
            <InstanceTypeInput
              {...control}
              listId={INSTANCE_TYPE_LIST_ID}
              value={ec2.instanceType}
              onChange={(value) => draft.setValue(['instanceType'], value.trim().toLowerCase())}
              browseLabel={t('ec2.browse')}
              onBrowse={() => actions.browseInstanceType(item.id)}
            />
          )}
        </FieldFrame>
        {kit.number(['count'], t('ec2.count'))}
        {kit.select(['os'], t('ec2.os'), options(['linux', 'windows'] as const, 'ec2.osOptions'))}
        {kit.select(
          ['tenancy'],
          t('ec2.tenancy'),
          options(['shared', 'dedicated'] as const, 'ec2.tenancyOptions'),
        )}
      </div>

      <div className="field-row">
        {kit.select(['usage', 'pattern'], t('ec2.usage'), options(USAGE_PATTERNS, 'ec2.patterns'), {
          onValue: (pattern) => setUsage(usageFor(pattern, ec2, hoursPerMonth)),
        })}
        {ec2.usage.pattern === 'hours' && kit.number(['usage', 'hoursPerMonth'], t('ec2.hoursPerMonth'))}
        {ec2.usage.pattern === 'utilization' && kit.number(['usage', 'percent'], t('ec2.percent'))}
        {ec2.usage.pattern === 'peak' && (
          <>
            {kit.number(['usage', 'peakCount'], t('ec2.peakCount'))}
            {kit.number(['usage', 'peakHoursPerDay'], t('ec2.peakHoursPerDay'))}
          </>
        )}
        {ec2.usage.pattern === 'monthly-spike' && (
          <>
            {kit.number(['usage', 'peakCount'], t('ec2.peakCount'))}
            {kit.number(['usage', 'spikeHoursPerMonth'], t('ec2.spikeHoursPerMonth'), {
              hint: spikeHint(ec2.usage.spikeHoursPerMonth),
            })}
          </>
        )}
        {ec2.usage.pattern === 'weekly' && (
          <>
            <WeekdayField
              days={ec2.usage.days}
              error={kit.claim(['usage', 'days'])}
              onDays={(days) => draft.setValue(['usage', 'days'], days)}
            />
            {kit.number(['usage', 'startHour'], t('ec2.startHour'))}
            {kit.number(['usage', 'endHour'], t('ec2.endHour'))}
          </>
        )}
        <span className="field-row__divider" aria-hidden="true" />
        {kit.select(
          ['purchase', 'option'],
          t('ec2.purchase'),
          options(PURCHASE_OPTIONS, 'ec2.purchaseOptions'),
          {
            className: 'field--option',
            onValue: (option) => setPurchase(purchaseFor(option)),
          },
        )}
        {ec2.purchase.option === 'reserved' && (
          <>
            {kit.select(
              ['purchase', 'offeringClass'],
              t('ec2.offeringClass'),
              options(['standard', 'convertible'] as const, 'ec2.offeringClasses'),
            )}
            {termAndPayment}
          </>
        )}
        {ec2.purchase.option === 'savings-plan' && (
          <>
            {kit.select(
              ['purchase', 'planType'],
              t('ec2.planType'),
              options(['compute', 'ec2-instance'] as const, 'ec2.planTypes'),
            )}
            {termAndPayment}
          </>
        )}
        {ec2.purchase.option === 'spot' && <p className="field-row__note">{t('ec2.spotNote')}</p>}
        <button
          type="button"
          className="button button--ghost field-row__button"
          onClick={() => actions.comparePurchaseOptions(item.id)}
        >
          {t('ec2.compare')}
        </button>
      </div>

      {instance?.burstable && (
        <BurstableFields
          item={ec2}
          draft={draft}
          baseline={instance.credits?.baselinePctPerVcpu}
          modeError={kit.claim(['burstable', 'mode'])}
          averageError={kit.claim(['burstable', 'averageCpuPercent'])}
        />
      )}
      <UnclaimedErrors messages={kit.unclaimed()} />
    </>
  );
}

type CreditMode = 'default' | 'standard' | 'unlimited';

type BurstableProps = {
  item: Ec2Item;
  draft: LineDraft;
  baseline: string | undefined;
  modeError: string | undefined;
  averageError: string | undefined;
};

function BurstableFields({ item, draft, baseline, modeError, averageError }: BurstableProps) {
  const { t } = useTranslation();
  const mode: CreditMode = item.burstable?.mode ?? 'default';
  const startingAverage = baseline === undefined ? 0 : Number(baseline);
  return (
    <fieldset className="field-row field-row--group">
      <legend>{t('ec2.burstable')}</legend>
      <SelectField<CreditMode>
        label={t('ec2.creditMode')}
        value={mode}
        options={(['default', 'standard', 'unlimited'] as const).map((value) => ({
          value,
          label: t(`ec2.creditModes.${value}`),
        }))}
        error={modeError}
        onValue={(next) =>
          draft.replace((current) => {
            const ec2 = current as Ec2Item;
            const averageCpuPercent = ec2.burstable?.averageCpuPercent ?? startingAverage;
            return {
              ...ec2,
              burstable: next === 'default' ? { averageCpuPercent } : { mode: next, averageCpuPercent },
            };
          })
        }
      />
      <NumberField
        label={t('ec2.averageCpu')}
        value={item.burstable?.averageCpuPercent}
        optional
        placeholder={baseline}
        error={averageError}
        onValue={(value) =>
          draft.replace((current) => {
            const { burstable, ...rest } = current as Ec2Item;
            if (value === undefined) return rest;
            return {
              ...rest,
              burstable: { ...(burstable?.mode ? { mode: burstable.mode } : {}), averageCpuPercent: value },
            };
          })
        }
        onProblem={(problem) => draft.reportText(['burstable', 'averageCpuPercent'], problem)}
      />
    </fieldset>
  );
}

function WeekdayField({
  days,
  error,
  onDays,
}: {
  days: readonly (typeof WEEKDAYS)[number][];
  error: string | undefined;
  onDays: (days: (typeof WEEKDAYS)[number][]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className={`field field--days${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">{t('ec2.days')}</legend>
      <div className="weekdays">
        {WEEKDAYS.map((day) => (
          <label key={day} className="weekdays__day">
            <input
              type="checkbox"
              checked={days.includes(day)}
              onChange={(event) =>
                onDays(
                  event.target.checked
                    ? WEEKDAYS.filter((d) => d === day || days.includes(d))
                    : days.filter((d) => d !== day),
                )
              }
            />
            <span>{t(`ec2.weekdays.${day}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
