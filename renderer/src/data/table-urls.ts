/**
 * Where the bundled price tables are served from: Vite copies pricing-data/*.json byte for byte into the
 * build's assets (never inlined: the page may fetch only from its own origin, not data: URLs), so they stay
 * out of the JavaScript and load in parallel with it.
 */
const urls = import.meta.glob<string>('../../../pricing-data/*.json', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** file name ('ebs.json') → URL relative to the page */
export const BUNDLED_TABLE_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);
