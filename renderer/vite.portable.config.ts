/**
 * `npm run build:portable`: the app as one HTML file, dist/portable/CloudSizer.html, that opens from disk
 * with no server (renderer/build/portable-page.ts). Same app, same prerendered first screen as `npm run build`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import app from './vite.config';
import { portablePage } from './build/portable-page';

export default mergeConfig(
  app,
  defineConfig({
    plugins: [
      portablePage({
        pricingData: fileURLToPath(new URL('../pricing-data/', import.meta.url)),
        rendererRoot: fileURLToPath(new URL('.', import.meta.url)),
      }),
    ],
    publicDir: false,
    build: {
      outDir: fileURLToPath(new URL('../dist/portable', import.meta.url)),
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: {
        output: { format: 'iife', codeSplitting: false },
        // the lazy pages' import() helper reads import.meta.url; inlined, it never uses it
        checks: { emptyImportMeta: false },
      },
    },
    // an inline script has no URL of its own to resolve asset URLs against (and needs none: it reads the tables from the page)
    experimental: { renderBuiltUrl: (fileName: string) => `./${fileName}` },
  }),
);
