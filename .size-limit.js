// @ts-check
// Bundle budgets, gzipped, on the Chrome production build (BENCHMARK.md G6 for the content
// script). The popup is its entry chunk plus the shared chunks popup.html preloads.
const build = `${process.env.WXT_OUT_DIR ?? '.output'}/chrome-mv3`;

export default [
  {
    name: 'content script',
    path: `${build}/content-scripts/content.js`,
    limit: '20 KB',
    gzip: true,
  },
  {
    // Injected on the first card of a page only: Preact, the card, its styles, floating-ui.
    name: 'card kit',
    path: `${build}/card-kit.js`,
    limit: '20 KB',
    gzip: true,
  },
  {
    name: 'background',
    path: [
      `${build}/background.js`,
      `${build}/chunks/_virtual_wxt-plugins-*.js`,
      `${build}/chunks/settings-*.js`,
    ],
    limit: '60 KB',
    gzip: true,
  },
  {
    name: 'popup',
    path: [
      `${build}/chunks/popup-*.js`,
      `${build}/chunks/_virtual_wxt-plugins-*.js`,
      `${build}/chunks/host-access-*.js`,
      `${build}/assets/popup-*.css`,
    ],
    limit: '60 KB',
    gzip: true,
  },
];
