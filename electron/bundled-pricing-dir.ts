/**
 * Where the bundled price tables are on disk: `pricing-data/` in the app folder (electron-builder packs
 * `pricing-data/*.json` into app.asar; `npm start` runs from the repository), else next to the built main.
 */
import path from 'node:path';

export function bundledPricingCandidates(appPath: string, mainDir: string): string[] {
  return [path.join(appPath, 'pricing-data'), path.resolve(mainDir, '..', '..', 'pricing-data')];
}

/** The first candidate holding a manifest.json, or null. */
export function pickBundledPricingDir(
  candidates: readonly string[],
  exists: (filePath: string) => boolean,
): string | null {
  return candidates.find((dir) => exists(path.join(dir, 'manifest.json'))) ?? null;
}
