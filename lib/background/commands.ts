import { browser, type Browser } from 'wxt/browser';

import { sendToTab } from '../messages/tab';

/** The manifest's `commands` entry for the shortcut (suggested Alt+Shift+L). */
export const openCardCommand = 'open-lead-card';

/** Asks the tab's content script to open the card for the ID under the selection or focus. */
export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== openCardCommand) {
    return;
  }

  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) {
    // No answer: detection is not enabled on this site, so there is nothing to open.
    await sendToTab(tabId, { type: 'openCardAtSelection' });
  }
}
