import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export const UPDATE_COMMAND = 'npm run prices:update -- --regions ap-northeast-2,us-east-1';
/** tools/prices/update/snapshot-store.ts `defaultStoreDir()`: where the command writes without --out */
export const CLI_STORE_FOLDER = '~/.cloudsizer/snapshots';

/** Web mode: how to run the update on the command line, and where the desktop app looks for snapshots. */
export function CliInstructions() {
  const { t } = useTranslation('priceTables');
  const id = useId();
  return (
    <div className="pt-instructions" role="note" aria-labelledby={`${id}-cli`}>
      <h4 id={`${id}-cli`}>{t('installed.cliTitle')}</h4>
      <p>{t('installed.cliIntro')}</p>
      <pre>
        <code>{UPDATE_COMMAND}</code>
      </pre>
      <p>{t('installed.cliFolder', { folder: CLI_STORE_FOLDER })}</p>
      <p>{t('installed.cliDesktop')}</p>
      <p className="pt-note">{t('installed.cliOptions')}</p>
      <p className="pt-note">{t('installed.cliCompare')}</p>
    </div>
  );
}
