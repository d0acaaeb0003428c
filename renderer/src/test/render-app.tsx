import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Scenario } from '../../../engine/scenario';
import { App } from '../App';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { createI18n, type Language } from '../i18n';
import { registerInstancesI18n } from '../instances/register-instances-i18n';
import { registerPurchaseI18n } from '../purchase/register-purchase-i18n';
import { registerExerciseI18n } from '../exercise/register-exercise-i18n';
import { registerPriceTablesI18n } from '../price-tables/register-price-tables-i18n';
import { registerRightsizingI18n } from '../rightsizing/register-rightsizing-i18n';

/** The whole builder as main.tsx mounts it, with a fresh i18n instance. */
export function renderApp(options: { language?: Language; scenario?: Scenario } = {}) {
  const i18n = createI18n(options.language ?? 'ko', [
    registerInstancesI18n,
    registerPurchaseI18n,
    registerExerciseI18n,
    registerRightsizingI18n,
    registerPriceTablesI18n,
  ]);
  const snapshot = bundledSnapshot();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App snapshot={snapshot} {...(options.scenario ? { initialScenario: options.scenario } : {})} />
    </I18nextProvider>,
  );
  return { ...view, i18n, snapshot };
}
