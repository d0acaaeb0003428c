import { useTranslation } from 'react-i18next';
import { IssueTable } from '../app/IssueTable';
import type { ScenarioIssue } from '../../../engine/scenario';
import { Dialog } from '../app/Dialog';

type Props = { fileName: string; issues: readonly ScenarioIssue[]; onClose: () => void };

/** Every problem the engine's scenario parser found, with its JSON path; the workspace stays as it was. */
export function InvalidFileDialog({ fileName, issues, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('files.invalidTitle')}
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('files.close')}
        </button>
      }
    >
      <p>{t('files.invalidIntro', { file: fileName, count: issues.length })}</p>
      <IssueTable
        issues={issues}
        pathHeading={t('files.path')}
        messageHeading={t('files.message')}
        testId="file-issues"
      />
    </Dialog>
  );
}
