import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { registerCompareI18n } from '../compare/register-compare-i18n';
import { createI18n, type Language } from '../i18n';
import { registerWorkspaceI18n } from './register-workspace-i18n';

/** Renders `ui` with a fresh i18n instance that has the workspace and compare strings. */
export function renderWithI18n(ui: ReactElement, language: Language = 'ko') {
  const i18n = createI18n(language, [registerWorkspaceI18n, registerCompareI18n]);
  return { ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>), i18n };
}
