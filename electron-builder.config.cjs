// electron-builder: installers for `npm run dist` (Windows NSIS, macOS dmg, Linux AppImage) in release/.
// Vite has already built .vite/build (main, preload) and dist/renderer (the web app).
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'io.github.cloudsizer.app',
  productName: 'CloudSizer',
  copyright: 'CloudSizer contributors',
  directories: { output: 'release' },
  files: [
    'package.json',
    '.vite/build/**',
    '!.vite/build/**/*.map',
    'dist/renderer/**',
    'pricing-data/*.json',
  ],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: [{ target: 'nsis', arch: ['x64', 'arm64'] }] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.education',
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  linux: {
    target: [{ target: 'AppImage', arch: ['x64'] }],
    category: 'Education',
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
};
