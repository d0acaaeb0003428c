/**
 * The packaging configs cannot run here (no Electron binary), so they are checked the way the tools
 * read them: electron-builder's own schema validation, and Forge's own Vite config merge + build.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VitePluginConfig } from '@electron-forge/plugin-vite/dist/Config';
import { build, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import forgeConfig from '../forge.config';

const repo = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

interface BuilderConfigModule {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
}
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as BuilderConfigModule;
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
  DebugLogger: new (enabled: boolean) => unknown;
};
const builderConfig = require('../electron-builder.config.cjs') as {
  directories: { output: string };
  files: string[];
  win: unknown;
  mac: unknown;
  linux: unknown;
};
const packageJson = require('../package.json') as { main: string; scripts: Record<string, string> };

describe('electron-builder config', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(builderConfig, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really validated (a misspelled option is rejected)', async () => {
    const broken = { ...builderConfig, directories: { outptu: 'release' } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /configuration\.directories/,
    );
  });

  it('writes installers to release/ (not Vite’s dist/) and packs main, preload, renderer and price data', () => {
    expect(builderConfig.directories.output).toBe('release');
    expect(builderConfig.files).toEqual(
      expect.arrayContaining(['.vite/build/**', 'dist/renderer/**', 'pricing-data/*.json']),
    );
    expect(JSON.stringify([builderConfig.win, builderConfig.mac, builderConfig.linux])).toMatch(
      /"nsis".*"dmg".*"AppImage"/,
    );
    expect(packageJson.scripts.dist).toContain('--config electron-builder.config.cjs');
  });
});

describe('Forge + Vite config', () => {
  const plugin = forgeConfig.plugins?.[0] as unknown as { name: string; config: VitePluginConfig };
  const ViteConfigGenerator = (
    require('@electron-forge/plugin-vite/dist/ViteConfig.js') as {
      default: new (
        config: VitePluginConfig,
        projectDir: string,
        isProd: boolean,
      ) => {
        getBuildConfigs(): Promise<InlineConfig[]>;
        getRendererConfig(): Promise<InlineConfig[]>;
      };
    }
  ).default;
  const generator = new ViteConfigGenerator(plugin.config, repo, true);

  it('uses the Vite plugin with main, preload and the main_window renderer', () => {
    expect(plugin.name).toBe('vite');
    expect(plugin.config.build.map((b) => [b.entry, b.target])).toEqual([
      ['electron/main.ts', 'main'],
      ['electron/preload.ts', 'preload'],
    ]);
    expect(plugin.config.renderer).toEqual([
      { name: 'main_window', config: 'electron/vite.renderer.config.ts' },
    ]);
  });

  it('builds, after Forge merges its own config, main.cjs (= package.json "main") and preload.cjs', async () => {
    expect(packageJson.main).toBe('.vite/build/main.cjs');
    const out = await mkdtemp(path.join(tmpdir(), 'cloudsizer-forge-build-'));
    try {
      const configs = await generator.getBuildConfigs();
      expect(configs.map((c) => path.resolve(repo, c.build?.outDir ?? ''))).toEqual([
        path.join(repo, '.vite/build'),
        path.join(repo, '.vite/build'),
      ]);
      for (const config of configs) {
        await build({
          ...config,
          configFile: false,
          logLevel: 'silent',
          build: { ...config.build, outDir: out, watch: null },
        });
      }
      expect((await readdir(out)).filter((f) => f.endsWith('.cjs')).sort()).toEqual([
        'main.cjs',
        'preload.cjs',
      ]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('builds the renderer from renderer/ into .vite/renderer/main_window, where main looks for it', async () => {
    const [renderer] = await generator.getRendererConfig();
    expect(path.resolve(renderer?.root ?? '')).toBe(path.join(repo, 'renderer'));
    expect(renderer?.build?.outDir).toBe(path.join(repo, '.vite/renderer/main_window'));
    expect(renderer?.base).toBe('./');
  });
});
