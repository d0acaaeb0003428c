/**
 * Where the bundled price tables are on disk: `pricing-data/` in the app folder (electron-builder packs
 * `pricing-data/*.json` into app.asar; `npm start` runs from the repository), next to the built main, or in
 * the resources folder (Forge copies it there as an extra resource).
 */
import path from 'node:path';

export function bundledPricingCandidates(appPath: string, mainDir: string, resourcesPath?: string): string[] {
  const candidates = [path.join(appPath, 'pricing-data'), path.resolve(mainDir, '..', '..', 'pricing-data')];
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'pricing-data'));
  return candidates;
}

/** The first candidate holding a manifest.json, or null. */
export function pickBundledPricingDir(
  candidates: readonly string[],
  exists: (filePath: string) => boolean,
): string | null {
  return candidates.find((dir) => exists(path.join(dir, 'manifest.json'))) ?? null;
}
