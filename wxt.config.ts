import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Local origins the e2e and demo builds may read from the start (CONTRACT C1).
const localOrigins = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // A separate output folder lets several builds (e.g. parallel test runs) live side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    // Every user-facing text, these included, lives in public/_locales (a translation is a file).
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [
      'https://unify.apideck.com/*',
      ...(mode === 'e2e' || mode === 'bench' ? localOrigins : []),
    ],
    optional_host_permissions: ['*://*/*'],
    commands: {
      'open-lead-card': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenCard__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lead-viewer@example.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script only sends messages, which Chrome and Firefox both do natively with
    // promises; leaving the polyfill out keeps it inside its 20 KB budget (BENCHMARK.md G6). The
    // card kit it injects only reads its words through the native i18n API: no polyfill either.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      const inPages = (entry: { type: string; name: string }): boolean =>
        entry.type === 'content-script' || entry.name === 'card-kit';
      if (entrypoints.every(inPages) && alias && !Array.isArray(alias)) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  zip: {
    // The sources zip is what AMO reviewers rebuild from: code, config and docs, no outputs.
    excludeSources: ['.output*/**', 'demo-output/**', 'test-output*/**', 'vitest.json', '**/*.log'],
  },
});
