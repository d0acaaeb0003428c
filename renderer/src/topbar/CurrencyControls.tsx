import { useId, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSettings } from '../../../engine/scenario';
import type { KrwRate, WorkspaceAction } from '../workspace/workspace-state';

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-07-20" and a real calendar day (not 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1,385.20" → "1385.20"; anything that is not a positive decimal → null. */
export function parseRateText(text: string): string | null {
  const plain = text.trim().replace(/,/g, '');
  return DECIMAL.test(plain) && Number(plain) > 0 ? plain : null;
}

type Props = {
  settings: ScenarioSettings;
  lastKrwRate: KrwRate | null;
  dispatch: Dispatch<WorkspaceAction>;
};

/**
 * USD or KRW at a rate and date the user types (AWS bills Korean accounts in KRW at the invoice's rate),
 * and the 10% VAT switch. KRW is applied only once the rate is a valid positive number.
 */
export function CurrencyControls({ settings, lastKrwRate, dispatch }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const current = settings.currency;
  const [wantKrw, setWantKrw] = useState(current.display === 'KRW');
  const [rateText, setRateText] = useState(
    current.display === 'KRW' ? current.krwPerUsd : (lastKrwRate?.krwPerUsd ?? ''),
  );
  const [dateText, setDateText] = useState(
    current.display === 'KRW' ? current.rateDate : (lastKrwRate?.rateDate ?? todayIso()),
  );
  const rate = parseRateText(rateText);
  const dateOk = isIsoDate(dateText);
  const showKrw = wantKrw || current.display === 'KRW';

  const apply = (nextRate: string, nextDate: string) => {
    const parsed = parseRateText(nextRate);
    if (parsed && isIsoDate(nextDate))
      dispatch({ type: 'showKrw', rate: { krwPerUsd: parsed, rateDate: nextDate } });
  };

  return (
    <div className="currency" role="group" aria-label={t('topbar.displayOptions')}>
      <div className="field field--compact">
        <label className="field__label" htmlFor={`${id}-currency`}>
          {t('topbar.currency')}
        </label>
        <select
          id={`${id}-currency`}
          className="field__input field__select"
          value={showKrw ? 'KRW' : 'USD'}
          onChange={(event) => {
            if (event.target.value === 'KRW') {
              setWantKrw(true);
              apply(rateText, dateText);
            } else {
              setWantKrw(false);
              dispatch({ type: 'showUsd' });
            }
          }}
        >
          <option value="USD">USD ($)</option>
          <option value="KRW">KRW (₩)</option>
        </select>
      </div>
      {showKrw && (
        <>
          <div className={`field field--compact${rate ? '' : ' field--invalid'}`}>
            <label className="field__label" htmlFor={`${id}-rate`}>
              {t('topbar.krwRate')}
            </label>
            <input
              id={`${id}-rate`}
              className="field__input field__input--number field__input--rate"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={rateText}
              placeholder="1385.20"
              aria-invalid={rate ? undefined : true}
              aria-describedby={rate ? undefined : `${id}-rate-error`}
              onChange={(event) => {
                setRateText(event.target.value);
                apply(event.target.value, dateText);
              }}
            />
            {!rate && (
              <p className="field__error" id={`${id}-rate-error`} role="alert">
                {t('validation.decimal')}
              </p>
            )}
          </div>
          <div className={`field field--compact${dateOk ? '' : ' field--invalid'}`}>
            <label className="field__label" htmlFor={`${id}-date`}>
              {t('topbar.rateDate')}
            </label>
            {/* ISO text like every other date in the app; a date picker would also cost the first paint ~40 ms */}
            <input
              id={`${id}-date`}
              className="field__input field__input--date"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={10}
              placeholder="YYYY-MM-DD"
              value={dateText}
              aria-invalid={dateOk ? undefined : true}
              aria-describedby={dateOk ? undefined : `${id}-date-error`}
              onChange={(event) => {
                setDateText(event.target.value);
                apply(rateText, event.target.value);
              }}
            />
            {!dateOk && (
              <p className="field__error" id={`${id}-date-error`} role="alert">
                {t('validation.date')}
              </p>
            )}
          </div>
        </>
      )}
      <div className="field field--checkbox field--compact">
        <input
          id={`${id}-vat`}
          type="checkbox"
          checked={settings.vat}
          onChange={(event) => dispatch({ type: 'setSettings', patch: { vat: event.target.checked } })}
        />
        <label htmlFor={`${id}-vat`}>{t('topbar.vat')}</label>
      </div>
    </div>
  );
}
