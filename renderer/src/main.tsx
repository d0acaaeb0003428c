/**
 * Boot: index.html shows a loading shell and preloads the price tables; here the tables are fetched and
 * hashed (bundled-tables.ts), the ones every estimate needs are checked, and the app replaces the shell.
 * The other tables are checked on first use or in idle time; any failure shows SnapshotFailure instead.
 */
import { bundledTables } from './data/bundled-tables';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { SnapshotFailure } from './app/SnapshotFailure';
import { checkRestWhenIdle, openSnapshot } from './data/open-snapshot';
import { SnapshotBoundary } from './data/SnapshotBoundary';
import { APP_I18N_REGISTRARS } from './i18n/app-registrars';
import { createI18n, storedLanguage } from './i18n';
import './styles/app.css';
import './styles/print.css';

performance.mark('cloudsizer:main-start');
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('CloudSizer: #root element missing from index.html');

const language = storedLanguage(globalThis.localStorage);
const i18n = createI18n(language, APP_I18N_REGISTRARS);
performance.mark('cloudsizer:i18n-ready');
document.documentElement.lang = language;
const root = createRoot(rootElement);

const failure = (message: string) => (
  <I18nextProvider i18n={i18n}>
    <SnapshotFailure message={message} />
  </I18nextProvider>
);

async function start(): Promise<void> {
  const fetched = await bundledTables;
  performance.mark('cloudsizer:snapshot-start');
  const lazy = openSnapshot(fetched);
  performance.measure('cloudsizer:snapshot', 'cloudsizer:snapshot-start');
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SnapshotBoundary fallback={(message) => <SnapshotFailure message={message} />}>
          <App snapshot={lazy.snapshot} bridge={window.cloudsizer} />
        </SnapshotBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
  await checkRestWhenIdle(lazy);
  performance.mark('cloudsizer:snapshot-checked');
}

start().catch((error: unknown) =>
  root.render(failure(error instanceof Error ? error.message : String(error))),
);
