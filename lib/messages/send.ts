import { browser } from 'wxt/browser';

import { t } from '../i18n';
import { fail, type MessageType, type Reply, type RequestOf } from './contract';

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
    if (isReply(reply)) {
      return reply as Reply<K>;
    }
  } catch {
    // No background to answer: the same failure as an answer that is not a reply.
  }

  return fail('unavailable', t('errorUnavailable'));
}
