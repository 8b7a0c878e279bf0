import { browser } from 'wxt/browser';

/**
 * Asks the person for one host permission pattern. Call it before any await in a click
 * handler: browsers only show the prompt during a user gesture.
 */
export async function requestHostAccess(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}
