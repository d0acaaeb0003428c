import { useTranslation } from 'react-i18next';
import type { UtilizationImport } from '../../../engine/utilization';
import { Dialog } from '../app/Dialog';
import { useLang } from '../instances/use-lang';

type Props = {
  fileName: string;
  result: UtilizationImport;
  onImportGood: () => void;
  onCancel: () => void;
};

/**
 * Every row-level problem of an import with its line (and column), then the choice: import the good rows,
 * or cancel. Closing the dialog (×, Esc) is cancel. Nothing loaded before is touched either way.
 */
export function ImportProblemsDialog({ fileName, result, onImportGood, onCancel }: Props) {
  const { t } = useTranslation('rightsizing');
  const lang = useLang();
  const good = result.rows.length;
  return (
    <Dialog
      title={t('problems.title', { file: fileName })}
      onClose={onCancel}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('problems.cancel')}
          </button>
          {good > 0 && (
            <button type="button" className="button button--primary" onClick={onImportGood}>
              {t('problems.importGood', { count: good })}
            </button>
          )}
        </>
      }
    >
      <p>
        {good > 0
          ? t('problems.intro', {
              count: result.problems.length,
              good: t('problems.goodRows', { count: good }),
            })
          : t('problems.nothingGood')}
      </p>
      <table className="issues rs-problems" aria-label={t('problems.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('problems.line')}</th>
            <th scope="col">{t('problems.column')}</th>
            <th scope="col">{t('problems.kind')}</th>
            <th scope="col">{t('problems.message')}</th>
          </tr>
        </thead>
        <tbody>
          {result.problems.map((problem, index) => (
            <tr key={index} className={`rs-problem rs-problem--${problem.severity}`}>
              <td className="amount">{problem.line}</td>
              <td>{problem.column ? <code>{problem.column}</code> : null}</td>
              <td>{t(`problems.${problem.severity}`)}</td>
              <td>{lang === 'ko' ? problem.messageKo : problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
