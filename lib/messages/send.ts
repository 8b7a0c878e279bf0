import { browser } from 'wxt/browser';

import { fail, type MessageType, type Reply, type RequestOf } from './contract';

const unavailable =
  'Lead Viewer was restarted or updated. Try again, or reload this page if it keeps failing.';

function isReply(value: unknown): value is { ok: boolean } {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'ok') === 'boolean'
  );
}

/**
 * Asks the background; always resolves, with the background's reply or a typed failure
 * (e.g. when an extension update left this page's content script orphaned).
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  request: RequestOf<K>,
): Promise<Reply<K>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ ...request, type });
    if (!isReply(reply)) {
      return fail('unavailable', unavailable);
    }

    return reply as Reply<K>;
  } catch {
    return fail('unavailable', unavailable);
  }
}
