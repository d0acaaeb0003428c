import { useTranslation } from 'react-i18next';
import type { SnapshotProblem } from '../data/SnapshotBoundary';
import { useLanguage } from '../i18n/use-language';

/**
 * The bundled price tables failed their hash or schema check: say which file and why, price nothing. The
 * Korean UI says it in Korean where the check did, and keeps the English detail below for a bug report.
 */
export function SnapshotFailure({ problem }: { problem: SnapshotProblem }) {
  const { t } = useTranslation();
  const korean = useLanguage() === 'ko' ? problem.ko : undefined;
  return (
    <main className="snapshot-failure" role="alert">
      <h1>{t('app.name')}</h1>
      <h2>{t('app.snapshotFailed')}</h2>
      {korean && <p>{korean}</p>}
      <pre>{problem.message}</pre>
    </main>
  );
}
