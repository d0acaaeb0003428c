/**
 * Web mode: each page has an address (…/#compare, CloudSizer.html#exercises), so a link or bookmark opens that page
 * and the browser's Back and Forward move between pages. The address is read after the first render, which
 * is always the estimate (the prerendered first screen). The desktop app has no address bar: off there.
 */
import { useEffect, useRef } from 'react';
import { PAGES, type Page } from './pages';

const SLUGS: Readonly<Record<Page, string>> = {
  estimate: 'estimate',
  compare: 'compare',
  exercise: 'exercises',
  rightsizing: 'rightsizing',
  priceTables: 'price-tables',
};

/** '#price-tables' → 'priceTables', no fragment → the estimate; null for any other (e.g. the skip link's '#lines'). */
export function pageFromHash(hash: string): Page | null {
  const slug = decodeURIComponent(hash.replace(/^#/, ''));
  if (slug === '') return 'estimate';
  return PAGES.find((page) => SLUGS[page] === slug) ?? null;
}

export const hashOf = (page: Page) => `#${SLUGS[page]}`;

export function usePageAddress(active: boolean, page: Page, setPage: (page: Page) => void): void {
  const latest = useRef({ page, setPage });
  useEffect(() => {
    latest.current = { page, setPage };
  });
  /** a page named by the address, on its way to the screen: not a change to record */
  const adopting = useRef<Page | null>(null);

  useEffect(() => {
    if (!active) return;
    const follow = () => {
      const named = pageFromHash(window.location.hash);
      if (!named || named === latest.current.page) return;
      adopting.current = named;
      latest.current.setPage(named);
    };
    follow();
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [active]);

  useEffect(() => {
    if (!active) return;
    if (adopting.current !== null) {
      if (adopting.current === page) adopting.current = null;
      return;
    }
    const shown = pageFromHash(window.location.hash) ?? 'estimate';
    if (shown !== page) window.history.pushState(null, '', hashOf(page));
  }, [active, page]);
}
