import { useTranslation } from 'react-i18next';
import { fieldKit } from '../../fields/field-kit';
import type { LineDraft } from '../../fields/use-line-draft';
import { CommonFields } from './CommonFields';
import { UnclaimedErrors } from './UnclaimedErrors';

export function LambdaEditor({ draft }: { draft: LineDraft }) {
  const { t } = useTranslation();
  const kit = fieldKit(draft);
  const architectures = (['x86_64', 'arm64'] as const).map((value) => ({
    value,
    label: t(`lambda.architectures.${value}`),
  }));
  return (
    <>
      <CommonFields kit={kit} draft={draft} />
      <div className="field-row">
        {kit.number(['requestsPerMonth'], t('lambda.requestsPerMonth'))}
        {kit.number(['averageDurationMs'], t('lambda.averageDurationMs'))}
        {kit.number(['memoryMB'], t('lambda.memoryMB'))}
        {kit.select(['architecture'], t('lambda.architecture'), architectures)}
      </div>
      <UnclaimedErrors messages={kit.unclaimed()} />
    </>
  );
}
