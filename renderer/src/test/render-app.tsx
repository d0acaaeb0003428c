import { fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Scenario } from '../../../engine/scenario';
import { App } from '../App';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { createI18n, type Language } from '../i18n';

import { APP_I18N_REGISTRARS } from '../i18n/app-registrars';

export { APP_I18N_REGISTRARS };

/** The whole builder as main.tsx mounts it, with a fresh i18n instance. */
export function renderApp(
  options: {
    language?: Language;
    scenario?: Scenario;
    bridge?: CloudSizerBridge;
    snapshot?: PriceSnapshot;
    /** the line editors: opened with "open all" (what most tests edit), or as the app opens an estimate */
    editors?: 'open' | 'closed';
  } = {},
) {
  const i18n = createI18n(options.language ?? 'ko', APP_I18N_REGISTRARS);
  const snapshot = options.snapshot ?? bundledSnapshot();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App
        snapshot={snapshot}
        {...(options.bridge ? { bridge: options.bridge } : {})}
        {...(options.scenario ? { initialScenario: options.scenario } : {})}
      />
    </I18nextProvider>,
  );
  const openAll = view.queryByTestId('lines-editors');
  if (openAll && (options.editors ?? 'open') === 'open') fireEvent.click(openAll);
  return { ...view, i18n, snapshot };
}
