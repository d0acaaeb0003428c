/**
 * The bundled price tables, fetched and hashed once per page. index.html's preload links (added by
 * renderer/vite.config.ts) have the browser download them while it loads the app's scripts; this fetch
 * takes over those responses.
 */
import { fetchTables, type FetchedTables } from './fetch-tables';
import { BUNDLED_TABLE_URLS } from './table-urls';

export const bundledTables: Promise<FetchedTables> = fetchTables(BUNDLED_TABLE_URLS).finally(() =>
  performance.mark('cloudsizer:tables-fetched'),
);
