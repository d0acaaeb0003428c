import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { SnapshotFailure } from './app/SnapshotFailure';
import { bundledSnapshotAsync } from './data/bundled-snapshot';
import { createI18n, storedLanguage } from './i18n';
import { registerInstancesI18n } from './instances/register-instances-i18n';
import { registerPurchaseI18n } from './purchase/register-purchase-i18n';
import { registerExerciseI18n } from './exercise/register-exercise-i18n';
import { registerPriceTablesI18n } from './price-tables/register-price-tables-i18n';
import { registerRightsizingI18n } from './rightsizing/register-rightsizing-i18n';
import './styles/app.css';
import './styles/print.css';

performance.mark('cloudsizer:main-start');
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('CloudSizer: #root element missing from index.html');

const language = storedLanguage(globalThis.localStorage);
const i18n = createI18n(language, [
  registerInstancesI18n,
  registerPurchaseI18n,
  registerExerciseI18n,
  registerRightsizingI18n,
  registerPriceTablesI18n,
]);
document.documentElement.lang = language;
const root = createRoot(rootElement);

performance.mark('cloudsizer:snapshot-start');
bundledSnapshotAsync().then(
  (snapshot) => {
    performance.measure('cloudsizer:snapshot', 'cloudsizer:snapshot-start');
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App snapshot={snapshot} bridge={window.cloudsizer} />
        </I18nextProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <SnapshotFailure message={error instanceof Error ? error.message : String(error)} />
      </I18nextProvider>,
    );
  },
);
