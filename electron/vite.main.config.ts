/**
 * Builds electron/main.ts to .vite/build/main.cjs (package.json "main"). Used as is by `npm run dist`
 * and merged into Forge's own main config by `npm start` / `electron-forge package`.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRepo = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

export const NODE_EXTERNALS = ['electron', /^electron\//, /^node:/, ...builtinModules];

export default defineConfig({
  root: fromRepo(''),
  publicDir: false,
  resolve: { conditions: ['node'] },
  build: {
    outDir: fromRepo('.vite/build'),
    emptyOutDir: false,
    target: 'node22',
    sourcemap: true,
    minify: false,
    lib: {
      entry: fromRepo('electron/main.ts'),
      formats: ['cjs'],
      fileName: () => 'main.cjs',
    },
    rollupOptions: { external: NODE_EXTERNALS },
  },
});
