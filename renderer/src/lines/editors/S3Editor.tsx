import { useTranslation } from 'react-i18next';
import { s3ClassSchema } from '../../../../engine/scenario';
import { fieldKit } from '../../fields/field-kit';
import type { LineDraft } from '../../fields/use-line-draft';
import { CommonFields } from './CommonFields';
import { UnclaimedErrors } from './UnclaimedErrors';

export function S3Editor({ draft }: { draft: LineDraft }) {
  const { t } = useTranslation();
  const kit = fieldKit(draft);
  const classes = s3ClassSchema.options.map((value) => ({ value, label: t(`s3.classes.${value}`) }));
  return (
    <>
      <CommonFields kit={kit} draft={draft} />
      <div className="field-row">
        {kit.select(['storageClass'], t('s3.storageClass'), classes, { className: 'field--wide' })}
        {kit.number(['storageGB'], t('s3.storageGB'))}
        {kit.number(['objectCount'], t('s3.objectCount'), { optional: true })}
        {kit.number(['averageObjectKB'], t('s3.averageObjectKB'), { optional: true })}
        {kit.number(['retentionDays'], t('s3.retentionDays'), { optional: true })}
      </div>
      <div className="field-row">
        {kit.number(['putRequests'], t('s3.putRequests'))}
        {kit.number(['getRequests'], t('s3.getRequests'))}
        {kit.number(['retrievalGB'], t('s3.retrievalGB'))}
      </div>
      <UnclaimedErrors messages={kit.unclaimed()} />
    </>
  );
}
