import { useId, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSettings } from '../../../engine/scenario';
import { parseNumberText } from '../fields/NumberField';
import type { WorkspaceAction } from '../workspace/workspace-state';

const MIN_HOURS = 672;
const MAX_HOURS = 744;

/** Hours in a month (730 by the AWS calculator's convention), Free Tier, and labelled estimates. */
export function SettingsControls({
  settings,
  dispatch,
}: {
  settings: ScenarioSettings;
  dispatch: Dispatch<WorkspaceAction>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [hoursText, setHoursText] = useState<string | null>(null);
  const parsed = hoursText === null ? settings.hoursPerMonth : parseNumberText(hoursText);
  const hoursError =
    typeof parsed !== 'number'
      ? t('validation.number')
      : !Number.isInteger(parsed)
        ? t('validation.integer')
        : parsed < MIN_HOURS
          ? t('validation.min', { min: MIN_HOURS })
          : parsed > MAX_HOURS
            ? t('validation.max', { max: MAX_HOURS })
            : undefined;

  return (
    <div className="settings" role="group" aria-label={t('settings.title')}>
      <div className={`field field--compact${hoursError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-hours`}>
          {t('settings.hoursPerMonth')}
        </label>
        <input
          id={`${id}-hours`}
          className="field__input field__input--number field__input--hours"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={hoursText ?? String(settings.hoursPerMonth)}
          aria-invalid={hoursError ? true : undefined}
          aria-describedby={hoursError ? `${id}-hours-error` : undefined}
          onChange={(event) => {
            setHoursText(event.target.value);
            const value = parseNumberText(event.target.value);
            if (
              typeof value === 'number' &&
              Number.isInteger(value) &&
              value >= MIN_HOURS &&
              value <= MAX_HOURS
            )
              dispatch({ type: 'setSettings', patch: { hoursPerMonth: value } });
          }}
          onBlur={() => {
            if (!hoursError) setHoursText(null);
          }}
        />
        {hoursError && (
          <p className="field__error" id={`${id}-hours-error`} role="alert">
            {hoursError}
          </p>
        )}
      </div>
      <div className="field field--checkbox field--compact">
        <input
          id={`${id}-free`}
          type="checkbox"
          checked={settings.freeTier}
          onChange={(event) => dispatch({ type: 'setSettings', patch: { freeTier: event.target.checked } })}
        />
        <label htmlFor={`${id}-free`}>{t('settings.freeTier')}</label>
      </div>
      <div className="field field--checkbox field--compact">
        <input
          id={`${id}-estimates`}
          type="checkbox"
          checked={settings.allowEstimates}
          onChange={(event) =>
            dispatch({ type: 'setSettings', patch: { allowEstimates: event.target.checked } })
          }
        />
        <label htmlFor={`${id}-estimates`}>{t('settings.allowEstimates')}</label>
      </div>
    </div>
  );
}
