// @ts-check
// Host access in Firefox: revoked API access and Grant access, and the site list. Firefox's
// extensions.webextOptionalPermissionPrompts=false answers each permission request with yes,
// so the extension's own request calls run for real, from a real click, without a prompt.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { ids } from '../fake-apideck/leads.mjs';
import { startFirefoxSession } from './support/session.mjs';

/** @type {import('./support/session.mjs').FirefoxSession} */
let session;

// 127.0.0.1 and localhost are granted at install; Firefox resolves <name>.localhost to
// loopback too, where the page server listens, and no install-time pattern covers it.
const site = 'http://sites.localhost';

/** @param {string} tag */
function siteUrl(tag) {
  return `${site}:${new URL(session.pagesUrl).port}/demo.html?tab=${tag}`;
}

const readBody = () => document.body.innerText;
const hasButton = (/** @type {string} */ name) =>
  [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === name);
const markCount = () => CSS.highlights.size;
const granted = async () => (await browser.permissions.getAll()).origins ?? [];

/** What switching the API host off in about:addons does: the origin is no longer granted. */
async function revokeApiHost() {
  const tab = await session.openTab(session.extensionUrl('options.html'));
  const removed = await tab.run(() =>
    browser.permissions.remove({ origins: ['http://127.0.0.1/*'] }),
  );
  assert.equal(removed, true);
  await tab.close();
}

before(async () => {
  session = await startFirefoxSession({
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  const tab = await session.openTab(session.extensionUrl('options.html'));
  await tab.run(
    (url) =>
      browser.storage.local.set({
        settings: {
          apiKey: 'demo-key',
          appId: 'demo-app',
          consumerId: 'demo-consumer',
          serviceId: '',
          apiBaseUrl: url,
        },
      }),
    session.api.url,
  );
  await tab.close();
});

after(async () => {
  await session?.close();
});

describe('Firefox: API host access revoked', () => {
  it('the popup says so and offers Grant access, which restores lookups', async () => {
    await revokeApiHost();
    session.api.resetLog();
    const popup = await session.openTab(session.extensionUrl('popup.html'));
    await popup.fill('Lead ID', ids.full);
    await popup.pressEnter();
    await popup.waitFor(hasButton, ['Grant access']);
    const text = await popup.run(readBody);
    assert.match(text, /no access to 127\.0\.0\.1/);
    assert.doesNotMatch(text, /network|connection/i);
    assert.equal(session.api.log.length, 0);

    await popup.clickButton('Grant access');
    await popup.waitFor(() =>
      [...document.querySelectorAll('h2')].some((h) => h.textContent?.trim() === 'Ada Linwood'),
    );
    assert.ok((await popup.run(granted)).includes('http://127.0.0.1/*'));
    await popup.close();
  });

  it('options ask for it again inside the Test connection click, then connect', async () => {
    await revokeApiHost();
    const options = await session.openTab(session.extensionUrl('options.html'));
    await options.waitFor(hasButton, ['Test connection']);
    assert.ok(!(await options.run(granted)).includes('http://127.0.0.1/*'));

    await options.clickButton('Test connection');
    await options.waitFor(() => /Connected/.test(document.body.innerText));
    assert.ok((await options.run(granted)).includes('http://127.0.0.1/*'));
    await options.close();
  });
});

describe('Firefox: sites', () => {
  it('reads no page on a site that is not enabled', async () => {
    const tab = await session.openTab(siteUrl('off'));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(await tab.run(markCount), 0);
    await tab.close();
  });

  it('Enable on all sites starts detection in the open tab; Remove stops it on reload', async () => {
    const page = await session.openTab(siteUrl('open'));
    const options = await session.openTab(session.extensionUrl('options.html'));
    // The list fills in after the browser answers; clicking earlier would hit a moving button.
    await options.waitFor(() => /127\.0\.0\.1/.test(document.body.innerText));
    await options.clickButton('Enable on all sites');
    await options.waitFor(() => /now finds lead IDs on all sites/.test(document.body.innerText));
    assert.ok((await options.run(granted)).includes('*://*/*'));
    // Hidden tabs wait to be shown before they scan; the page was loaded before the grant.
    await session.bidi.send('browsingContext.activate', { context: page.context });
    await page.waitFor(markCount, [], 5_000);

    const later = await session.openTab(siteUrl('later'));
    await later.waitFor(markCount, [], 5_000);
    await later.close();

    await options.clickButton('Remove All sites');
    await options.waitFor(() => /Removed All sites/.test(document.body.innerText));
    await page.goto(siteUrl('open'));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(await page.run(markCount), 0);
    await Promise.all([page.close(), options.close()]);
  });
});
