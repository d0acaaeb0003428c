/**
 * Electron Forge drives `npm start` (Vite dev server + main/preload builds) and `npm run package`.
 * Installers are made by electron-builder (`npm run dist`, electron-builder.config.cjs).
 */
import type { ForgeConfig } from '@electron-forge/shared-types';
import { VitePlugin } from '@electron-forge/plugin-vite';

const config: ForgeConfig = {
  packagerConfig: {
    name: 'CloudSizer',
    executableName: 'cloudsizer',
    appBundleId: 'io.github.cloudsizer.app',
    appCategoryType: 'public.app-category.education',
    asar: true,
    extraResource: ['pricing-data'],
  },
  rebuildConfig: {},
  makers: [],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'electron/vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'electron/vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'electron/vite.renderer.config.ts' }],
    }),
  ],
};

export default config;
