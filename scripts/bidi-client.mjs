// @ts-check
// A minimal WebDriver BiDi client over Node's WebSocket (node --experimental-websocket on 20).

/**
 * @typedef {{ method: string, params: Record<string, any> }} BidiEvent
 * @typedef {{
 *   send(method: string, params?: Record<string, unknown>): Promise<any>,
 *   onEvent(listener: (event: BidiEvent) => void): () => void,
 *   close(): void,
 * }} BidiClient
 */

/**
 * @param {string} url the address Firefox printed, without the /session path
 * @returns {Promise<BidiClient>}
 */
export async function connectBidi(url) {
  if (typeof WebSocket === 'undefined') {
    throw new Error('No WebSocket in this Node: run it with node --experimental-websocket.');
  }

  const socket = new WebSocket(`${url}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`Cannot reach ${url}`)), {
      once: true,
    });
  });
  let nextId = 1;
  /** @type {Map<number, { resolve(value: unknown): void, reject(error: Error): void }>} */
  const pending = new Map();
  /** @type {Set<(event: BidiEvent) => void>} */
  const listeners = new Set();
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data));
    const waiter = pending.get(data.id);
    if (data.type === 'event') {
      listeners.forEach((listener) => listener(data));
    } else if (waiter) {
      pending.delete(data.id);
      if (data.type === 'error') {
        waiter.reject(new Error(`${data.error}: ${data.message}`));
      } else {
        waiter.resolve(data.result);
      }
    }
  });

  return {
    send(method, params = {}) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));

      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    onEvent(listener) {
      listeners.add(listener);

      return () => listeners.delete(listener);
    },
    close() {
      socket.close();
    },
  };
}
