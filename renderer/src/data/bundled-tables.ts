/**
 * The bundled price tables, read and hashed once per page: fetched (main.tsx imports this module first, so
 * the requests start as soon as the app's script runs), or, in the portable page, read from the page itself.
 */
import { embeddedTables } from './embedded-tables';
import { fetchTables, pageSubtle, type FetchedTables } from './fetch-tables';
import { BUNDLED_TABLE_URLS } from './table-urls';

export const bundledTables: Promise<FetchedTables> = (
  embeddedTables(globalThis.document, pageSubtle()) ?? fetchTables(BUNDLED_TABLE_URLS)
).finally(() => performance.mark('cloudsizer:tables-fetched'));
