import { browser } from 'wxt/browser';

import { toMatchPattern } from '../format/match-pattern';
import { logger } from '../logger';
import { defaultApiBaseUrl } from '../settings';

export const contentScriptFile = '/content-scripts/content.js';
/** The card's renderer, injected beside the content script when it asks (lib/card-kit). */
export const cardKitFile = '/card-kit.js';
const scriptId = 'lead-viewer-detection';
// The API origin is granted for the background's calls, not for reading its pages.
const apiOrigin = `${defaultApiBaseUrl}/*`;

/** The origin patterns the user enabled in-page detection on. */
export async function listEnabledOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();

  return origins.filter((origin) => origin !== apiOrigin);
}

/** Keeps the runtime-registered content script's matches equal to the granted origins. */
export async function syncContentScript(): Promise<void> {
  const origins = await listEnabledOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId] });
  if (origins.length === 0) {
    if (registered.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId] });
    }

    return;
  }

  const script = {
    id: scriptId,
    js: [contentScriptFile],
    matches: origins,
    runAt: 'document_idle' as const,
    // Chromium 156 resets this to false on an update that leaves it out.
    persistAcrossSessions: true,
  };
  if (registered.length > 0) {
    await browser.scripting.updateContentScripts([script]);
  } else {
    await browser.scripting.registerContentScripts([script]);
  }
}

/**
 * Starts detection in the open tabs a new grant covers (hidden ones wait until shown).
 * Chromium closes the popup while its permission prompt is up, so the popup may never see the
 * answer; and a grant made in the browser's settings has no popup at all.
 */
export async function injectIntoGrantedTabs(origins: string[] = []): Promise<void> {
  const pages = origins.filter((origin) => origin !== apiOrigin);
  if (pages.length === 0) {
    return;
  }

  // A tab shows its URL only where we have access, which is where the script may run.
  const tabs = await browser.tabs.query({ url: pages });
  const ids = tabs.flatMap((tab) => (tab.url && tab.id !== undefined ? [tab.id] : []));
  await Promise.all(ids.map(injectIntoTab));
}

/** Starts detection in an open tab right away, once its site has been enabled. */
export async function injectIntoTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] });

    return true;
  } catch (error) {
    logger.warn('Could not start detection in the tab', error);

    return false;
  }
}

/** Injects the card kit into one frame of a tab, whose content script asked for it. */
export async function injectCardKit(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [cardKitFile],
    });

    return true;
  } catch (error) {
    logger.warn('Could not load the card into the page', error);

    return false;
  }
}

/** Whether the background may call the configured API base URL. */
export async function canReachApi(apiBaseUrl: string): Promise<boolean> {
  // Firefox answers false for a pattern with a port even when the portless one is granted.
  const pattern = toMatchPattern(apiBaseUrl);

  return pattern !== null && browser.permissions.contains({ origins: [pattern] });
}
