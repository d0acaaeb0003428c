/**
 * The price tables of the portable page (dist/portable/CloudSizer.html, renderer/build/portable-page.ts): each
 * is the exact text of a <script type="application/json" data-price-table="…"> element, since a page opened
 * from disk may not fetch. Hashed like fetched tables, so the manifest's SHA-256 check is the same.
 */
import { hex, type FetchDeps, type FetchedTables } from './fetch-tables';

const SELECTOR = 'script[type="application/json"][data-price-table]';

/** The tables embedded in `page`, or null when it has none (the normal build fetches them). */
export function embeddedTables(
  page: Pick<Document, 'querySelectorAll'> | undefined,
  subtle: FetchDeps['subtle'],
): Promise<FetchedTables> | null {
  const elements = page ? Array.from(page.querySelectorAll<HTMLScriptElement>(SELECTOR)) : [];
  if (elements.length === 0) return null;
  const texts: Record<string, string> = {};
  for (const element of elements) texts[element.dataset.priceTable ?? ''] = element.textContent;
  if (!subtle) return Promise.resolve({ texts, digests: undefined });
  const encoder = new TextEncoder();
  return Promise.all(
    Object.entries(texts).map(async ([file, text]) => {
      const bytes = encoder.encode(text);
      return [file, hex(await subtle.digest('SHA-256', bytes.buffer as ArrayBuffer))] as const;
    }),
  ).then((digests) => ({ texts, digests: Object.fromEntries(digests) }));
}
