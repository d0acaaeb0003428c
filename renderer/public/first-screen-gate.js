// Runs before the first paint. The build prerenders the first screen in Korean with the default settings
// (renderer/build/prerender-plugin.ts); for a visitor who chose English or English CSV headers it would not
// match, so it is hidden and the app renders afresh instead of hydrating it (renderer/src/main.tsx).
(function () {
  try {
    var storage = window.localStorage;
    if (
      storage.getItem('cloudsizer.language') === 'en' ||
      storage.getItem('cloudsizer.csv.englishHeaders') === 'true'
    )
      document.documentElement.setAttribute('data-stale-first-screen', '');
  } catch {
    // no storage: the defaults apply and the first screen matches
  }
})();
