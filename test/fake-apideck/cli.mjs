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

const args = process.argv.slice(2);
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
