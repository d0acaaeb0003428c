/** Component-test helpers: a fresh i18n instance with our namespaces, and jsdom sizes for the virtual list. */
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { createI18n, type Language } from '../i18n';
import { registerPurchaseI18n } from '../purchase/register-purchase-i18n';
import { registerInstancesI18n } from './register-instances-i18n';

export function renderWithI18n(ui: ReactElement, language: Language = 'ko') {
  const i18n = createI18n(language, [registerInstancesI18n, registerPurchaseI18n]);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/**
 * jsdom lays nothing out: give scroll containers a 480 px viewport so the virtualiser renders the rows
 * a real window would show (15 rows of 32 px plus overscan). jsdom has no ResizeObserver, so the chart
 * keeps its initial size instead of measuring 0 × 0.
 */
export function fakeLayout(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 480 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 960 });
}

/** axe violations as "rule: target" lines, so a failure says what and where. */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}
