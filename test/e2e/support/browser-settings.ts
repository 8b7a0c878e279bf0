import type { BrowserContext, Page } from 'playwright-core';

/** The part of chrome://extensions' private API that its Site access controls call. */
interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}

export interface BrowserSettings {
  /** What "Add a site" under Site access does. */
  grantSite(pattern: string): Promise<void>;
  /** What removing a site under Site access does. */
  revokeSite(pattern: string): Promise<void>;
  close(): Promise<void>;
}

async function call(page: Page, method: keyof DeveloperPrivate, id: string, host: string) {
  await page.evaluate(
    ([name, extensionId, pattern]) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } })
        .chrome.developerPrivate;

      return api[name](extensionId, pattern);
    },
    [method, id, host] as const,
  );
}

/**
 * The browser's own extension settings, driven through the calls its page makes: a change
 * there reaches the extension only through permissions.onAdded / onRemoved.
 */
export async function openBrowserSettings(
  context: BrowserContext,
  extensionId: string,
): Promise<BrowserSettings> {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);

  return {
    grantSite: (pattern) => call(page, 'addHostPermission', extensionId, pattern),
    revokeSite: (pattern) => call(page, 'removeHostPermission', extensionId, pattern),
    close: () => page.close(),
  };
}
