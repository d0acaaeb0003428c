import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ec2Item } from '../../../engine/scenario';
import type { Region } from '../../../pricing-data/schema';
import { InstancePicker } from '../instances/InstancePicker';
import { useSnapshot } from './contexts';
import { Dialog } from './Dialog';

type Props = {
  item: Ec2Item;
  region: Region;
  onApply: (type: string) => void;
  onClose: () => void;
  /** saves the picker's table as CSV (the app's CSV export: desktop save dialog or download) */
  onExportCsv?: (text: string, fileName: string) => void;
};

/** The catalogue picker for one EC2 line; the row chosen (click, Enter or arrows) is applied with the button. */
export function InstancePickerDialog({ item, region, onApply, onClose, onExportCsv }: Props) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const [chosen, setChosen] = useState(item.instanceType);
  return (
    <Dialog
      title={t('ec2.browseTitle')}
      wide
      onClose={onClose}
      footer={
        <>
          <span className="dialog__status" role="status">
            {t('dialog.selected', { type: chosen })}
          </span>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onApply(chosen);
              onClose();
            }}
          >
            {t('dialog.apply')}
          </button>
        </>
      }
    >
      <InstancePicker
        snapshot={snapshot}
        region={region}
        os={item.os}
        value={chosen}
        onSelect={setChosen}
        onExportCsv={onExportCsv}
      />
    </Dialog>
  );
}
