import { useTranslation } from 'react-i18next';
import type { OperatingSystem, Region } from '../../../pricing-data/schema';
import type { PriceSnapshot } from '../../../engine/prices';
import { Dialog } from '../app/Dialog';
import { InstancePicker } from '../instances/InstancePicker';

type Props = {
  snapshot: PriceSnapshot;
  region: Region;
  os: OperatingSystem;
  title: string;
  value: string | null;
  onSelect: (type: string) => void;
  onClose: () => void;
};

/** The shared instance picker in a dialog: every selection is applied at once, "Done" closes it. */
export function TypePickerDialog({ snapshot, region, os, title, value, onSelect, onClose }: Props) {
  const { t } = useTranslation('exercise');
  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('answer.pickerDone')}
        </button>
      }
    >
      <InstancePicker snapshot={snapshot} region={region} os={os} value={value} onSelect={onSelect} />
    </Dialog>
  );
}
