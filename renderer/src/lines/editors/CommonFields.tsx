import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSnapshot } from '../../app/contexts';
import { regionOptions } from '../../app/region-options';
import type { FieldKit } from '../../fields/field-kit';
import type { LineDraft } from '../../fields/use-line-draft';
import { useLanguage } from '../../i18n/use-language';

const SCENARIO_REGION = '';

/** Description and the optional per-line region (empty = the scenario's region). */
export function CommonFields({ kit, draft }: { kit: FieldKit; draft: LineDraft }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const language = useLanguage();
  const choices = useMemo(
    () => [{ value: SCENARIO_REGION, label: t('lines.sameRegion') }, ...regionOptions(snapshot, language)],
    [snapshot, language, t],
  );
  return (
    <div className="field-row">
      {kit.text(['description'], t('lines.description'), {
        placeholder: t('lines.descriptionPlaceholder'),
        maxLength: 200,
        emptyIsUndefined: true,
        className: 'field--wide',
      })}
      {kit.select<string>(['region'], t('lines.region'), choices, {
        value: draft.current.region ?? SCENARIO_REGION,
        onValue: (value) => draft.setValue(['region'], value === SCENARIO_REGION ? undefined : value),
      })}
    </div>
  );
}
