// @ts-check
// Finds Chromium and starts it with an unpacked build of the extension loaded.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

export const installHint =
  'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** @returns {string} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist. ${installHint}`);
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
 * @param {{ extensionPath: string, headless?: boolean, viewport?: { width: number, height: number } }} options
 */
export async function launchWithExtension({ extensionPath, headless = true, viewport }) {
  const profile = mkdtempSync(join(tmpdir(), 'lead-viewer-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    viewport: viewport ?? { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker =
    context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  async function close() {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  return { context, worker, extensionId, close };
}
