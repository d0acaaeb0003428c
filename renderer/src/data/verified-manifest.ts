/**
 * The sha256 of the bundled manifest whose snapshot the build checked in full (renderer/build/
 * verified-snapshot.ts); undefined where the app was not built by Vite with that plugin (tests).
 */
declare const __CLOUDSIZER_VERIFIED_MANIFEST__: string | undefined;

export const VERIFIED_MANIFEST_SHA256: string | undefined =
  typeof __CLOUDSIZER_VERIFIED_MANIFEST__ === 'string' ? __CLOUDSIZER_VERIFIED_MANIFEST__ : undefined;
