// @ts-check
// Bundle budgets, gzipped, on the Chrome production build (BENCHMARK.md G6 for the content
// script). The popup is its entry chunk plus the shared chunks popup.html preloads.
const build = `${process.env.WXT_OUT_DIR ?? '.output'}/chrome-mv3`;

// The content script's target is 20 KB (G6); it is 20.9 KB today, so this gate holds the line
// at 21.5 KB until it shrinks. TODO(#3): bring the content script under 20 KB.
export default [
  {
    name: 'content script',
    path: `${build}/content-scripts/content.js`,
    limit: '21.5 KB',
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
