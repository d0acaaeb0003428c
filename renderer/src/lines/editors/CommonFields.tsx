import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSnapshot } from '../../app/contexts';
import { regionOptions } from '../../app/region-options';
import type { FieldKit } from '../../fields/field-kit';
import type { LineDraft } from '../../fields/use-line-draft';
import { TagsField } from '../../groups/TagsField';
import { useLanguage } from '../../i18n/use-language';
import { useLineDisplay } from '../line-display';

const SCENARIO_REGION = '';
const NO_GROUP = '';

/**
 * Description, the optional per-line region (empty = the scenario's region), the line's group (one of the
 * scenario's, or none) and its tags.
 */
export function CommonFields({ kit, draft }: { kit: FieldKit; draft: LineDraft }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const language = useLanguage();
  const { groups } = useLineDisplay();
  const choices = useMemo(
    () => [{ value: SCENARIO_REGION, label: t('lines.sameRegion') }, ...regionOptions(snapshot, language)],
    [snapshot, language, t],
  );
  const groupChoices = useMemo(
    () => [
      { value: NO_GROUP, label: t('groups.none') },
      ...groups.map((group) => ({ value: group.id, label: group.name })),
    ],
    [groups, t],
  );
  const group = draft.current.group;
  return (
    <>
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
      <div className="field-row field-row--top">
        {kit.select<string>(['group'], t('groups.field'), groupChoices, {
          // a group removed while this editor held a draft reads as none (the store drops it too)
          value: group !== undefined && groups.some((g) => g.id === group) ? group : NO_GROUP,
          onValue: (value) => draft.setValue(['group'], value === NO_GROUP ? undefined : value),
          className: 'field--group',
        })}
        <TagsField
          tags={draft.current.tags}
          error={kit.claim(['tags'])}
          onTags={(tags) => draft.setValue(['tags'], tags)}
        />
      </div>
    </>
  );
}
