/**
 * Forge's renderer build (`main_window`): the web app's own config (renderer/vite.config.ts), with the
 * output moved to .vite/renderer/main_window, where Forge packages it and main looks for it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, loadConfigFromFile, mergeConfig } from 'vite';

const rendererConfigFile = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));

export default defineConfig(async (env) => {
  const loaded = await loadConfigFromFile(env, rendererConfigFile);
  if (!loaded) throw new Error(`Could not load ${rendererConfigFile}`);
  return mergeConfig(loaded.config, {
    build: { outDir: fileURLToPath(new URL('../.vite/renderer/main_window', import.meta.url)) },
  });
});
