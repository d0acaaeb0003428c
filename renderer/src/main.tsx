import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { bundledSnapshot } from './data/bundled-snapshot';
import { createI18n, storedLanguage } from './i18n';
import { registerInstancesI18n } from './instances/register-instances-i18n';
import { registerPurchaseI18n } from './purchase/register-purchase-i18n';
import { SnapshotFailure } from './app/SnapshotFailure';
import './styles/app.css';
import './styles/print.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('CloudSizer: #root element missing from index.html');

const language = storedLanguage(globalThis.localStorage);
const i18n = createI18n(language, [registerInstancesI18n, registerPurchaseI18n]);
document.documentElement.lang = language;

function loadSnapshot() {
  try {
    return { ok: true as const, snapshot: bundledSnapshot() };
  } catch (error) {
    return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
  }
}

const loaded = loadSnapshot();
createRoot(rootElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {loaded.ok ? <App snapshot={loaded.snapshot} bridge={window.cloudsizer} /> : <SnapshotFailure message={loaded.message} />}
    </I18nextProvider>
  </StrictMode>,
);
