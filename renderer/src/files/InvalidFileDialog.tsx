import { useTranslation } from 'react-i18next';
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
      <table className="issues" data-testid="file-issues">
        <thead>
          <tr>
            <th scope="col">{t('files.path')}</th>
            <th scope="col">{t('files.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr key={index}>
              <td>
                <code>{issue.path}</code>
              </td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
