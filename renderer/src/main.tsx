/**
 * Boot: index.html holds the prerendered first screen (or, in `npm run web`, a loading shell); here the price
 * tables are fetched and hashed (bundled-tables.ts, imported first so the fetches start first), the ones every estimate
 * needs are checked, and the app hydrates the first screen (or replaces the shell). The other tables are
 * checked on first use or in idle time; any failure shows SnapshotFailure instead.
 */
import { bundledTables } from './data/bundled-tables';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { SnapshotError } from '../../engine/prices/snapshot-error';
import { SnapshotFailure } from './app/SnapshotFailure';
import { AppRoot } from './boot/AppRoot';
import { canHydrate } from './boot/can-hydrate';
import { checkRestWhenIdle, openSnapshot } from './data/open-snapshot';
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
let root: Root | undefined;

/** A fresh render in place of whatever #root holds (the loading shell or a first screen that does not fit). */
function freshRoot(container: HTMLElement): Root {
  container.removeAttribute('data-prerendered');
  container.removeAttribute('inert');
  return createRoot(container);
}

/** The app has taken over #root: it is usable, and tests may start (html[data-app-ready]). */
function markReady(container: HTMLElement): void {
  container.removeAttribute('inert');
  document.documentElement.setAttribute('data-app-ready', '');
}

async function start(container: HTMLElement): Promise<void> {
  const fetched = await bundledTables;
  performance.mark('cloudsizer:snapshot-start');
  const lazy = openSnapshot(fetched);
  performance.measure('cloudsizer:snapshot', 'cloudsizer:snapshot-start');
  const app = (
    <AppRoot
      i18n={i18n}
      snapshot={lazy.snapshot}
      bridge={window.cloudsizer}
      onMounted={() => markReady(container)}
    />
  );
  if (canHydrate(container, language)) {
    root = hydrateRoot(container, app, {
      // React has already rendered afresh; the difference is worth knowing about, not worth stopping for
      onRecoverableError: (error) => {
        performance.mark('cloudsizer:hydration-mismatch');
        console.warn('CloudSizer: the prerendered first screen did not match; rendered afresh', error);
      },
    });
  } else {
    root = freshRoot(container);
    root.render(app);
  }
  await checkRestWhenIdle(lazy);
  performance.mark('cloudsizer:snapshot-checked');
}

start(rootElement).catch((error: unknown) => {
  root ??= freshRoot(rootElement);
  root.render(
    <I18nextProvider i18n={i18n}>
      <SnapshotFailure
        problem={
          error instanceof SnapshotError
            ? { message: error.message, ko: error.ko }
            : { message: error instanceof Error ? error.message : String(error) }
        }
      />
    </I18nextProvider>,
  );
});
