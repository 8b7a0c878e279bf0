// @ts-check
// Checks the store zips `npm run zip` made: permissions exactly as DESIGN.md decision 7, no
// content_scripts or web_accessible_resources in the manifest, the content script and the card
// kit, no source maps, no stray files, the version from package.json, and the manifest's texts
// taken from _locales. Each check counts once; the counts go to <TEST_OUTPUT_DIR>/packages.json.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import { readZip } from './read-zip.mjs';

const outDir = process.env.TEST_OUTPUT_DIR ?? 'test-output';
const zipDir = process.env.WXT_OUT_DIR ?? '.output';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const packageFile = (/** @type {string} */ kind) => `${zipDir}/lead-viewer-${version}-${kind}.zip`;
// Only what a built extension is made of: its manifest, pages, scripts, styles and icons.
const allowedFile =
  /^(manifest\.json|[a-z-]+\.html|(chunks|content-scripts)\/[\w-]+\.js|background\.js|card-kit\.js|assets\/[\w-]+\.css|icon\/\d+\.png|_locales\/[\w-]+\/messages\.json)$/;
const counts = { passed: 0, failed: 0 };

/** @param {string} name @param {() => void} check */
function check(name, check) {
  try {
    check();
    counts.passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    counts.failed += 1;
    console.log(`  ✖ ${name}\n    ${error instanceof Error ? error.message : error}`);
  }
}

/** @param {'chrome' | 'firefox'} browser */
function checkExtensionZip(browser) {
  const path = packageFile(browser);
  const entries = existsSync(path) ? readZip(path) : new Map();
  const names = [...entries.keys()].filter((name) => !name.endsWith('/'));
  const manifestEntry = entries.get('manifest.json');
  const manifest = manifestEntry ? JSON.parse(manifestEntry().toString('utf8')) : {};
  check(`${browser}: the zip exists and holds a manifest`, () => assert.ok(manifestEntry, path));
  check(`${browser}: permissions are storage, activeTab, scripting, contextMenus`, () =>
    assert.deepEqual(manifest.permissions, ['storage', 'activeTab', 'scripting', 'contextMenus']),
  );
  check(`${browser}: host permission is the Apideck API only`, () =>
    assert.deepEqual(manifest.host_permissions, ['https://unify.apideck.com/*']),
  );
  check(`${browser}: other sites are optional, asked for per site`, () =>
    assert.deepEqual(manifest.optional_host_permissions, ['*://*/*']),
  );
  check(`${browser}: no content_scripts (registered at runtime)`, () =>
    assert.equal(manifest.content_scripts, undefined),
  );
  check(`${browser}: name, description and shortcut from _locales, English by default`, () => {
    assert.equal(manifest.default_locale, 'en');
    assert.equal(manifest.name, '__MSG_extensionName__');
    assert.equal(manifest.description, '__MSG_extensionDescription__');
    assert.equal(manifest.action?.default_title, '__MSG_extensionName__');
    assert.equal(manifest.commands?.['open-lead-card']?.description, '__MSG_commandOpenCard__');
  });
  check(`${browser}: _locales/en/messages.json defines every __MSG_ the manifest names`, () => {
    const english = entries.get('_locales/en/messages.json');
    assert.ok(english, '_locales/en/messages.json missing');
    const messages = JSON.parse(english().toString('utf8'));
    const named = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    assert.deepEqual(
      named.filter((name) => typeof messages[name]?.message !== 'string'),
      [],
    );
  });
  check(`${browser}: no web_accessible_resources (pages cannot load our files)`, () =>
    assert.equal(manifest.web_accessible_resources, undefined),
  );
  check(`${browser}: the content script and the card kit it asks the background to inject`, () => {
    for (const script of ['content-scripts/content.js', 'card-kit.js']) {
      assert.ok(names.includes(script), `${script} missing from ${path}`);
    }
  });
  check(`${browser}: version ${version} from package.json`, () =>
    assert.equal(manifest.version, version),
  );
  check(`${browser}: no source maps`, () => {
    assert.deepEqual(
      names.filter((name) => name.endsWith('.map')),
      [],
    );
    const mapped = names.filter(
      (name) => name.endsWith('.js') && /sourceMappingURL=/.test(String(entries.get(name)?.())),
    );
    assert.deepEqual(mapped, []);
  });
  check(`${browser}: no stray files`, () =>
    assert.deepEqual(
      names.filter((name) => !allowedFile.test(name)),
      [],
    ),
  );

  return manifest;
}

function checkSourcesZip() {
  const path = packageFile('sources');
  const names = existsSync(path) ? [...readZip(path).keys()] : [];
  check('sources: the zip exists and can rebuild (package.json, lock, wxt.config.ts)', () => {
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts']) {
      assert.ok(names.includes(needed), `${needed} missing from ${path}`);
    }
  });
  check('sources: no build output, dependencies, test output or secrets', () => {
    const stray = /^(node_modules|\.output|demo-output|test-output|\.git\/|\.env)|\.log$/;
    assert.deepEqual(
      names.filter((name) => stray.test(name)),
      [],
    );
  });
}

console.log('packages:');
const chrome = checkExtensionZip('chrome');
const firefox = checkExtensionZip('firefox');
check('chrome: a service worker and no Gecko settings', () => {
  assert.equal(chrome.background?.service_worker, 'background.js');
  assert.equal(chrome.browser_specific_settings, undefined);
});
check('firefox: MV3 with the Gecko ID and no data collection', () => {
  assert.equal(firefox.manifest_version, 3);
  assert.equal(firefox.browser_specific_settings?.gecko?.id, 'lead-viewer@example.invalid');
  assert.deepEqual(firefox.browser_specific_settings?.gecko?.data_collection_permissions, {
    required: ['none'],
  });
});
checkSourcesZip();

mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/packages.json`, JSON.stringify(counts));
console.log(`packages: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 ? 0 : 1);
