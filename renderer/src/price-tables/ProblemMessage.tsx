import { useTranslation } from 'react-i18next';
import type { BridgeProblem } from './bridge-snapshots';

/** A failed bridge call or snapshot check: what it was about, the error kind, the file, main's detail. */
export function ProblemMessage({ title, problem }: { title: string; problem: BridgeProblem }) {
  const { t } = useTranslation('priceTables');
  return (
    <div className="pt-load__error" role="alert">
      <p>
        <strong>{title}</strong> <span>({t(`errors.${problem.code}`)})</span>
      </p>
      {problem.file && <p>{t('installed.failedFile', { file: problem.file })}</p>}
      <pre>{problem.message}</pre>
    </div>
  );
}
