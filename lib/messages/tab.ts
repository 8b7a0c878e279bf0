import { browser } from 'wxt/browser';

import type { TabMessage, TabMessageType, TabReply } from './contract';

export type TabHandlers = {
  [K in TabMessageType]: (message: TabMessage<K>) => TabReply<K>;
};

const tabMessageTypes: readonly unknown[] = ['openCardAtSelection'] satisfies TabMessageType[];

const isTabMessageType = (type: unknown): type is TabMessageType => tabMessageTypes.includes(type);

// Every tab message so far carries nothing but its type; a new field needs a check here.
function readTabMessage(raw: unknown): TabMessage | null {
  const type: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'type') : null;

  return isTabMessageType(type) ? { type } : null;
}

const readOpened = (raw: unknown): { opened: boolean } | null => {
  const opened: unknown =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'opened') : null;

  return typeof opened === 'boolean' ? { opened } : null;
};

// Replies are checked by hand, like requests: one reader per message type.
const replyReaders: { [K in TabMessageType]: (raw: unknown) => TabReply<K> | null } = {
  openCardAtSelection: readOpened,
};

/** From the background to the top frame of a tab; null when no content script answered. */
export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  message: TabMessage<K>,
): Promise<TabReply<K> | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });

    const read: (raw: unknown) => TabReply<K> | null = replyReaders[message.type];

    return read(reply);
  } catch {
    return null;
  }
}

/** A content script's one listener for tab messages, until `signal` aborts. */
export function listenInTab(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => {
    const message = sender.id === browser.runtime.id ? readTabMessage(raw) : null;
    if (message === null) {
      return false;
    }

    respond(handlers[message.type](message));

    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
