import { useTranslation } from 'react-i18next';
import { ebsVolumeTypeSchema, type EbsItem } from '../../../../engine/scenario';
import { fieldKit } from '../../fields/field-kit';
import type { LineDraft } from '../../fields/use-line-draft';
import { CommonFields } from './CommonFields';
import { UnclaimedErrors } from './UnclaimedErrors';

type VolumeType = EbsItem['volumeType'];
const VOLUME_TYPES = ebsVolumeTypeSchema.options;

/** Switching the volume type keeps only the settings that type accepts (gp3: IOPS ≥ 3,000; io1/io2 need IOPS). */
export function withVolumeType(item: EbsItem, volumeType: VolumeType): EbsItem {
  const { iops, throughputMBps, ...rest } = item;
  if (volumeType === 'gp3')
    return {
      ...rest,
      volumeType,
      ...(iops !== undefined && iops >= 3000 ? { iops } : {}),
      ...(throughputMBps !== undefined ? { throughputMBps } : {}),
    };
  if (volumeType === 'io1' || volumeType === 'io2') return { ...rest, volumeType, iops: iops ?? 3000 };
  return { ...rest, volumeType };
}

export function EbsEditor({ draft }: { draft: LineDraft }) {
  const { t } = useTranslation();
  const kit = fieldKit(draft);
  const ebs = draft.current as EbsItem;
  const provisioned = ebs.volumeType === 'io1' || ebs.volumeType === 'io2';
  return (
    <>
      <CommonFields kit={kit} draft={draft} />
      <div className="field-row">
        {kit.select(
          ['volumeType'],
          t('ebs.volumeType'),
          VOLUME_TYPES.map((value) => ({ value, label: value })),
          {
            onValue: (volumeType) =>
              draft.replace((current) => withVolumeType(current as EbsItem, volumeType)),
          },
        )}
        {kit.number(['sizeGB'], t('ebs.sizeGB'))}
        {(ebs.volumeType === 'gp3' || provisioned) &&
          kit.number(['iops'], t('ebs.iops'), {
            optional: ebs.volumeType === 'gp3',
            placeholder: ebs.volumeType === 'gp3' ? '3000' : '',
          })}
        {ebs.volumeType === 'gp3' &&
          kit.number(['throughputMBps'], t('ebs.throughput'), { optional: true, placeholder: '125' })}
        {kit.number(['count'], t('ebs.count'))}
        {kit.number(['hoursPerMonth'], t('ebs.hoursPerMonth'), { optional: true })}
      </div>
      {ebs.volumeType === 'gp3' && <p className="field-row__note">{t('ebs.gp3Included')}</p>}
      <div className="field-row">
        {kit.checkbox('snapshots', t('ebs.snapshots'), ebs.snapshots !== undefined, (on) =>
          draft.setValue(['snapshots'], on ? { dailyChangePercent: 5, retentionDays: 7 } : undefined),
        )}
        {ebs.snapshots && (
          <>
            {kit.number(['snapshots', 'initialGB'], t('ebs.initialGB'), { optional: true })}
            {kit.number(['snapshots', 'dailyChangePercent'], t('ebs.dailyChangePercent'))}
            {kit.number(['snapshots', 'retentionDays'], t('ebs.retentionDays'))}
          </>
        )}
      </div>
      <UnclaimedErrors messages={kit.unclaimed()} />
    </>
  );
}
