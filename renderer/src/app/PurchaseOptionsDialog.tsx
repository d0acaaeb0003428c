import { useTranslation } from 'react-i18next';
import type { Ec2Item } from '../../../engine/scenario';
import type { Region } from '../../../pricing-data/schema';
import { PurchaseOptionsPanel } from '../purchase/PurchaseOptionsPanel';
import { useSnapshot } from './contexts';
import { Dialog } from './Dialog';

type Props = { item: Ec2Item; region: Region; hoursPerMonth: number; onClose: () => void };

/** Every purchase option of one EC2 line's instance side by side (the panel is the purchase module's). */
export function PurchaseOptionsDialog({ item, region, hoursPerMonth, onClose }: Props) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  return (
    <Dialog title={t('ec2.compareTitle', { type: item.instanceType })} wide onClose={onClose}>
      <PurchaseOptionsPanel
        snapshot={snapshot}
        region={region}
        type={item.instanceType}
        os={item.os}
        count={item.count}
        hoursPerMonth={hoursPerMonth}
      />
    </Dialog>
  );
}
