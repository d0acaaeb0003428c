import type { TFunction } from 'i18next';
import type { LineItem } from '../../../engine/scenario';

/** What a line is called on its card and in its buttons' labels: the description, else a short summary. */
export function lineTitle(item: LineItem, t: TFunction): string {
  if (item.description) return item.description;
  switch (item.service) {
    case 'ec2':
      return `${item.instanceType} × ${item.count}`;
    case 'ebs':
      return `${item.volumeType} ${item.sizeGB} GB${item.count > 1 ? ` × ${item.count}` : ''}`;
    case 's3':
      return `${t(`s3.classes.${item.storageClass}`)} ${item.storageGB} GB`;
    case 'data-transfer':
      return `${t('services.data-transfer')} ${item.id}`;
    case 'lambda':
      return `Lambda ${item.memoryMB} MB`;
  }
}
