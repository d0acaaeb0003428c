/**
 * The first screen as HTML, rendered at build time (renderer/build/prerender-plugin.ts) from the same
 * tables the app fetches, in the default language: the page shows the starting estimate and its totals
 * before any script has run, and the app then hydrates it (main.tsx).
 */
import { renderToString } from 'react-dom/server';
import { DEFAULT_LANGUAGE, createI18n } from '../i18n';
import { APP_I18N_REGISTRARS } from '../i18n/app-registrars';
import { openSnapshot } from '../data/open-snapshot';
import { AppRoot } from './AppRoot';

/** @param texts price-table file name ('ebs.json') → its text, as the app fetches them */
export function renderFirstScreen(texts: Record<string, string>): { html: string; language: string } {
  const lazy = openSnapshot({ texts, digests: undefined });
  const i18n = createI18n(DEFAULT_LANGUAGE, APP_I18N_REGISTRARS);
  const html = renderToString(<AppRoot i18n={i18n} snapshot={lazy.snapshot} />);
  return { html, language: DEFAULT_LANGUAGE };
}
