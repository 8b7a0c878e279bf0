// @ts-check
// `node test/fake-apideck/cli.mjs [--port 4010] [--fault ID=JSON]… [--pages PORT]`: run the fake
// (and, with --pages, the demo pages) until SIGINT/SIGTERM.
import { startPageServer } from '../pages/serve.mjs';
import { startFakeApideck } from './server.mjs';

/**
 * Every value given for `--name VALUE` or `--name=VALUE`.
 * @param {string[]} args
 * @param {string} name
 * @returns {string[]}
 */
function optionValues(args, name) {
  return args.flatMap((arg, index) => {
    if (arg === `--${name}`) {
      return [args[index + 1] ?? ''];
    }
    return arg.startsWith(`--${name}=`) ? [arg.slice(name.length + 3)] : [];
  });
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @returns {number}
 */
function toPort(name, value) {
  const port = Number(value);
  if (value === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--${name} needs a number from 0 to 65535, got '${value}'`);
  }
  return port;
}

/**
 * `ID={"status":429,"retryAfter":"20"}`: the fault the fake's `setFault` takes, as JSON.
 * @param {string} value
 * @returns {[string, import('./faults.mjs').Fault]}
 */
function toFault(value) {
  const at = value.indexOf('=');
  const id = value.slice(0, at);
  try {
    if (at <= 0) {
      throw new Error('no ID');
    }
    return [id, JSON.parse(value.slice(at + 1))];
  } catch {
    throw new Error(
      `--fault needs ID=JSON, e.g. 00Q5e00000AdLvQEAV={"status":503}, got '${value}'`,
    );
  }
}

const usage = `Usage: node test/fake-apideck/cli.mjs [--port PORT] [--pages PORT] [--fault ID=JSON]…

  --port PORT        where the fake Apideck listens on 127.0.0.1 (0: any free port)
  --pages PORT       also serve the demo pages (demo.html, detect.html, families.html)
  --fault ID=JSON    a fault for one lead ID, as the fake's setFault takes it, e.g.
                     00Q5e00000AdLvQEAV={"status":429,"retryAfter":"20"}
                     (latencyMs, hang, status 429/500/502/503, retryAfter, malformed,
                     specViolation, times)

Leads it serves: test/fake-apideck/leads*.mjs. Stop it with Ctrl+C.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const known = /^--(port|pages|fault)(=|$)/;
const unknown = args.filter(
  (arg, index) => arg.startsWith('-') && !known.test(arg) && !known.test(args[index - 1] ?? ''),
);
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}\n\n${usage}`);
  process.exit(2);
}
const [portValue] = optionValues(args, 'port');
const [pagesValue] = optionValues(args, 'pages');
const faults = optionValues(args, 'fault').map(toFault);
const credentials = { apiKey: 'demo-key', appId: 'demo-app', consumerId: 'demo-consumer' };
const port = portValue === undefined ? 0 : toPort('port', portValue);
const pagesPort = pagesValue === undefined ? undefined : toPort('pages', pagesValue);
const fake = await startFakeApideck({ port, ...credentials });
// setFault checks each fault; a typo stops the fake before anyone relies on it.
try {
  faults.forEach(([id, fault]) => fake.setFault(id, fault));
} catch (error) {
  await fake.close();
  throw error;
}
const pages = pagesPort === undefined ? null : await startPageServer({ port: pagesPort });
console.log(
  `Fake Apideck listening on ${fake.url} (key ${credentials.apiKey}, ` +
    `app ${credentials.appId}, consumer ${credentials.consumerId})`,
);
faults.forEach(([id, fault]) => console.log(`Fault for ${id}: ${JSON.stringify(fault)}`));
if (pages) {
  console.log(`Demo pages on ${pages.url}/demo.html (also detect.html, families.html)`);
}

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  await Promise.all([fake.close(), pages?.close()]);
  console.log(`Fake Apideck stopped (${signal})`);
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
