// @ts-check
// `node test/fake-apideck/cli.mjs [--port 4010]`: run the fake until SIGINT/SIGTERM.
import { startFakeApideck } from './server.mjs';

/**
 * @param {string[]} args
 * @returns {number}
 */
function parsePort(args) {
  const index = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) {
    return 0;
  }
  const arg = args[index] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, got '${value}'`);
  }
  return port;
}

const credentials = { apiKey: 'demo-key', appId: 'demo-app', consumerId: 'demo-consumer' };
const fake = await startFakeApideck({ port: parsePort(process.argv.slice(2)), ...credentials });
console.log(
  `Fake Apideck listening on ${fake.url} (key ${credentials.apiKey}, ` +
    `app ${credentials.appId}, consumer ${credentials.consumerId})`,
);

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  await fake.close();
  console.log(`Fake Apideck stopped (${signal})`);
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
