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
  };
  if (registered.length > 0) {
    await browser.scripting.updateContentScripts([script]);
  } else {
    await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  }
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
