import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderFirstScreen } from './build/prerender-plugin';
import { verifiedSnapshot } from './build/verified-snapshot';

const root = fileURLToPath(new URL('.', import.meta.url));
const pricingData = fileURLToPath(new URL('../pricing-data/', import.meta.url));
const engine = fileURLToPath(new URL('../engine/', import.meta.url));

/** A pattern matching module ids inside any of the folders (absolute paths ending in a separator). */
const pathsUnder = (...folders: string[]) =>
  new RegExp(`^(${folders.map((folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);

/**
 * The price tables are static assets fetched at start (renderer/src/data/table-urls.ts). A table imported into
 * the JavaScript instead (e.g. `?raw`, as tests do) fails the build: 2 MB of JSON would ride in the app's script
 * again. index.html has no preload links for them: measured in `bench/ui.ts`, they delayed the first paint by
 * 40–60 ms (the 2 MB competed with the page's own stylesheet and scripts) and brought the app no sooner to
 * interactive, because the app's first module starts the same fetches.
 */
function priceTablesAsAssets(): Plugin {
  return {
    name: 'cloudsizer:price-tables-as-assets',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const inlined = output.moduleIds.find(
          (id) => id.startsWith(pricingData) && id.includes('.json') && !/[?&]url\b/.test(id),
        );
        if (inlined)
          this.error(
            `${inlined} is bundled into ${output.fileName}; the app must fetch the price tables (renderer/src/data/bundled-tables.ts), not import them`,
          );
      }
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [
    react(),
    verifiedSnapshot({ pricingData }),
    priceTablesAsAssets(),
    prerenderFirstScreen({ rendererRoot: root, pricingData }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: {
        // engine and schema modules only declare things: what the first screen does not use stays out of
        // its scripts even when imported through the engine's index (e.g. the exercise, rightsizing and CSV
        // parsing code, papaparse)
        moduleSideEffects: [{ test: pathsUnder(engine, pricingData), sideEffects: false }],
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
