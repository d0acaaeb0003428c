/** Component-test helper: a fresh i18n instance with every namespace the pages use. */
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { render } from '@testing-library/react';
import { createI18n, type Language } from '../i18n';
import { registerInstancesI18n } from '../instances/register-instances-i18n';
import { registerPurchaseI18n } from '../purchase/register-purchase-i18n';
import { registerExerciseI18n } from '../exercise/register-exercise-i18n';
import { registerRightsizingI18n } from './register-rightsizing-i18n';

export function renderPage(ui: ReactElement, language: Language = 'ko') {
  const i18n = createI18n(language, [
    registerInstancesI18n,
    registerPurchaseI18n,
    registerRightsizingI18n,
    registerExerciseI18n,
  ]);
  return { ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>), i18n };
}
