// @ts-check
// Finds Firefox and starts it headless with WebDriver BiDi on a free local port
// (research/toolchain.md §4.8): no Playwright, which would need its own patched Firefox.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export const installHint =
  'No Firefox found. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) ' +
  'or point FIREFOX_PATH at a Firefox binary.';

/** @returns {string} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`FIREFOX_PATH points at ${fromEnv}, which does not exist. ${installHint}`);
    }

    return fromEnv;
  }

  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(installHint);
  }

  return found;
}

/**
 * Preferences written to the profile: a fixed moz-extension UUID per add-on ID (Firefox reads
 * this map when it assigns one), and no calls to Mozilla's services from the test browser.
 * @param {Record<string, string>} extensionUuids
 * @param {Record<string, string | boolean>} extra
 */
function userPrefs(extensionUuids, extra) {
  /** @type {Record<string, string | boolean>} */
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'extensions.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.enabled': false,
    ...extra,
  };

  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/**
 * Resolves with the BiDi WebSocket address Firefox prints on stderr.
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<string>}
 */
function waitForBidiUrl(child) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`No BiDi address from Firefox:\n${seen}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk) => {
      seen += String(chunk);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi started:\n${seen}`));
    });
  });
}

/**
 * @param {{ extensionUuids?: Record<string, string>, prefs?: Record<string, string | boolean> }} [options]
 * @returns {Promise<{ bidiUrl: string, close(): Promise<void> }>}
 */
export async function launchFirefox({ extensionUuids = {}, prefs = {} } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'lead-viewer-firefox-'));
  writeFileSync(join(profile, 'user.js'), userPrefs(extensionUuids, prefs));
  const args = [
    '--headless',
    '--no-remote',
    '--profile',
    profile,
    '--remote-debugging-port',
    '0',
    // BiDi refuses to open moz-extension:// pages without it; the port listens on 127.0.0.1 only.
    '--remote-allow-system-access',
  ];
  const child = spawn(findFirefox(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const bidiUrl = await waitForBidiUrl(child);

  async function close() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }

    rmSync(profile, { recursive: true, force: true });
  }

  return { bidiUrl, close };
}
