import { browser, type Browser } from 'wxt/browser';

import { t } from '../i18n';
import { logger } from '../logger';
import { fail, type Message, type MessageType, type Reply } from './contract';
import { MessageSchema } from './schemas';

type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [K in MessageType]: (message: Message<K>, sender: Sender) => Promise<Reply<K>>;
};

async function dispatch(handlers: Handlers, raw: unknown, sender: Sender): Promise<unknown> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    return fail('invalid-message', t('errorInvalidMessage'));
  }

  const message = parsed.data;
  const handler = handlers[message.type] as (m: typeof message, s: Sender) => Promise<unknown>;
  try {
    return await handler(message, sender);
  } catch (error) {
    logger.error(`"${message.type}" failed`, error);

    return fail('internal', t('errorInternal'));
  }
}

/** The background's single message listener; messages from elsewhere get no answer at all. */
export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) {
      return false;
    }

    // Answer through sendResponse: a returned Promise is not honoured by every implementation.
    void dispatch(handlers, raw, sender).then(sendResponse);

    return true;
  });
}
