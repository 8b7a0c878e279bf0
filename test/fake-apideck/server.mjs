// @ts-check
// A local fake of Apideck's CRM leads API, faithful to crm.yml, with fault injection for tests.
import { createServer } from 'node:http';
import { errorBody } from './envelopes.mjs';
import { createFaultStore } from './faults.mjs';
import { defaultLeads } from './leads.mjs';
import { createRateWindow, send } from './respond.mjs';
import { handleRequest } from './routes.mjs';
import { createLeadStore } from './store.mjs';

/** @typedef {import('node:http').Server} Server */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./faults.mjs').Fault} Fault */
/** @typedef {import('./routes.mjs').LogEntry} LogEntry */
/**
 * @typedef {{ port?: number, host?: string, apiKey?: string, appId?: string,
 *   consumerId?: string, leads?: import('./leads.mjs').LeadEntry[] }} FakeApideckOptions
 * @typedef {{ url: string, port: number, log: LogEntry[],
 *   setFault(id: string, fault: Fault | null): void, clearFaults(): void,
 *   resetLog(): void, close(): Promise<void> }} FakeApideck
 */

/** @param {string} host */
function assertLoopback(host) {
  if (!/^127(\.\d{1,3}){3}$/.test(host)) {
    throw new Error(`fake Apideck listens on loopback only (127.x.x.x), not '${host}'`);
  }
}

/** Tracks timers, hung responses and in-flight responses so close() ends them all at once. */
function createLifecycle() {
  /** @type {Map<NodeJS.Timeout, () => void>} */
  const timers = new Map();
  /** @type {Set<ServerResponse>} */
  const inFlight = new Set();
  let closed = false;
  return {
    /** @param {ServerResponse} res */
    track(res) {
      if (closed) {
        return void res.destroy();
      }
      inFlight.add(res);
      res.on('close', () => inFlight.delete(res));
    },
    /** @param {number} ms @returns {Promise<void>} */
    wait: (ms) =>
      new Promise((resolve) => {
        if (closed) {
          return resolve();
        }
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.set(timer, resolve);
      }),
    stop() {
      closed = true;
      for (const res of inFlight) {
        res.destroy();
      }
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
    },
  };
}

/**
 * @param {Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>}
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * @param {FakeApideckOptions} [options]
 * @returns {Promise<FakeApideck>}
 */
export async function startFakeApideck(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    apiKey = 'demo-key',
    appId = 'demo-app',
    consumerId = 'demo-consumer',
    leads = defaultLeads,
  } = options;
  assertLoopback(host);
  const lifecycle = createLifecycle();
  const ctx = {
    credentials: { apiKey, appId, consumerId },
    store: createLeadStore(leads),
    faults: createFaultStore(),
    log: /** @type {LogEntry[]} */ ([]),
    baseUrl: '',
    rate: createRateWindow(),
    wait: lifecycle.wait,
  };
  const server = createServer((req, res) => {
    lifecycle.track(res);
    handleRequest(ctx, req, res).catch((error) =>
      send(
        ctx.rate,
        res,
        500,
        errorBody(500, 'UnexpectedError', 'Fake Apideck crashed', String(error)),
      ),
    );
  });
  const boundPort = await listen(server, port, host);
  ctx.baseUrl = `http://${host}:${boundPort}`;
  return {
    url: ctx.baseUrl,
    port: boundPort,
    log: ctx.log,
    setFault: (id, fault) => ctx.faults.set(id, fault),
    clearFaults: () => ctx.faults.clear(),
    resetLog: () => void ctx.log.splice(0),
    close: () => closeServer(server, lifecycle.stop),
  };
}

/**
 * Ends hung and delayed responses, drops keep-alive sockets, then waits for the close.
 * @param {Server} server
 * @param {() => void} stop
 * @returns {Promise<void>}
 */
function closeServer(server, stop) {
  stop();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
