import { useTranslation } from 'react-i18next';

/** The bundled price tables failed their hash or schema check: say which file and why, price nothing. */
export function SnapshotFailure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="snapshot-failure" role="alert">
      <h1>{t('app.name')}</h1>
      <h2>{t('app.snapshotFailed')}</h2>
      <pre>{message}</pre>
    </main>
  );
}
