import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferItem } from '../../../../engine/scenario';
import { useSnapshot } from '../../app/contexts';
import { regionOptions } from '../../app/region-options';
import { fieldKit } from '../../fields/field-kit';
import type { LineDraft } from '../../fields/use-line-draft';
import { CommonFields } from './CommonFields';
import { UnclaimedErrors } from './UnclaimedErrors';
import { useLanguage } from '../../i18n/use-language';

const NONE = '';

export function TransferEditor({ draft }: { draft: LineDraft }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const kit = fieldKit(draft);
  const transfer = draft.current as TransferItem;
  const language = useLanguage();
  const destinations = useMemo(
    () => [{ value: NONE, label: t('transfer.noDestination') }, ...regionOptions(snapshot, language)],
    [snapshot, language, t],
  );
  return (
    <>
      <CommonFields kit={kit} draft={draft} />
      <div className="field-row">
        {kit.number(['internetOutGB'], t('transfer.internetOutGB'))}
        {kit.number(['interRegionOutGB'], t('transfer.interRegionOutGB'))}
        {kit.select<string>(['destinationRegion'], t('transfer.destinationRegion'), destinations, {
          value: transfer.destinationRegion ?? NONE,
          onValue: (value) => draft.setValue(['destinationRegion'], value === NONE ? undefined : value),
        })}
      </div>
      <div className="field-row">
        {kit.number(['interAzGB'], t('transfer.interAzGB'))}
        {kit.number(['internetInGB'], t('transfer.internetInGB'))}
      </div>
      <UnclaimedErrors messages={kit.unclaimed()} />
    </>
  );
}
