/**
 * Builds electron/preload.ts to .vite/build/preload.cjs: one self-contained CommonJS file, because a
 * sandboxed preload may require nothing but 'electron'.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRepo = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

export default defineConfig({
  root: fromRepo(''),
  publicDir: false,
  build: {
    outDir: fromRepo('.vite/build'),
    emptyOutDir: false,
    target: 'chrome130',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: fromRepo('electron/preload.ts'),
      external: ['electron'],
      output: {
        format: 'cjs',
        inlineDynamicImports: true,
        entryFileNames: 'preload.cjs',
      },
    },
  },
});
