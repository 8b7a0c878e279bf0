import { vi } from 'vitest';

import { type MessageType, type Reply, type RequestOf, sendMessage } from '@/lib/messages';

export type Replies = {
  [K in MessageType]?: (request: RequestOf<K>) => Reply<K> | Promise<Reply<K>>;
};

/** Answers `sendMessage` (mocked with vi.mock) from a table; unlisted types fail loudly. */
export function answerWith(replies: Replies): void {
  const fake = async <K extends MessageType>(type: K, request: RequestOf<K>): Promise<Reply<K>> => {
    const handler = replies[type] as ((request: RequestOf<K>) => Reply<K>) | undefined;
    if (!handler) {
      throw new Error(`No fake reply for "${type}"`);
    }

    return handler(request);
  };
  vi.mocked(sendMessage).mockImplementation(fake);
}

/** Every request of one type that the component sent, in order. */
export function sent<K extends MessageType>(type: K): RequestOf<K>[] {
  return vi
    .mocked(sendMessage)
    .mock.calls.filter((call) => call[0] === type)
    .map((call) => call[1] as RequestOf<K>);
}

/** A promise with its resolver, to hold a reply back while a test looks at the loading state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });

  return { promise, resolve };
}
