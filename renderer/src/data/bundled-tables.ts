/**
 * The bundled price tables, read and hashed once per page: fetched (index.html's preload links, added by
 * renderer/vite.config.ts, have the browser download them while it loads the app's scripts; this fetch takes
 * over those responses), or, in the portable page, read from the page itself.
 */
import { embeddedTables } from './embedded-tables';
import { fetchTables, pageSubtle, type FetchedTables } from './fetch-tables';
import { BUNDLED_TABLE_URLS } from './table-urls';

export const bundledTables: Promise<FetchedTables> = (
  embeddedTables(globalThis.document, pageSubtle()) ?? fetchTables(BUNDLED_TABLE_URLS)
).finally(() => performance.mark('cloudsizer:tables-fetched'));
